import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const extract = realExtractor();
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => `${m.text}=${m.en}`);

describe('no leader before a word for government', () => {
  it.each([
    // a given name before सरकार may be a man called Sarkar; no listed head of government has it alone
    ['विजय सरकार ने बताया कि सड़क का काम शुरू होगा।', []],
    // a listed person who never headed a government names none (a cricketer's short form)
    ['पंत सरकार के खिलाफ बयान दिया गया।', []],
    // the short form alone still needs the full name (योगी is also an ascetic)
    ['एक योगी ने आश्रम में प्रवचन दिया।', []],
    // a word for government after a hyphen is a compound, not the leader's government
    ['राज्य-सरकार ने आदेश दिया।', []],
    // a role or title before it: a woman named Sarkar, not Mamata Banerjee's government (reviewer)
    ['नदिया जिले में पुलिस ने बताया कि आरोपी ममता सरकार को गिरफ्तार कर लिया गया है।', []],
    ['शिक्षिका ममता सरकार ने बच्चों को पढ़ाया।', []],
    // a nameless government
    ['राज्य सरकार ने 500 करोड़ रुपये दिए।', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
