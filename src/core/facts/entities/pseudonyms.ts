import { phraseKey, type Token } from './tokens.js';

/** Tokens after a name within which a changed name's bracket is looked for. */
const WITHIN = 2;

/**
 * A bracket right after a name saying it is not the real one (`सीमा (बदला हुआ नाम)`, `पूजा (काल्पनिक)`): whoever
 * names such a person outright (naming-cues.ts, aged-names.ts) names no one. `to` is the token after the name.
 */
export function createPseudonymMark(pseudonyms: readonly string[]): (tokens: readonly Token[], to: number) => boolean {
  const phrases = pseudonyms.map((p) => phraseKey(p).split(' '));
  return (tokens, to) => Array.from({ length: WITHIN }, (_, j) => to + j).some((k) => phrases.some((p) => p.every((w, j) => tokens[k + j]?.text === w)));
}
