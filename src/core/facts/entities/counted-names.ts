import type { NameSpan } from './context-names.js';
import { listAfter } from './record-lists.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenBounds, type TokenisedSentence } from './tokens.js';

/** A count in figures. */
const DIGITS = /^[0-9]+$/u;
/** An item of a counted list is one to three name words (मोना रानी मुंजाल). */
const ITEM_WORDS = 3;
/** What may stand between the counted noun and its first name: spaces, a comma, a colon or a dash (`चार बच्चे—सुहैल`). */
const LEAD_GAP = /^[\s\u00A0]*[,:—–-]?[\s\u00A0]*$/u;

/** Config for counted lists of people (entities.yaml `countedLists`) and the number words of config/numbers.yaml. */
export interface CountedListData {
  /** Nouns of people that a count and a list of names follow: लड़के, बच्चे, आरोपियों, छात्राओं. */
  nouns: readonly string[];
  /** Words that count two: दोनों. */
  both: readonly string[];
  /** Words after a list that make its items things done or manners (करने, से: पूजा और आरती करने, प्रेम और शांति से). */
  activities: readonly string[];
  /** Cardinal words (numbers.yaml `words`): तीन → 3. */
  counts: Readonly<Record<string, number>>;
}

export type CountedListFinder = (
  ts: TokenisedSentence,
  claimed: readonly boolean[],
  people: readonly Pending[],
  isNameWord: (word: string) => boolean,
  /** An everyday word: it ends an item (स्कूल, घर). */
  isEveryday: (word: string) => boolean,
) => NameSpan[];

/**
 * People listed after their count and a noun of people (`पांच लड़के गोलू, मोनू, रिंकू, पिंटू और तौहीद`,
 * `चार बच्चे—सुहैल, राहिल, अरमान और तौहीद`, `दोनों भाई राम और श्याम`): the list is read only when it has exactly as
 * many items as the count says, each one to three name words (or a person found already), none an everyday word,
 * and no name word, light verb or से after the last item (`दोनों बहनें पूजा और आरती करने गईं`) — the whole list or
 * nothing.
 */
export function createCountedLists(data: CountedListData): CountedListFinder {
  const nouns = new Set(data.nouns.map(phraseKey));
  const activities = new Set(data.activities.map(phraseKey));
  const counts = new Map<string, number>([...Object.entries(data.counts).map(([w, n]) => [phraseKey(w), n] as const), ...data.both.map((w) => [phraseKey(w), 2] as const)]);
  return (ts, claimed, people, isNameWord, isEveryday) => {
    const { tokens } = ts;
    const { byStart, byEnd } = tokenBounds(ts);
    const person = tokens.map(() => false);
    for (const p of people) {
      const [from, to] = [byStart.get(p.span.start), byEnd.get(p.span.end)];
      if (from !== undefined && to !== undefined) person.fill(true, from, to);
    }
    const free = (i: number): boolean => person[i] === true || (!claimed[i] && isNameWord(tokens[i]?.text ?? '') && !isEveryday(tokens[i]?.text ?? ''));
    const out: NameSpan[] = [];
    for (let i = 0; i + 2 < tokens.length; i++) {
      // (token text is folded: Devanagari digits are ASCII already)
      const digits = DIGITS.test(tokens[i]?.text ?? '') ? Number(tokens[i]?.text) : undefined;
      const count = counts.get(tokens[i]?.text ?? '') ?? digits;
      if (count === undefined || count < 2 || !nouns.has(tokens[i + 1]?.text ?? '') || !tokens[i + 1]?.joined) continue;
      const first = i + 2;
      if (!LEAD_GAP.test(ts.folded.text.slice(tokens[i + 1]?.end ?? 0, tokens[first]?.start ?? 0))) continue;
      let end = first;
      while (end - first < ITEM_WORDS && free(end) && (end === first || tokens[end]?.joined)) end++;
      if (end === first) continue;
      const rest = listAfter(tokens, end, free, ITEM_WORDS);
      if (rest === null || rest.spans.length + 1 !== count) continue;
      // the last item ends the run of names (`… और अब्दुल्ला सवार थे`), it is not cut from a longer one, nor is it the
      // object of a light verb or an adverb's (`दोनों बहनें पूजा और आरती करने गईं`, `प्रेम और शांति से रहते थे`, reviewer)
      if (tokens[rest.end]?.joined && (free(rest.end) || activities.has(tokens[rest.end]?.text ?? ''))) continue;
      out.push({ from: first, to: end, weak: false }, ...rest.spans);
    }
    return out;
  };
}
