import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => m.text);

describe('the names a group of people is said to hold are people', () => {
  it.each([
    ['the dead, four names', 'हादसे के मृतकों में मुकेश, तरुण, नितिन और गोलू शामिल हैं।', ['मुकेश', 'तरुण', 'नितिन', 'गोलू']],
    ['the accused, given names that are everyday words too', 'पकड़े गए अभियुक्तों में सूरज, पवन और दीपक शामिल हैं।', ['सूरज', 'पवन', 'दीपक']],
    ['the winners, a two-word item', 'विजेताओं में रोहन वर्मा और कुणाल शामिल थे।', ['रोहन वर्मा', 'कुणाल']],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
