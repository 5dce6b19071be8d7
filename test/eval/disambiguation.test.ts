import { describe, expect, it } from 'vitest';
import { createIndianQualifier, sameBaseName } from '../../eval/disambiguation.js';

/** The scorer's tolerance of a Wikipedia disambiguator: only on one side, and only one that keeps the entity in India. */
const indian = createIndianQualifier(['Bhagalpur', 'Delhi', 'Punjab, India', 'Rishikesh', 'New Delhi']);

describe('sameBaseName', () => {
  it.each([
    ['a comma qualifier on the found side', 'Punjab, India', 'Punjab', true],
    ['a kind in brackets', 'Jammu and Kashmir (union territory)', 'Jammu and Kashmir', true],
    ['a kind on the gold side', 'Saurashtra', 'Saurashtra (region)', true],
    ['an Indian city of a qualified institution', 'Jawaharlal Nehru Medical College and Hospital, Bhagalpur', 'Jawaharlal Nehru Medical College and Hospital', true],
    ['an Indian city in brackets', 'Jawaharlal Nehru Stadium (Delhi)', 'Jawaharlal Nehru Stadium', true],
    ['two different qualifiers are two entities', 'All India Institute of Medical Sciences, New Delhi', 'All India Institute of Medical Sciences, Rishikesh', false],
    ['no qualifier on either side is left to the exact key', 'Punjab', 'Punjab', false],
    ['another base name', 'Gaya, India', 'Goa', false],
    ['a qualifier is not a name', 'India', 'Punjab, India', false],
    // a bare title is the primary topic: a namesake outside India is another entity (reviewer)
    ['a Pakistani Punjab', 'Punjab, Pakistan', 'Punjab', false],
    ['a Hyderabad in Sindh', 'Hyderabad', 'Hyderabad, Sindh', false],
    ['a place in brackets outside India', 'Georgetown (Guyana)', 'Georgetown', false],
  ])('%s', (_name, a, b, same) => {
    expect(sameBaseName(a, b, indian)).toBe(same);
  });
});
