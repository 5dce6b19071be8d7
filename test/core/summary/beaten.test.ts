import { describe, expect, it } from 'vitest';
import { beatenMentions } from '../../../src/core/summary/beaten.js';
import type { EntityMention } from '../../../src/core/types.js';

const VERBS = ['हराया', 'हराकर', 'मात दी'];
/** Mentions of the given Hindi names, found in the text. */
const mentionsIn = (text: string, names: string[]): EntityMention[] => names.map((hi) => {
  const start = text.indexOf(hi);
  return { kind: 'place', text: hi, hi, en: hi, sentence: 0, span: { start, end: start + hi.length } } as EntityMention;
});
const beaten = (text: string, names: string[]): string[] => {
  const ms = mentionsIn(text, names);
  const at = beatenMentions(text, ms, VERBS);
  return ms.filter((m) => at.has(m.span.start)).map((m) => m.hi);
};

describe('the side before को and a verb of defeat in its clause is beaten', () => {
  it.each([
    ['a margin between', 'रामपुर ने सीतापुर को रोमांचक मुकाबले में 9 रनों से हराया।', ['रामपुर', 'सीतापुर'], ['सीतापुर']],
    ['a score and the participle', 'रामपुर ने सीतापुर को 4-2 से हराकर खिताब जीता।', ['रामपुर', 'सीतापुर'], ['सीतापुर']],
    ['a verb of two words', 'रामपुर ने सीतापुर को फाइनल में मात दी।', ['रामपुर', 'सीतापुर'], ['सीतापुर']],
  ])('%s', (_name, text, names, expected) => {
    expect(beaten(text, names)).toEqual(expected);
  });
});

describe('no side is beaten where the clause says otherwise', () => {
  it.each([
    ['a defeat only wanted', 'सीतापुर को हराने के लिए रामपुर ने नई टीम चुनी।', ['सीतापुर', 'रामपुर']],
    ['another clause after a comma', 'सीतापुर को मौका मिला, लेकिन रामपुर ने मैच हराया।', ['सीतापुर', 'रामपुर']],
    ['another agent between', 'सीतापुर को बधाई दी और रामपुर ने फिर हराया।', ['सीतापुर', 'रामपुर']],
    ['no को', 'रामपुर और सीतापुर ने दूसरी टीमों को हराया।', ['रामपुर', 'सीतापुर']],
  ])('%s', (_name, text, names) => {
    expect(beaten(text, names)).toEqual([]);
  });
});
