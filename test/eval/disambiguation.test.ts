import { describe, expect, it } from 'vitest';
import { sameBaseName } from '../../eval/disambiguation.js';

/** The scorer's tolerance of a Wikipedia disambiguator: only when one side lacks it. */
describe('sameBaseName', () => {
  it.each([
    ['a comma qualifier on the found side', 'Punjab, India', 'Punjab', true],
    ['a parenthesis on the found side', 'Jammu and Kashmir (union territory)', 'Jammu and Kashmir', true],
    ['a qualifier on the gold side', 'Saurashtra', 'Saurashtra (region)', true],
    ['a city of a qualified institution', 'Jawaharlal Nehru Medical College and Hospital, Bhagalpur', 'Jawaharlal Nehru Medical College and Hospital', true],
    ['two different qualifiers are two entities', 'All India Institute of Medical Sciences, New Delhi', 'All India Institute of Medical Sciences, Rishikesh', false],
    ['no qualifier on either side is left to the exact key', 'Punjab', 'Punjab', false],
    ['another base name', 'Gaya, India', 'Goa', false],
    ['a qualifier is not a name', 'India', 'Punjab, India', false],
  ])('%s', (_name, a, b, same) => {
    expect(sameBaseName(a, b)).toBe(same);
  });
});
