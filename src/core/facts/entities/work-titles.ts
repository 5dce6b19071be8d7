import { alternation, NOT_BEFORE } from '../../text/boundaries.js';
import type { Sentence } from '../../types.js';
import type { Pending } from './resolve-short-forms.js';

/** A quoted run of up to eight words: `‘स्वातंत्र्य वीर सावरकर’`, `"मडगांव एक्सप्रेस"`. */
const QUOTED = /[‘'"“]([^‘’'"“”\n]{2,80})[’'"”]/gu;

/**
 * Titles of films, books and shows (`फिल्म ‘स्वातंत्र्य वीर सावरकर’`: a quoted run right after a work noun,
 * config/entities.yaml `workNouns`) name no person or place: every mention inside a quoted run that holds
 * such a title, anywhere in the article (the headline quotes it bare), is dropped.
 */
export function createWorkTitles(workNouns: readonly string[]): (sentences: readonly Sentence[], pending: Pending[]) => Pending[] {
  if (workNouns.length === 0) return (_sentences, pending) => pending;
  const noun = new RegExp(`${NOT_BEFORE}(?:${alternation(workNouns)})\\s*(?::\\s*)?$`, 'u');
  return (sentences, pending) => dropWorkTitles(sentences, pending, noun);
}

function dropWorkTitles(sentences: readonly Sentence[], pending: Pending[], noun: RegExp): Pending[] {
  const titles = new Set<string>();
  const quotes = new Map<number, { start: number; end: number; title: string }[]>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(QUOTED)) {
      const title = (m[1] ?? '').trim();
      const start = m.index ?? 0;
      if (title.split(/\s+/u).length > 8) continue;
      if (noun.test(s.text.slice(Math.max(0, start - 40), start))) titles.add(title);
      quotes.set(s.index, [...(quotes.get(s.index) ?? []), { start, end: start + m[0].length, title }]);
    }
  }
  if (titles.size === 0) return pending;
  const inTitle = (p: Pending): boolean =>
    (quotes.get(p.sentence) ?? []).some((q) => titles.has(q.title) && q.start <= p.span.start && p.span.end <= q.end);
  return pending.filter((p) => !inTitle(p));
}
