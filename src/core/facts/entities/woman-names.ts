import { phraseKey, type Token } from './tokens.js';

/** A figure after a name (`सुगनी देवी 212`: her votes in a list). */
const FIGURE = /^[\p{N}]/u;

export interface WomanNameWords {
  /** Words ending a woman's name (देवी, बेगम, खातून). */
  ends: ReadonlySet<string>;
  /** Goddesses before देवी that are no woman's name (वैष्णो, नैना, विंध्यवासिनी). */
  goddesses: ReadonlySet<string>;
  /** Words before the name that make it a goddess (मां, माता, जय). */
  before: ReadonlySet<string>;
  /** Words of worship or a shrine right after the name (or its genitive) that make it a goddess (मंदिर, दर्शन, पूजा, मेला). */
  after: ReadonlySet<string>;
  /** Case markers, conjunctions and residence words that may follow a name. */
  markers: ReadonlySet<string>;
}

/** Genitive postpositions (folded like tokens: की → कि): after one, मां/माता is someone's mother (`पीड़िता की मां …`). */
const GENITIVES: ReadonlySet<string> = new Set(['का', 'कि', 'के'].map(phraseKey));

/** Finders of a one-word woman's name and of a goddess named like one. */
export interface WomanNames {
  /** End (exclusive) of the woman's name at `i`, or -1. */
  end: (tokens: readonly Token[], i: number, claimed: readonly boolean[]) => number;
  /** True when the word at `i` and the name end after it are a goddess (`मां शारदा देवी`), a listed given name too. */
  goddess: (tokens: readonly Token[], i: number) => boolean;
}

/**
 * A woman's name of one word and a name end (`फगुनी देवी,`, `सुगनी देवी को`, `बतासो बेगम का`), the first word a given
 * name that is also an everyday word or an unlisted name word — never a goddess: one of a shrine (`विंध्यवासिनी देवी`),
 * after a word of `before` that no genitive makes someone's mother (`मां शारदा देवी`; not `पीड़िता की मां सुनीता देवी`),
 * or with a word of worship right after the end or its genitive (`लक्ष्मी देवी की पूजा`, `कलावती देवी मंदिर`) — where
 * the name visibly ends: a case marker, a conjunction, a comma, a bracket, a figure or the sentence end.
 */
export function createWomanNames(
  words: WomanNameWords,
  /** The first word may open a woman's name: a weak given name, or an unlisted name word that is no everyday word. */
  mayOpen: (word: string) => boolean,
): WomanNames {
  const ended = (tokens: readonly Token[], i: number): boolean => tokens[i + 1]?.joined === true && words.ends.has(tokens[i + 1]?.text ?? '');
  const mother = (tokens: readonly Token[], i: number): boolean =>
    i > 0 && tokens[i]?.joined === true && words.before.has(tokens[i - 1]?.text ?? '') && !GENITIVES.has(tokens[i - 2]?.text ?? '');
  const worshipped = (tokens: readonly Token[], i: number): boolean => {
    const k = GENITIVES.has(tokens[i + 2]?.text ?? '') ? i + 3 : i + 2;
    return words.after.has(tokens[k]?.text ?? '');
  };
  const goddess = (tokens: readonly Token[], i: number): boolean =>
    ended(tokens, i) && (words.goddesses.has(tokens[i]?.text ?? '') || mother(tokens, i) || worshipped(tokens, i));
  const end = (tokens: readonly Token[], i: number, claimed: readonly boolean[]): number => {
    const [w, next] = [tokens[i], tokens[i + 2]];
    if (w === undefined || claimed[i] || claimed[i + 1] || !ended(tokens, i) || !mayOpen(w.text) || goddess(tokens, i)) return -1;
    const visible = next === undefined || !next.joined || words.markers.has(next.text) || FIGURE.test(next.text);
    return visible ? i + 2 : -1;
  };
  return { end, goddess };
}
