import type { Token } from './tokens.js';

/** A figure after a name (`रेनू देवी 149`: her votes in a list). */
const FIGURE = /^[\p{N}]/u;

export interface WomanNameWords {
  /** Words ending a woman's name (देवी, बेगम, खातून). */
  ends: ReadonlySet<string>;
  /** Goddesses before देवी that are no woman's name (वैष्णो, नैना, विंध्यवासिनी). */
  goddesses: ReadonlySet<string>;
  /** Words before the name that make it a goddess (मां, माता, जय). */
  before: ReadonlySet<string>;
  /** Words soon after the name that make it a goddess or a place (मंदिर, दर्शन, पूजा, मेला). */
  after: ReadonlySet<string>;
  /** Case markers, conjunctions and residence words that may follow a name. */
  markers: ReadonlySet<string>;
}

/** How many words after the name a shrine or worship word makes it a goddess (`कैला देवी के मेले`). */
const AFTER_WITHIN = 3;

/**
 * A woman's name of one word and a name end (`रुकमिणिया देवी,`, `बिस्मा देवी को`, `सलमा बेगम ने`), the first word a
 * given name that is also an everyday word or an unlisted name word — never a goddess (`वैष्णो देवी के दर्शन`,
 * `मां सरस्वती देवी`, `लक्ष्मी देवी की पूजा`) — where the name visibly ends: a case marker, a conjunction, a comma,
 * a bracket, a figure or the sentence end. Returns the end (exclusive) of the name at `i`, or -1.
 */
export function createWomanNames(
  words: WomanNameWords,
  /** The first word may open a woman's name: a weak given name, or an unlisted name word that is no everyday word. */
  mayOpen: (word: string) => boolean,
): { end: (tokens: readonly Token[], i: number, claimed: readonly boolean[]) => number; goddess: (tokens: readonly Token[], i: number) => boolean } {
  const ended = (tokens: readonly Token[], i: number): boolean => tokens[i + 1]?.joined === true && words.ends.has(tokens[i + 1]?.text ?? '');
  // (any first word, a listed given name too: `मां शारदा देवी` is the goddess)
  const goddess = (tokens: readonly Token[], i: number): boolean =>
    ended(tokens, i) && (words.goddesses.has(tokens[i]?.text ?? '') || (i > 0 && tokens[i]?.joined === true && words.before.has(tokens[i - 1]?.text ?? ''))
      || tokens.slice(i + 2, i + 2 + AFTER_WITHIN).some((t) => words.after.has(t.text)));
  const end = (tokens: readonly Token[], i: number, claimed: readonly boolean[]): number => {
    const [w, next] = [tokens[i], tokens[i + 2]];
    if (w === undefined || claimed[i] || claimed[i + 1] || !ended(tokens, i) || !mayOpen(w.text) || goddess(tokens, i)) return -1;
    const visible = next === undefined || !next.joined || words.markers.has(next.text) || FIGURE.test(next.text);
    return visible ? i + 2 : -1;
  };
  return { end, goddess };
}
