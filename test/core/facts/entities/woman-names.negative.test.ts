import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => m.text);

describe('a goddess, a shrine or a word before देवी is no woman', () => {
  it.each([
    ['a listed goddess of a shrine', 'नवरात्र में चामुंडा देवी का दरबार सजाया गया।'],
    ['a goddess of a fair', 'कस्बे में कैला देवी का मेला भरता है।'],
    ['after मां', 'भक्तों ने मां शारदा देवी की स्तुति की।'],
    ['a worship word soon after a weak given name', 'घर घर लक्ष्मी देवी की पूजा हुई।'],
    ['a temple after the name', 'गांव की कलावती देवी मंदिर कमेटी ने बैठक की।'],
    ['an everyday word before देवी', 'पंचायत ने ग्राम देवी को भोग लगाया।'],
    ['the name does not visibly end', 'वहां सुगनी देवी आज भी रहती हैं।'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});
