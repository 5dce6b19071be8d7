import { foldKey } from '../text/devanagari.js';
import type { EntityMention } from '../types.js';

/** At most this many words between the beaten side's को and the verb (`को रोमांचक मुकाबले में 6 रनों से हराया`). */
const MAX_BETWEEN = 8;
/** A word of the clause between them: no comma, danda, or second agent. */
const WORD = /^[\p{L}\p{M}\p{N}.\-/]+$/u;

/**
 * Start offsets of the sentence's mentions it says were beaten (`X ने Y को 6 रनों से हराया`, `Y को 3-1 से हराकर`): a
 * mention right before को, then, within the clause, a verb that says the defeat happened (config lexicon `beatenVerbs`:
 * हराया, हराकर, मात दी …; not हराने/हराना, a defeat wanted). A structured line that listed the side bare beside the
 * margin would read as its win ("Azhar XI · margin: six runs"): it says "beaten: Y".
 */
export function beatenMentions(text: string, mentions: readonly EntityMention[], verbs: readonly string[]): Set<number> {
  const phrases = verbs.map((v) => foldKey(v).split(' '));
  const out = new Set<number>();
  for (const m of mentions) {
    const after = /^\s*को\s+/u.exec(text.slice(m.span.end));
    if (after === null) continue;
    const words = foldKey(text.slice(m.span.end + after[0].length)).split(/\s+/u).slice(0, MAX_BETWEEN + 2);
    for (let k = 0; k <= MAX_BETWEEN && k < words.length; k++) {
      const word = (words[k] ?? '').replace(/[।,.]+$/u, '');
      if (phrases.some((p) => p.every((w, j) => (j === p.length - 1 ? words[k + j]?.replace(/[।,.]+$/u, '') : words[k + j]) === w))) {
        out.add(m.span.start);
        break;
      }
      if (!WORD.test(words[k] ?? '') || word === 'ने' || words[k] !== word) break;
    }
  }
  return out;
}
