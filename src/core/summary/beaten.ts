import { foldKey } from '../text/devanagari.js';
import type { EntityMention } from '../types.js';

/** At most this many words between the beaten side's को and the verb (`को रोमांचक मुकाबले में 6 रनों से हराया`). */
const MAX_BETWEEN = 8;
/** A word of the clause between them: no comma, danda, or second agent. */
const WORD = /^[\p{L}\p{M}\p{N}.\-/]+$/u;
/** Words that end the clause of the को before the verb: another object, a doer, a conjunction. */
const ENDS = new Set(['को', 'ने', 'और', 'व', 'तथा', 'एवं', 'जबकि', 'लेकिन', 'परंतु', 'मगर', 'तो'].map((w) => foldKey(w)));
/** A defeat only supposed (`अगर … हराया तो`): no one was beaten. */
const IF = /(?:^|[\s,])(?:अगर|यदि|यदी)(?=\s)/u;
/** A defeat denied right after its verb (`हराया नहीं जा सका`), in folded words. */
const DENIED = new Set(['नहीं', 'न', 'नही'].map((w) => foldKey(w)));

/**
 * Start offsets of the sentence's mentions it says were beaten (`X ने Y को 6 रनों से हराया`): a mention right before
 * को, then, within its clause (no second को, doer, conjunction, punctuation or other name before it), a finite verb
 * that says the defeat happened (config lexicon `beatenVerbs`: हराया, मात दी …; not हराकर, whose clause may be another
 * time's, nor हराने, a defeat wanted), not denied (`हराया नहीं जा सका`) nor supposed (`अगर … हराया तो`). A structured line
 * that listed the side bare beside the margin would read as its win ("Azhar XI · margin: six runs"): it says "beaten: Y".
 */
export function beatenMentions(text: string, mentions: readonly EntityMention[], verbs: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (IF.test(text)) return out;
  const phrases = verbs.map((v) => foldKey(v).split(' '));
  const clean = (w: string | undefined): string => (w ?? '').replace(/[।,.]+$/u, '');
  for (const m of mentions) {
    const after = /^\s*को\s+/u.exec(text.slice(m.span.end));
    if (after === null) continue;
    const from = m.span.end + after[0].length;
    // (another name inside the window ends the clause: `… टीम इंडिया आयरलैंड को हराकर`)
    const next = Math.min(...mentions.filter((o) => o.span.start >= from).map((o) => o.span.start), text.length);
    const words = foldKey(text.slice(from, next)).split(/\s+/u).filter((w) => w !== '').slice(0, MAX_BETWEEN + 2);
    for (let k = 0; k <= MAX_BETWEEN && k < words.length; k++) {
      const found = phrases.find((p) => p.every((w, j) => (j === p.length - 1 ? clean(words[k + j]) : words[k + j]) === w));
      if (found !== undefined) {
        if (!DENIED.has(clean(words[k + found.length]))) out.add(m.span.start);
        break;
      }
      const word = clean(words[k]);
      if (!WORD.test(words[k] ?? '') || ENDS.has(word) || words[k] !== word) break;
    }
  }
  return out;
}
