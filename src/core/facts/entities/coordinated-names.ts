import type { NameSpan } from './context-names.js';
import type { KnownNames } from './known-names.js';
import type { Pending } from './resolve-short-forms.js';
import { tokenBounds, type TokenisedSentence } from './tokens.js';

const CONJUNCTIONS = new Set(['और', 'व', 'तथा', 'एवं']);
/** A coordinated name is 2–3 words long (one, if a listed given name). */
const [MIN_WORDS, MAX_WORDS] = [2, 3];
/** A bracket opening an aside after a list item, closing it before a comma, or before a conjunction; its most words. */
const OPEN = /^\s*\(\s*$/u;
const CLOSE_COMMA = /^\s*\)\s*[,،]\s*$/u;
const CLOSE = /^\s*\)\s*$/u;
const MAX_ASIDE = 4;
/** Most items of unlisted name words in a row before a name closes the list. */
const MAX_OPEN_ITEMS = 6;

/**
 * Names coordinated with a person the sentence already names (`मंत्री राम प्रसाद और सुनेत्रा
 * पवार`, `सुरेश यादव, मोहन लाल और …`): an unclaimed run of 2–3 name words joined to the person (or the person's
 * title) by और/व/तथा/एवं or a comma, that looks like a name by config's lists — it starts with a given name
 * or ends with a surname. Found names count as people for the next link of the chain. In a list of
 * names (two people linked before it), any run of name words that holds no everyday word is one more
 * when a name closes the list after it (`शकील मकरानी, सकीला, उमादेवी, अजयकुमार गुप्ता`; not `…, गूंगा,`, nor
 * villages ending a list, `सुरेश शर्मा, भगवानपुरा, खजूरी और रतनपुरा के सरपंच`); after one person, only an item of listed
 * given names or surnames (`सुरेश शर्मा, पंकज और मोहन लाल`; not an acronym, `राकेश टिकैत, भाकियू और नरेश टिकैत`).
 */
