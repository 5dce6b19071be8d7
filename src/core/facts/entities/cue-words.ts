import { phraseKey, type Token } from './tokens.js';

/** Words of a cue, folded; `#` and `#th` stay (a number, an ordinal). */
export function cueWords(cue: string): string[] {
  return cue.split(/\s+/u).filter((w) => w.length > 0).map((w) => (w === '#' || w === '#th' ? w : phraseKey(w)));
}

/** `#` in a cue: a number; `#th`: an ordinal (ने #th मिनट: the 20वें minute of a goal). */
const NUMBER = /^\p{N}+$/u;
const ORDINAL = /^\p{N}+(?:वें|वीं|वां|वे)$/u;

/** An ordinal's ending written apart from its figure (`26 वें मिनट`). */
const ORDINAL_END = /^(?:वें|वीं|वां|वे)$/u;

/** The cue's words from token `at` on, each joined to the one before; `#th` takes a figure and its ending apart too. */
export function cueMatches(tokens: readonly Token[], at: number, cue: readonly string[]): boolean {
  let i = at;
  for (const [k, w] of cue.entries()) {
    const t = tokens[i];
    if (t === undefined || (k > 0 && !t.joined)) return false;
    const apart = w === '#th' && NUMBER.test(t.text) && tokens[i + 1]?.joined === true && ORDINAL_END.test(tokens[i + 1]?.text ?? '');
    if (!apart && !cueWordAt(t, w)) return false;
    i += apart ? 2 : 1;
  }
  return true;
}

function cueWordAt(token: Token | undefined, word: string): boolean {
  if (token === undefined) return false;
  return word === '#' ? NUMBER.test(token.text) : word === '#th' ? ORDINAL.test(token.text) : token.text === word;
}
