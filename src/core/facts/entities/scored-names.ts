import type { NameSpan } from './context-names.js';
import type { TokenisedSentence } from './tokens.js';

const OPEN = /^\s*\(\s*$/u;
const CLOSE = /^\*?\s*\)/u;
const SCORE = /^\p{N}{1,3}$/u;

/**
 * A scorecard name: two or three name words right before a bracketed score, `कुसल परेरा (122)`,
 * `मोहम्मद रिज़वान (134*)`, in a sentence about a match (`cricketWords`: रन, पारी, शतक …).
 */
export function scoredNames(ts: TokenisedSentence, claimed: readonly boolean[], isNameWord: (word: string) => boolean, cricketWords: ReadonlySet<string>): NameSpan[] {
  const { tokens, folded } = ts;
  if (!tokens.some((t) => cricketWords.has(t.text))) return [];
  const out: NameSpan[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const [score, last] = [tokens[i], tokens[i - 1]];
    if (score === undefined || last === undefined || !SCORE.test(score.text)) continue;
    if (!OPEN.test(folded.text.slice(last.end, score.start)) || !CLOSE.test(folded.text.slice(score.end))) continue;
    let from = i;
    while (from > 0 && i - from < 3 && !claimed[from - 1] && isNameWord(tokens[from - 1]?.text ?? '') && (from === i || tokens[from]?.joined)) from--;
    if (i - from >= 2) out.push({ from, to: i, weak: false });
  }
  return out;
}
