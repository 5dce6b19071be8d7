import { describe, expect, it } from 'vitest';
import { mentionsOf } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text).filter((m) => m.kind === 'person').map((m) => m.text);

describe('a count and a noun of people name as many people as the count says', () => {
  it.each([
    ['गांव के पांच लड़के गोलू, मोनू, रिंकू, पिंटू और तौहीद नहाने गए थे।', ['गोलू', 'मोनू', 'रिंकू', 'पिंटू', 'तौहीद']],
    // a dash after the noun, names the lists do not know
    ['कार में चार बच्चे—सुहैल, राहिल, अरमान और तौहीद सवार थे।', ['सुहैल', 'राहिल', 'अरमान', 'तौहीद']],
    // दोनों counts two; given names that are everyday words too are names in such a list (reviewer)
    ['दोनों भाई झब्बू और टिल्लू को गिरफ्तार किया गया।', ['झब्बू', 'टिल्लू']],
    ['दोनों भाई राकेश और पंकज को गिरफ्तार किया गया।', ['राकेश', 'पंकज']],
    ['पुलिस ने पांच युवक दीपक, सूरज, अमन, तौहीद और मुकेश को गिरफ्तार किया।', ['दीपक', 'सूरज', 'अमन', 'तौहीद', 'मुकेश']],
    // a comma after the noun, an item of two words, digits for the count
    ['पंजाब की 3 छात्राओं, जसलीन कौर, सिमरन और नवजोत ने टॉप किया।', ['जसलीन कौर', 'सिमरन', 'नवजोत']],
  ])('%s', (sentence, names) => {
    expect(people(sentence)).toEqual(names);
  });
});
