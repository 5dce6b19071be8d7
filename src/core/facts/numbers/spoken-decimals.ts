import type { NumberLexicon } from './number-words.js';
import type { Token } from './tokens.js';

/** The digits said one by one after a decimal point (`छह-छह`, `तीन एक`, or a figure `62`), and the token after them. */
export function readDecimals(lex: NumberLexicon, tokens: readonly Token[], from: number, limit: number): { digits: string; end: number } | null {
  const first = tokens[from];
  if (first?.kind === 'digits') return /^[0-9]+$/u.test(first.text) ? { digits: first.text, end: from + 1 } : null;
  let digits = '';
  let k = from;
  while (k < limit) {
    const token = tokens[k];
    // (a number word after the point is its digits: `6 दशमलव पच्चीस` = 6.25)
    const value = token?.kind === 'word' ? lex.words.get(token.text) : undefined;
    if (value === undefined || !Number.isInteger(value) || value < 0) break;
    digits += String(value);
    k++;
    // (digits joined by a dash: छह-छह)
    if (tokens[k]?.text === '-' && tokens[k + 1]?.kind === 'word' && k + 1 < limit) k++;
  }
  if (tokens[k - 1]?.text === '-') k--;
  return digits === '' ? null : { digits, end: k };
}
