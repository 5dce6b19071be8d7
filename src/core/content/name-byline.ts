import type { Removal } from './line-tools.js';

/**
 * A reporter's name after the dateline: one to three words and a danda or full stop, then the lead; the site's name and a
 * slash may come first (`रोज टाइम्स/सुनील वर्मा। …`).
 */
const NAME_RUN = /^(?:[^\s/।.][^/।.\n]{0,30}?\s*\/\s*)?((?:[\p{Script=Devanagari}\u200C\u200D]+\s+){0,2}[\p{Script=Devanagari}\u200C\u200D]+)\s*[।.]\s*(?=\S)/u;

/**
 * Strips a byline name that follows the dateline (`नीमच। महेंद्र उपाध्याय। विधानसभा निर्वाचन …`, `… ।रोज टाइम्स/सुनील
 * वर्मा। …`): a "sentence" of at most three words, none of them an everyday word, is no sentence of the story.
 */
export function createNameByline(isCommonWord: (word: string) => boolean): (rest: string, removed: Removal[]) => string {
  return (rest, removed) => {
    const m = NAME_RUN.exec(rest);
    const words = m?.[1]?.split(/\s+/u) ?? [];
    if (!m || words.length < 2 || words.some(isCommonWord)) return rest;
    removed.push({ kind: 'byline', text: m[0].trim() });
    return rest.slice(m[0].length);
  };
}

/** A section label before a pipe at the start of the lead: one to three words, then `|`. */
const SECTION = /^((?:[\p{Script=Devanagari}\u200C\u200D]+\s+){0,2}[\p{Script=Devanagari}\u200C\u200D]+)\s*\|\s+(?=\S)/u;

/**
 * Strips a site's section label that opens the lead (`खेल कोना | भारतीय फुटबॉल टीम ने …`): words with an everyday
 * word among them, no known place (`नई दिल्ली | …` is a dateline), before a pipe.
 */
export function createSectionLabel(isCommonWord: (word: string) => boolean, isKnownPlace: (words: string) => boolean): (line: string, removed: Removal[]) => string {
  return (line, removed) => {
    const m = SECTION.exec(line);
    const label = m?.[1];
    if (!m || label === undefined || isKnownPlace(label) || !label.split(/\s+/u).some(isCommonWord)) return line;
    removed.push({ kind: 'section', text: label });
    return line.slice(m[0].length);
  };
}
