import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { FRAME_CASES } from './english-frames-cases.js';
import { expectCleanEnglish } from './english-guards.js';
import { build, type FactSpec } from './fact-builders.js';

const lexicon = loadData(join(process.cwd(), 'config')).data.lexicon;
const summariser = createSummariser(lexicon);

describe('english(): verb frames, postposition frames and light verbs', () => {
  it.each(FRAME_CASES)('$rule ($topic): $hi', (c) => {
    const { sentence, facts } = build(c.hi, c.facts);
    const en = summariser.english(sentence, facts);
    for (const part of c.contains) {
      if (typeof part === 'string') expect(en.toLowerCase()).toContain(part.toLowerCase());
      else expect(en).toMatch(part);
    }
    expectCleanEnglish(en, facts, lexicon);
  });
});

describe('english(): a range before से is a margin, a score is the score', () => {
  it('10-15 रन से हराया: by 10–15 runs, never the score 10–15', () => {
    const { sentence, facts } = build('भारत ने पाकिस्तान को 10-15 रन से हराया।', { places: [['भारत', 'India'], ['पाकिस्तान', 'Pakistan']], numbers: [['10-15 रन', 10, 'run']] });
    facts.numbers[0]!.qualifier = 'range';
    facts.numbers[0]!.end = 15;
    expect(summariser.english(sentence, facts)).toMatch(/defeated Pakistan by 10–15 runs/);
  });
});

describe('englishTitle(): headlines with two reports and a verb-first light verb', () => {
  const headlines: [string, FactSpec, string[]][] = [
    ['एनडीए को 293 सीटें, मोदी तीसरी बार प्रधानमंत्री बनेंगे', { orgs: [['एनडीए', 'National Democratic Alliance']], people: [['मोदी', 'Narendra Modi']], numbers: [['293 सीटें', 293, 'seat']] }, ['293 seats', '; ', 'Narendra Modi will become Prime Minister for the third time']],
    ['शेयर बाजार में भारी गिरावट, सेंसेक्स 900 अंक टूटा', { orgs: [['सेंसेक्स', 'BSE SENSEX']], numbers: [['900 अंक', 900, 'point']] }, ['fall in stock market; BSE SENSEX fell by 900 points']],
    ['केरल में मानसून ने दी दस्तक, मौसम विभाग ने जारी किया अलर्ट', { places: [['केरल', 'Kerala']] }, ['Monsoon arrived in Kerala', 'issued alert']],
    ['सुप्रीम कोर्ट ने चुनावी बॉन्ड योजना को असंवैधानिक करार दिया', { orgs: [['सुप्रीम कोर्ट', 'Supreme Court of India']] }, ['Supreme Court of India declared electoral', 'unconstitutional']],
    // a speaker after a dash at the end is the attribution, not part of the object
    ['कैबिनेट ने 75 नए मेडिकल कॉलेज खोलने का फैसला किया - प्रकाश जावड़ेकर', { people: [['प्रकाश जावड़ेकर', 'Prakash Javadekar']], numbers: [['75 नए मेडिकल कॉलेज', 75, 'college']] }, ['decided to open 75 new medical colleges: Prakash Javadekar']],
  ];
  it.each(headlines)('%s', (hi, spec, parts) => {
    const { facts } = build(hi, spec, -1);
    const en = summariser.englishTitle(hi, facts);
    for (const p of parts) expect(en).toContain(p);
    expectCleanEnglish(en, facts, lexicon);
  });
});
