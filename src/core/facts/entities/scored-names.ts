import { MAX_AGE } from '../age.js';
import type { NameSpan } from './context-names.js';
import { phraseKey, type TokenisedSentence } from './tokens.js';

const OPEN = /^\s*\(\s*$/u;
const CLOSE = /^\*?\s*\)/u;
/** An age's bracket closing, its word of years inside too (`रतन मरकाम (24 वर्ष)`, `(25 साल)`). */
const AGE_CLOSE = /^\s*(?:वर्ष|साल|वर्षीय|वर्षीया)?\s*\)/u;
/** Characters after an age read for its closing bracket. */
const AGE_WITHIN = 12;
const SCORE = /^\p{N}{1,3}$/u;
/** Characters after a number read for its closing bracket (`*`, spaces, `)`). */
const CLOSE_WITHIN = 8;
/** A minute of the match: `(21वें)`. */
const MINUTE = /^\p{N}{1,3}(?:वें|वे)$/u;
/** What may follow a scorer's first minute before the bracket closes: its ending written apart (`54 वें`), मिनट, more minutes (`21वें, 50वें`). */
const MINUTE_TAIL = /^\s*(?:वें|वे)?\s*(?:मिनट)?\s*(?:(?:[,،]|और)\s*\p{N}{1,3}\s*(?:वें|वे)\s*(?:मिनट)?\s*){0,3}\)/u;
const APART = /^\s*(?:वें|वे)/u;
/** Characters after a minute read for its bracket's close. */
const MINUTES_WITHIN = 40;
/** Words after the bracket that make its ordinal a rank (`मोहम्मडन (5वें) और ईस्टबंगाल (7वें) स्थान पर`), no minute. */
const RANKS = ['स्थान', 'नंबर', 'पायदान', 'पोजीशन', 'रैंक'].map(phraseKey);

/**
 * Names before a bracketed number: in a sentence about a cricket match (`cricketWords`: रन, पारी,
 * शतक …) a scorecard entry, two or three name words and the runs (`कुसल परेरा (122)`, `मोहम्मद
 * रिज़वान (134*)`); in a goal report a scorer and the minutes (`टॉम क्रेग (41वें)`, `दीपक (21वें, 50वें)`,
 * `सरवण कुमार (54 वें)`); in any other sentence a person and the age (`अनीश शर्मा (35)`): two or three name
 * words, or one that is a given name (an age) or no everyday word (a scorer).
 */
export function scoredNames(
  ts: TokenisedSentence,
  claimed: readonly boolean[],
  isNameWord: (word: string) => boolean,
  cricketWords: ReadonlySet<string>,
  isGivenName: (word: string) => boolean = () => false,
  goalWords: ReadonlySet<string> = new Set(),
  isCommon: (word: string) => boolean = () => true,
): NameSpan[] {
  const { tokens, folded } = ts;
  const cricket = tokens.some((t) => cricketWords.has(t.text));
  const goals = tokens.some((t) => goalWords.has(t.text));
  /** What follows a bracket of minutes opening at token `i`, or null for none (read once per token). */
  const afterMinutes = (i: number): string | null => {
    const [score, last] = [tokens[i], tokens[i - 1]];
    if (!goals || score === undefined || last === undefined || !OPEN.test(folded.text.slice(last.end, score.start))) return null;
    const tail = folded.text.slice(score.end, score.end + MINUTES_WITHIN);
    const close = MINUTE_TAIL.exec(tail);
    if (close === null || !(MINUTE.test(score.text) || (SCORE.test(score.text) && APART.test(tail)))) return null;
    return folded.text.slice(score.end + close[0].length, score.end + close[0].length + MINUTES_WITHIN).trimStart();
  };
  // a sentence whose bracket stands before स्थान is a table of ranks: none of its brackets is a minute (`ब्लास्टर्स (5वें),
  // मरीनर्स (7वें) और स्पोर्टिंग (9वें) स्थान पर`); one word names a scorer when it is a given name, or one of two scorers or more
  const brackets = new Map<number, string>();
  if (goals) tokens.forEach((_, i) => { const rest = afterMinutes(i); if (rest !== null) brackets.set(i, rest); });
  const ranked = [...brackets.values()].some((rest) => RANKS.some((r) => rest.startsWith(r)));
  const scorers = ranked ? 0 : brackets.size;
  const out: NameSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [score, last] = [tokens[i], tokens[i - 1]];
    if (score === undefined || last === undefined || !(SCORE.test(score.text) || MINUTE.test(score.text))) continue;
    // the bracket closes within a few characters: no copy of the rest of the sentence per token
    const after = folded.text.slice(score.end, score.end + CLOSE_WITHIN);
    const minute = !ranked && brackets.has(i);
    const age = !cricket && SCORE.test(score.text) && AGE_CLOSE.test(folded.text.slice(score.end, score.end + AGE_WITHIN)) && Number(score.text) <= MAX_AGE;
    const runs = cricket && SCORE.test(score.text) && CLOSE.test(after);
    if (!OPEN.test(folded.text.slice(last.end, score.start)) || !(age || runs || minute)) continue;
    let from = i;
    while (from > 0 && i - from < 3 && !claimed[from - 1] && isNameWord(tokens[from - 1]?.text ?? '') && (from === i || tokens[from]?.joined)) from--;
    // (a scorer may be named by one word, a given name that is a word too: `रवि (27वें) और पंकज (45वें मिनट)`)
    const word = tokens[from]?.text ?? '';
    const one = i - from === 1 && ((age && isGivenName(word)) || (minute && !isCommon(word) && (isGivenName(word) || scorers >= 2)));
    if (i - from >= 2 || one) out.push({ from, to: i, weak: false });
  }
  return out;
}