export function coordinatedNames(
  ts: TokenisedSentence,
  claimed: readonly boolean[],
  people: readonly Pending[],
  known: KnownNames,
  isNameWord: (word: string) => boolean,
  isTitleWord: (word: string) => boolean,
  isCommon: (word: string) => boolean = () => false,
): NameSpan[] {
  const { tokens } = ts;
  const { byStart, byEnd } = tokenBounds(ts);
  const taken = [...claimed];
  const free = (i: number): boolean => !taken[i] && isNameWord(tokens[i]?.text ?? '');
  // one word will do when it is a listed given name that is no everyday word (`रामानंद राजहुल और चंदन`,
  // `नरेश भारती, इकराम`; not विकास, पूजा, प्रकाश: config weakGivenNames)
  const looksLikeName = (from: number, to: number): boolean =>
    (to - from === 1 && known.isTrustedGivenName(tokens[from]?.text ?? ''))
    || (to - from >= MIN_WORDS && to - from <= MAX_WORDS && (known.isGivenName(tokens[from]?.text ?? '') || known.isSurname(tokens[to - 1]?.text ?? '')));
  /** What stands between token `i` and the one before it. */
  const gap = (i: number): string => ts.folded.text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0);
  const linkAt = (left: number): number => {
    // tokens[left] is the last word before the link; returns the first token after it, or -1
    if (tokens[left + 1]?.comma === true) return left + 1;
    // a bracketed aside after an item (`शमशेर सिंह (18वां), नीलाकांता शर्मा (22वां) और …`): the link is after its bracket
    if (OPEN.test(gap(left + 1))) {
      let k = left + 1;
      while (k < left + MAX_ASIDE && tokens[k + 1] !== undefined && !gap(k + 1).includes(')')) k++;
      if (CLOSE_COMMA.test(gap(k + 1))) return k + 1;
      return CLOSE.test(gap(k + 1)) && CONJUNCTIONS.has(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.joined ? k + 2 : -1;
    }
    return CONJUNCTIONS.has(tokens[left + 1]?.text ?? '') && tokens[left + 1]?.joined && tokens[left + 2]?.joined ? left + 2 : -1;
  };
  // a whole item of a list (no name left cut: `श्याम कुमार | भारती,`) of name words that are no everyday words
  const inList = (from: number, to: number): boolean =>
    to - from <= MAX_WORDS && tokens.slice(from, to).every((t) => !isCommon(t.text))
    && (!ends.has(from) || linkAt(from - 1) === from || linkAt(from - 2) === from)
    && (!starts.has(to) || linkAt(to - 1) >= 0);
  const out: NameSpan[] = [];
  const queue: [number, number][] = [];
  for (const p of people) {
    const from = byStart.get(p.span.start);
    const to = byEnd.get(p.span.end);
    if (from !== undefined && to !== undefined) queue.push([from, to]);
  }
  // people by their first and by their end token: a list of names is two people linked
  const starts = new Set(queue.map(([from]) => from));
  const ends = new Set(queue.map(([, to]) => to));
  const all = [...queue];
  // a person found later may make a list of an earlier one's neighbours: a second pass reads them again
  for (let pass = 0; pass < 2; pass++) {
    const size = out.length;
    if (pass > 0) queue.push(...all);
    while (queue.length > 0) linkFrom(queue.shift() as [number, number]);
    if (out.length === size) break;
  }
  return out;

  /** End of the run of name words of a list item starting at `start`. */
  function itemEnd(start: number): number {
    let end = start;
    while (end < tokens.length && end - start < MAX_WORDS + 1 && free(end) && (end === start || tokens[end]?.joined)) end++;
    return end;
  }

  /** A person or a name-shaped item closes the list after the item ending at `end`, across items of name words only. */
  function closed(end: number): boolean {
    for (let k = 0, to = end; k < MAX_OPEN_ITEMS; k++) {
      const next = linkAt(to - 1);
      if (next < 0) return false;
      // (a person after a title closes it too: `…, गुलशन बगगा, पूर्व पार्षद ओमप्रकाश`)
      let person = next;
      while (person < next + MAX_WORDS && !starts.has(person) && isTitleWord(tokens[person]?.text ?? '')) person++;
      if (starts.has(person)) return true;
      const e = itemEnd(next);
      if (e > next && looksLikeName(next, e)) return true;
      if (e <= next || !inList(next, e)) return false;
      to = e;
    }
    return false;
  }

  function linkFrom([at, to]: [number, number]): void {
    let from = at; // `… और मंत्री राम प्रसाद`: the link stands before the person's title
    while (from > 0 && tokens[from]?.joined && isTitleWord(tokens[from - 1]?.text ?? '')) from--;
    const found: [number, number, boolean][] = [];
    // the link before the person (its first token after the link) and the first token after it
    // (past a bracketed aside too: `नीलाकांता शर्मा (22वां) और <person>`)
    let before = -1;
    for (let k = from - 1; k >= Math.max(0, from - 2 - MAX_ASIDE) && before < 0; k--) if (linkAt(k) === from) before = k + 1;
    const after = linkAt(to - 1);
    if (after >= 0) {
      const end = itemEnd(after);
      // (after one person only, an item of listed name words: `सुरेश शर्मा, पंकज और मोहन लाल`; not an acronym or an
      // unlisted word, `राकेश टिकैत, भाकियू और नरेश टिकैत`, reviewer)
      const listedItem = tokens.slice(after, end).every((t) => known.isGivenName(t.text) || known.isSurname(t.text));
      found.push([after, end, closed(end) && (ends.has(before) || listedItem)]);
    }
    // before: `<name> और <person>`
    const end = before;
    if (end > 0) {
      let start = end;
      while (start > 0 && end - start < MAX_WORDS + 1 && free(start - 1) && (start === end || tokens[start]?.joined)) start--;
      found.push([start, end, false]);
    }
    for (const [a, b, listed] of found) {
      if (b <= a || !(looksLikeName(a, b) || (listed && inList(a, b)))) continue;
      taken.fill(true, a, b);
      out.push({ from: a, to: b, weak: false });
      starts.add(a);
      ends.add(b);
      queue.push([a, b]);
      all.push([a, b]);
    }
  }
}
