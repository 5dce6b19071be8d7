import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createBeatenFinder } from '../../../src/core/summary/beaten.js';
import { indexLexicon } from '../../../src/core/summary/lexicon-index.js';
import type { EntityMention } from '../../../src/core/types.js';

const beatenOf = createBeatenFinder(indexLexicon(loadData(join(process.cwd(), 'config')).data.lexicon));
/** Mentions of the given Hindi names, found in the text. */
const mentionsIn = (text: string, names: string[]): EntityMention[] => names.map((hi) => {
  const start = text.indexOf(hi);
  return { kind: 'place', text: hi, hi, en: hi, sentence: 0, span: { start, end: start + hi.length } };
});
const beaten = (text: string, names: string[]): string[] => {
  const ms = mentionsIn(text, names);
  const at = beatenOf(text, ms);
  return ms.filter((m) => at.has(m.span.start)).map((m) => m.hi);
};

describe('the side before को and a finite verb of defeat in its clause is beaten', () => {
  it.each([
    ['a margin between', 'रामपुर ने सीतापुर को कड़े मुकाबले में 9 रनों से हराया।', ['रामपुर', 'सीतापुर'], ['सीतापुर']],
    ['a score', 'रामपुर ने सीतापुर को 4-2 से हराया।', ['रामपुर', 'सीतापुर'], ['सीतापुर']],
    ['a verb of two words', 'रामपुर ने सीतापुर को फाइनल में मात दी।', ['रामपुर', 'सीतापुर'], ['सीतापुर']],
    // (reviewer) the side's team between the name and को
    ['the side\'s team', 'रामपुर ने सीतापुर की टीम को 5 विकेट से हराया।', ['रामपुर', 'सीतापुर'], ['सीतापुर']],
    // (reviewer) a verb of three words at the window's end
    ['a long verb at the end of the window', 'रामपुर ने सीतापुर को एक दो तीन चार पांच छह सात आठ मात दे दी।', ['रामपुर', 'सीतापुर'], ['सीतापुर']],
    // (reviewer) a second को ends the first one's clause: only the side right before the verb's is beaten
    ['a second object before the verb', 'सीतापुर को आराम देकर टीम ने रामपुर को हराया।', ['सीतापुर', 'रामपुर'], ['रामपुर']],
  ])('%s', (_name, text, names, expected) => {
    expect(beaten(text, names)).toEqual(expected);
  });
});

describe('no side is beaten where the clause says otherwise', () => {
  it.each([
    ['a defeat only wanted', 'सीतापुर को हराने के लिए रामपुर ने नई टीम चुनी।', ['सीतापुर', 'रामपुर']],
    ['another clause after a comma', 'सीतापुर को मौका मिला, फिर मैच हराया।', ['सीतापुर']],
    ['another doer between', 'सीतापुर को बधाई दी और रामपुर ने फिर हराया।', ['सीतापुर', 'रामपुर']],
    ['no को', 'रामपुर और सीतापुर ने दूसरी टीमों को हराया।', ['रामपुर', 'सीतापुर']],
    // (reviewer) a conjunction or another name ends the clause; a denied or supposed defeat; a participle's
    ['a conjunction before the verb', 'सीतापुर को एक अंक मिला जबकि टीम ने मैच हराया।', ['सीतापुर']],
    ['another name before the verb', 'सीतापुर को आराम के बावजूद रामपुर मैच हराया।', ['सीतापुर', 'रामपुर']],
    ['a denied defeat', 'घरेलू मैदान पर सीतापुर को हराया नहीं जा सका।', ['सीतापुर']],
    ['a denial after a long verb at the window\'s end', 'टीम सीतापुर को एक दो तीन चार पांच छह सात आठ मात दे दी नहीं सकी।', ['सीतापुर']],
    ['a supposed defeat', 'अगर रामपुर ने सीतापुर को हराया तो वह आगे जाएगा।', ['रामपुर', 'सीतापुर']],
    ['a participle of another clause', 'पिछले साल सीतापुर को हराकर खिताब जीतने वाली टीम इस बार हार गई।', ['सीतापुर']],
  ])('%s', (_name, text, names) => {
    expect(beaten(text, names)).toEqual([]);
  });
});
