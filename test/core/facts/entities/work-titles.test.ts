import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

/** The real gazetteer: it knows Savarkar and Margao, whose names films borrow. */
const extract = realExtractor();
const names = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind !== 'organisation').map((m) => m.en);

describe('a film\'s title names no person or place', () => {
  it.each([
    ['after फिल्म', 'फिल्म ‘स्वातंत्र्य वीर सावरकर’ ने दूसरे दिन 2 करोड़ रुपये कमाए।', /Savarkar/u],
    ['quoted bare elsewhere in the article', '‘मडगांव एक्सप्रेस’ का कलेक्शन 4 करोड़ पार। फिल्म ‘मडगांव एक्सप्रेस’ दर्शकों को पसंद आई।', /Margao/u],
  ])('%s', (_name, text, person) => {
    expect(names(text).filter((en) => person.test(en))).toEqual([]);
  });
});
