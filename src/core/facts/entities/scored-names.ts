import { MAX_AGE } from '../age.js';
import type { NameSpan } from './context-names.js';
import type { TokenisedSentence } from './tokens.js';

const OPEN = /^\s*\(\s*$/u;
const CLOSE = /^\*?\s*\)/u;
const AGE_CLOSE = /^\s*\)/u;
const SCORE = /^\p{N}{1,3}$/u;
/** Characters after a number read for its closing bracket (`*`, spaces, `)`). */
const CLOSE_WITHIN = 8;
/** A minute of the match: `(21वें)`. */
const MINUTE = /^\p{N}{1,3}(?:वें|वे)$/u;

/**
 * Names before a bracketed number: in a sentence about a cricket match (`cricketWords`: रन, पारी,
 * शतक …) a scorecard entry, two or three name words and the runs (`कुसल परेरा (122)`, `मोहम्मद
 * रिज़वान (134*)`); in a goal report a scorer and the minute (`टॉम क्रेग (41वें)`); in any other
 * sentence a person and the age (`अनीश शर्मा (35)`): two or three name words, or, for an age, one
 * that is a given name (`isGivenName`).
 */
export function scoredNames(
  ts: TokenisedSentence,
  claimed: readonly boolean[],
  isNameWord: (word: string) => boolean,
  cricketWords: ReadonlySet<string>,
  isGivenName: (word: string) => boolean = () => false,
  goalWords: ReadonlySet<string> = new Set(),
): NameSpan[] {
  const { tokens, folded } = ts;
  const cricket = tokens.some((t) => cricketWords.has(t.text));
  const goals = tokens.some((t) => goalWords.has(t.text));
  const out: NameSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [score, last] = [tokens[i], tokens[i - 1]];
    if (score === undefined || last === undefined || !(SCORE.test(score.text) || MINUTE.test(score.text))) continue;
    // the bracket closes within a few characters: no copy of the rest of the sentence per token
    const after = folded.text.slice(score.end, score.end + CLOSE_WITHIN);
    const minute = goals && MINUTE.test(score.text) && AGE_CLOSE.test(after);
    const age = !cricket && SCORE.test(score.text) && AGE_CLOSE.test(after) && Number(score.text) <= MAX_AGE;
    const runs = cricket && SCORE.test(score.text) && CLOSE.test(after);
    if (!OPEN.test(folded.text.slice(last.end, score.start)) || !(age || runs || minute)) continue;
    let from = i;
    while (from > 0 && i - from < 3 && !claimed[from - 1] && isNameWord(tokens[from - 1]?.text ?? '') && (from === i || tokens[from]?.joined)) from--;
    if (i - from >= 2 || (age && i - from === 1 && isGivenName(tokens[from]?.text ?? ''))) out.push({ from, to: i, weak: false });
  }
  return out;
}
