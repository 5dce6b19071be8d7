import { alternation } from '../text/boundaries.js';
import { foldKey } from '../text/devanagari.js';
import type { EntityMention } from '../types.js';
import type { LexiconIndex } from './lexicon-index.js';

/** At most this many words between the beaten side's को and the verb (`को कड़े मुकाबले में 9 रनों से हराया`). */
const MAX_BETWEEN = 8;
/** A word of the clause between them: no comma, danda or other sign glued to it. */
const WORD = /^[\p{L}\p{M}\p{N}.\-/]+$/u;
const SIGNS = /[।,.]+$/u;
/** Characters after the को read for the verb: more than the window's words ever take, no fold of the whole sentence per name. */
const WINDOW_CHARS = 200;

/** Finds the mentions a sentence says were beaten; built once from the lexicon (config `beaten`). */
export type BeatenFinder = (text: string, mentions: readonly EntityMention[]) => Set<number>;

/**
 * Start offsets of the sentence's mentions it says were beaten (`X ने Y को 9 रनों से हराया`): a mention right before
 * को, then, within its clause (no second को, doer, conjunction — config `beaten.ends`, `clauseConjunctions` — punctuation
 * or other name before it), a finite verb that says the defeat happened (config `beaten.verbs`: हराया, मात दी …; not
 * हराकर, whose clause may be another time's, nor हराने, a defeat wanted), not denied right after it (`negation`:
 * `हराया नहीं जा सका`) nor supposed (`beaten.conditionals`: `अगर … हराया तो`). A structured line that listed the side
 * bare beside the margin would read as its win ("Sitara XI · margin: nine runs"): it says "beaten: Y".
 */
export function createBeatenFinder(index: LexiconIndex): BeatenFinder {
  const { verbs, ends, conditionals, between } = index.data.beaten;
  // the mention, what may stand between it and its को (`इंग्लैंड की टीम को`), को: read where the mention ends
  const sides = alternation(between);
  const marked = new RegExp(`\\s*(?:(?:${sides || '(?!)'})\\s+)?को\\s+`, 'uy');
  const phrases = verbs.map((v) => foldKey(v).split(' '));
  const longest = Math.max(1, ...phrases.map((p) => p.length));
  const stops = new Set([...ends.map(foldKey), ...index.clauseConjunctions]);
  const supposed = new Set(conditionals.map(foldKey));
  return (text, mentions) => {
    const out = new Set<number>();
    if (foldKey(text).split(/\s+/u).some((w) => supposed.has(w.replace(SIGNS, '')))) return out;
    for (const m of mentions) {
      marked.lastIndex = m.span.end;
      const after = marked.exec(text);
      if (after === null) continue;
      const from = m.span.end + after[0].length;
      // (another name inside the window ends the clause: `… टीम रामपुर को हराया`)
      const next = Math.min(...mentions.filter((o) => o.span.start >= from).map((o) => o.span.start), text.length);
      // (the verb may start at the window's last word and be followed by its denial)
      const words = foldKey(text.slice(from, Math.min(next, from + WINDOW_CHARS))).split(/\s+/u).filter((w) => w !== '').slice(0, MAX_BETWEEN + longest + 1);
      for (let k = 0; k <= MAX_BETWEEN && k < words.length; k++) {
        const found = phrases.find((p) => p.every((w, j) => (j === p.length - 1 ? (words[k + j] ?? '').replace(SIGNS, '') : words[k + j]) === w));
        if (found !== undefined) {
          if (!index.negation.has((words[k + found.length] ?? '').replace(SIGNS, ''))) out.add(m.span.start);
          break;
        }
        const word = (words[k] ?? '').replace(SIGNS, '');
        if (!WORD.test(words[k] ?? '') || stops.has(word) || words[k] !== word) break;
      }
    }
    return out;
  };
}
