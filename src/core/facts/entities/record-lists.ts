import type { NameSpan } from './context-names.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenBounds, type Token, type TokenisedSentence } from './tokens.js';

const CONJUNCTIONS = new Set(['और', 'व', 'तथा', 'एवं']);
/** An item of such a list is one or two name words. */
const ITEM_WORDS = 2;
/** Most items after the titled person. */
const MAX_ITEMS = 6;

/** Config for lists of people in a police or court record (entities.yaml `recordLists`). */
export interface RecordListData {
  /** Titles of a record that lead a list of names: आरोपी, अभियुक्तों, बदमाशों. */
  leads: readonly string[];
  /** What follows the last name of such a list: को, ने, के खिलाफ (never a bare के, as before a village's people). */
  closers: readonly string[];
}

/**
 * The other names of a list led by a record's title (`आरोपी सलमान, नदीम और शोएब को गिरफ्तार`): after a person
 * named right after such a title, items of one or two name words that are no everyday words, joined by commas
 * and a last conjunction, are people when a closer (को, ने, के खिलाफ) follows the last item — the whole list
 * or nothing. Not `आरोपी रमेश, खजूरी और रतनपुरा के निवासी` (a bare के ends a list of villages).
 */
export type RecordListFinder = (
  ts: TokenisedSentence,
  claimed: readonly boolean[],
  people: readonly Pending[],
  isNameWord: (word: string) => boolean,
  isCommon: (word: string) => boolean,
) => NameSpan[];

export function createRecordLists(data: RecordListData): RecordListFinder {
  // (folded once, not per sentence)
  const leads = new Set(data.leads.map(phraseKey));
  const closers = data.closers.map((c) => c.split(/\s+/u).map(phraseKey));
  return (ts, claimed, people, isNameWord, isCommon) => recordListNames(ts, claimed, people, leads, closers, isNameWord, isCommon);
}

function recordListNames(
  ts: TokenisedSentence,
  claimed: readonly boolean[],
  people: readonly Pending[],
  leads: ReadonlySet<string>,
  closers: readonly string[][],
  isNameWord: (word: string) => boolean,
  isCommon: (word: string) => boolean,
): NameSpan[] {
  const { tokens } = ts;
  const free = (i: number): boolean => !claimed[i] && isNameWord(tokens[i]?.text ?? '') && !isCommon(tokens[i]?.text ?? '');
  const closes = (at: number): boolean => closers.some((c) => c.every((w, k) => tokens[at + k]?.text === w && tokens[at + k]?.joined));
  const out: NameSpan[] = [];
  const { byStart, byEnd } = tokenBounds(ts);
  for (const p of people) {
    const [from, to] = [byStart.get(p.span.start) ?? -1, byEnd.get(p.span.end) ?? -1];
    if (from < 1 || to < 1 || !leads.has(tokens[from - 1]?.text ?? '') || !tokens[from]?.joined) continue;
    const items = listAfter(tokens, to, free);
    if (items !== null && closes(items.end)) out.push(...items.spans);
  }
  return out;
}

/** End (exclusive) of one list item of up to `itemWords` free words joined from `first`; `first` when there is none. */
export function itemEnd(tokens: readonly Token[], first: number, free: (i: number) => boolean, itemWords = ITEM_WORDS): number {
  let end = first;
  while (end - first < itemWords && free(end) && (end === first || tokens[end]?.joined)) end++;
  return end;
}

/** Items after a list's first name: comma-joined runs of up to `itemWords` words, the last after a conjunction; null when it is no such list. */
export function listAfter(tokens: readonly Token[], start: number, free: (i: number) => boolean, itemWords = ITEM_WORDS): { spans: NameSpan[]; end: number } | null {
  const spans: NameSpan[] = [];
  let at = start;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const last = CONJUNCTIONS.has(tokens[at]?.text ?? '') && tokens[at]?.joined === true;
    if (!last && tokens[at]?.comma !== true) return null;
    const first = last ? at + 1 : at;
    if (last && !tokens[first]?.joined) return null;
    const end = itemEnd(tokens, first, free, itemWords);
    if (end === first) return null;
    spans.push({ from: first, to: end, weak: false });
    if (last) return { spans, end };
    at = end;
  }
  return null;
}
