import { describe, expect, it } from 'vitest';
import { sameBaseName } from '../../eval/disambiguation.js';

/** The scorer's tolerance of a Wikipedia disambiguator: on one side only, and only `, India` or a listed kind. */
describe('sameBaseName', () => {
  it.each([
    ['`, India` on the found side', 'Punjab, India', 'Punjab', true],
    ['a kind in brackets', 'Jammu and Kashmir (union territory)', 'Jammu and Kashmir', true],
    ['a kind on the gold side', 'Saurashtra', 'Saurashtra (region)', true],
    ['two different qualifiers are two entities', 'All India Institute of Medical Sciences, New Delhi', 'All India Institute of Medical Sciences, Rishikesh', false],
    ['no qualifier on either side is left to the exact key', 'Punjab', 'Punjab', false],
    ['another base name', 'Gaya, India', 'Goa', false],
    ['a qualifier is not a name', 'India', 'Punjab, India', false],
    // a state, a city, a foreign country or another kind names another entity (reviewers)
    ['an Indian namesake in another state', 'Bilaspur, Chhattisgarh', 'Bilaspur', false],
    ['a city of an institution', 'Jawaharlal Nehru Medical College and Hospital, Bhagalpur', 'Jawaharlal Nehru Medical College and Hospital', false],
    ['a Pakistani Punjab', 'Punjab, Pakistan', 'Punjab', false],
    ['a Pakistani city in a province', 'Faisalabad, Punjab', 'Faisalabad', false],
    ['a film', 'Aligarh (film)', 'Aligarh', false],
    ['a politician', 'Ram Singh (politician)', 'Ram Singh', false],
  ])('%s', (_name, a, b, same) => {
    expect(sameBaseName(a, b)).toBe(same);
  });
});
