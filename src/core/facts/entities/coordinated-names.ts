import type { NameSpan } from './context-names.js';
import type { KnownNames } from './known-names.js';
import type { Pending } from './resolve-short-forms.js';
import { tokenSpan, type TokenisedSentence } from './tokens.js';

const CONJUNCTIONS = new Set(['और', 'व', 'तथा', 'एवं']);
const COMMA = /^[\s\u00A0]*[,،][\s\u00A0]*$/u;
/** A coordinated name is 2–3 words long (one, if a listed given name). */
const [MIN_WORDS, MAX_WORDS] = [2, 3];

/**
 * Names coordinated with a person the sentence already names (`मंत्री राम प्रसाद और सुनेत्रा
 * पवार`, `सुरेश यादव, मोहन लाल और …`): an unclaimed run of 2–3 name words joined to the person (or the person's
 * title) by और/व/तथा/एवं or a comma, that looks like a name by config's lists — it starts with a given name
 * or ends with a surname. Found names count as people for the next link of the chain.
 */
export function coordinatedNames(
  ts: TokenisedSentence,
  claimed: readonly boolean[],
  people: readonly Pending[],
  known: KnownNames,
  isNameWord: (word: string) => boolean,
  isTitleWord: (word: string) => boolean,
): NameSpan[] {
  const { tokens, folded } = ts;
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tokens.forEach((_, i) => {
    const span = tokenSpan(ts, i, i + 1);
    byStart.set(span.start, i);
    byEnd.set(span.end, i + 1);
  });
  const taken = [...claimed];
  const free = (i: number): boolean => !taken[i] && isNameWord(tokens[i]?.text ?? '');
  // one word will do when it is a listed given name that is no everyday word (`रामानंद राजहुल और चंदन`,
  // `नरेश भारती, इकराम`; not विकास, पूजा, प्रकाश: config weakGivenNames)
  const looksLikeName = (from: number, to: number): boolean =>
    (to - from === 1 && known.isTrustedGivenName(tokens[from]?.text ?? ''))
    || (to - from >= MIN_WORDS && to - from <= MAX_WORDS && (known.isGivenName(tokens[from]?.text ?? '') || known.isSurname(tokens[to - 1]?.text ?? '')));
  const linkAt = (left: number): number => {
    // tokens[left] is the last word before the link; returns the first token after it, or -1
    const gap = folded.text.slice(tokens[left]?.end ?? 0, tokens[left + 1]?.start ?? 0);
    if (COMMA.test(gap)) return left + 1;
    return CONJUNCTIONS.has(tokens[left + 1]?.text ?? '') && tokens[left + 1]?.joined && tokens[left + 2]?.joined ? left + 2 : -1;
  };
  const out: NameSpan[] = [];
  const queue: [number, number][] = [];
  for (const p of people) {
    const from = byStart.get(p.span.start);
    const to = byEnd.get(p.span.end);
    if (from !== undefined && to !== undefined) queue.push([from, to]);
  }
  while (queue.length > 0) {
    const [at, to] = queue.shift() as [number, number];
    let from = at; // `… और मंत्री राम प्रसाद`: the link stands before the person's title
    while (from > 0 && tokens[from]?.joined && isTitleWord(tokens[from - 1]?.text ?? '')) from--;
    const found: [number, number][] = [];
    const after = linkAt(to - 1);
    if (after >= 0) {
      let end = after;
      while (end < tokens.length && end - after < MAX_WORDS + 1 && free(end) && (end === after || tokens[end]?.joined)) end++;
      found.push([after, end]);
    }
    // before: `<name> और <person>`
    const end = from >= 2 && linkAt(from - 2) === from ? from - 1 : from >= 1 && linkAt(from - 1) === from ? from : -1;
    if (end > 0) {
      let start = end;
      while (start > 0 && end - start < MAX_WORDS + 1 && free(start - 1) && (start === end || tokens[start]?.joined)) start--;
      found.push([start, end]);
    }
    for (const [a, b] of found) {
      if (!looksLikeName(a, b)) continue;
      taken.fill(true, a, b);
      out.push({ from: a, to: b, weak: false });
      queue.push([a, b]);
    }
  }
  return out;
}
