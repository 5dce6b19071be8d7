import type { ArticleFacts, Sentence } from '../types.js';
import { formatDateRange } from './english-date.js';
import { formatNumber } from './english-morph.js';

/**
 * The fallback line: the sentence's people (with country), places, organisations, phrases the
 * lexicon could read, numbers and dates, joined by " · ".
 */
export function factsLine(sentence: Sentence, facts: ArticleFacts, phrases: readonly string[]): string {
  const mine = <T extends { sentence: number; span: { start: number } }>(list: readonly T[]): T[] =>
    list.filter((f) => f.sentence === sentence.index).sort((a, b) => a.span.start - b.span.start);
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const m of mine(facts.mentions)) {
    if (m.kind === 'place' && m.adjective) continue;
    const text = m.kind === 'person' && m.country ? `${m.en} (${m.country})` : m.en;
    if (!seen.has(m.en)) parts.push(text);
    seen.add(m.en);
  }
  const covered = (p: string): boolean => parts.some((x) => x.includes(p)) || [...seen].some((s) => p === s);
  for (const p of phrases) {
    const tidy = p.trim();
    if (tidy.split(' ').length < 2 || covered(tidy)) continue;
    // a phrase that names entities takes the place of the first of them
    const named = parts.map((p, i) => (tidy.includes(p.replace(/ \(.*\)$/, '')) ? i : -1)).filter((i) => i >= 0);
    const first = named[0];
    if (first === undefined) parts.push(tidy);
    else {
      parts[first] = tidy;
      for (const i of named.slice(1).reverse()) parts.splice(i, 1);
    }
  }
  for (const n of mine(facts.numbers)) parts.push(formatNumber(n, null));
  for (const d of mine(facts.dates)) parts.push(formatDateRange(d.value, d.end));
  return [...new Set(parts.filter((p) => p.length > 0))].join(' · ');
}
