import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

/** A guessed name's surname spelt as the papers of its region print it (config regionalSpellings). */
const extract = realExtractor();
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => `${m.text}=${m.en}`);

describe('regional spellings of a surname', () => {
  it.each([
    // a Bengal seat: राय is Roy
    ['पश्चिम बंगाल की कूचबिहार सीट पर तृणमूल के सुब्रत राय ने भाजपा के अनिमेष राय को हरा दिया।', ['सुब्रत राय=Subrata Roy', 'अनिमेष राय=Animesh Roy']],
    // a Bengal city in the sentence
    ['कोलकाता में पुलिस ने व्यापारी अमित राय को गिरफ्तार किया।', ['अमित राय=Amit Roy']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('regional spellings: negative cases (Hindi-belt and mixed sentences keep Rai)', () => {
  it.each([
    // a Bihar or Uttar Pradesh sentence: Rai
    ['गाजीपुर में सपा के उमेश राय ने भाजपा के दिनेश राय को हराया।', ['उमेश राय=Umesh Rai', 'दिनेश राय=Dinesh Rai']],
    ['पटना में मंत्री अशोक राय ने बैठक की।', ['अशोक राय=Ashok Rai']],
    // places of Bengal and of another state in one sentence: no region, the default spelling
    ['कोलकाता और पटना में व्यापारी अमित राय के ठिकानों पर छापे पड़े।', ['अमित राय=Amit Rai']],
    // the Darjeeling hills (Gorkha Rai) and a foreign national keep Rai
    ['दार्जिलिंग में गोरखा नेता बिनोद राय ने नई पार्टी बनाई।', ['बिनोद राय=Binod Rai']],
    ['सिलीगुड़ी में पुलिस ने नेपाल के नागरिक सुरेश राय को पकड़ा।', ['सुरेश राय=Suresh Rai']],
    // no place at all and no article state: the default spelling
    ['व्यापारी अमित राय को गिरफ्तार किया गया।', ['अमित राय=Amit Rai']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
