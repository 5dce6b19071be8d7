import { describe, expect, it } from 'vitest';
import { createCommonWordTrim } from '../../../../src/core/facts/entities/common-word-trim.js';

/** Everyday words at a guessed name's edges go; a name part keeps an everyday word right before it. */
const COMMON = ['पहचान', 'प्रभात', 'कैपिटल', 'फ़ौरन', 'कसेरा', 'स्वरूप', 'घायल'];
// विकास (development) is a weak given name: a name part but no trusted first name
const PARTS = new Set(['देवी', 'कुमार', 'बिड़ला', 'आदित्य', 'मनोज', 'विकास', 'राजेश']);
const trim = createCommonWordTrim(COMMON, (w) => PARTS.has(w), [], (w) => w === 'मनोज' || w === 'राजेश', ['कुमार']);
const kept = (words: string[], markerAfter = false, titled = false): string => {
  const { from, to } = trim(words, markerAfter, titled);
  return words.slice(from, to).join(' ');
};

describe('createCommonWordTrim', () => {
  it.each([
    // an everyday word right before a name part is a given name
    [['प्रभात', 'कुमार'], false, 'प्रभात कुमार'],
    // not before an unknown word: पहचान (identity) is no given name
    [['पहचान', 'ब्रेस्ती', 'देवी'], false, 'ब्रेस्ती देवी'],
    // an everyday word at the end goes …
    [['आदित्य', 'बिड़ला', 'कैपिटल'], false, 'आदित्य बिड़ला'],
    [['मनोज', 'कुमार', 'कसेरा'], false, 'मनोज कुमार'],
    // … unless a middle name comes before it and a case marker after it: a surname
    [['मनोज', 'कुमार', 'कसेरा'], true, 'मनोज कुमार कसेरा'],
    [['फ़ौरन'], false, ''],
  ] as [string[], boolean, string][])('%j (marker after: %s) → %s', (words, marker, name) => {
    expect(kept(words, marker)).toBe(name);
  });

  it('after a title and before a case marker, a weak given name and an everyday word are one name', () => {
    expect(kept(['विकास', 'स्वरूप'], true, true)).toBe('विकास स्वरूप');
    // not without the title, nor without the marker, nor after a trusted given name (राजेश stays alone)
    expect(kept(['विकास', 'स्वरूप'], true, false)).toBe('विकास');
    expect(kept(['विकास', 'स्वरूप'], false, true)).toBe('विकास');
    expect(kept(['राजेश', 'घायल'], true, true)).toBe('राजेश');
  });
});
