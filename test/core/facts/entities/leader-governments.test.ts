import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const extract = realExtractor();
const of = (kind: string) => (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === kind).map((m) => `${m.text}=${m.en}`);
const people = of('person');
const organisations = of('organisation');

describe('a government named by its leader names the leader', () => {
  it.each([
    // a short form that alone needs the full name elsewhere (योगी) names him before सरकार
    ['उत्तर प्रदेश की योगी सरकार ने 7 लाख करोड़ रुपये का बजट पेश किया।', ['योगी=Yogi Adityanath']],
    // a first name that is the leader's own short form
    ['बाढ़ प्रभावित लोगों का गुस्सा नीतीश सरकार पर फूट पड़ा।', ['नीतीश=Nitish Kumar']],
    ['मध्य प्रदेश की शिवराज सरकार ने अनुपूरक बजट पेश किया।', ['शिवराज=Shivraj Singh Chouhan']],
    // the government stays a mention of its own too
    ['केंद्र की मोदी सरकार ने फैसला लिया।', ['मोदी=Narendra Modi']],
    ['ट्रंप प्रशासन ने नए शुल्क लगाए।', ['ट्रंप=Donald Trump']],
    // (the same name with no role before it is her government)
    ['पश्चिम बंगाल की ममता सरकार ने फैसला लिया।', ['ममता=Mamata Banerjee']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('keeps the government of a leader the gazetteer lists as its own name', () => {
    expect(organisations('केंद्र की मोदी सरकार ने फैसला लिया।')).toEqual(['केंद्र की मोदी सरकार=Government of India']);
  });
});
