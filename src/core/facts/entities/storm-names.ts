import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenBounds, type TokenisedSentence } from './tokens.js';

const INDIA = 'India';

/** Config for storms named after their kind (entities.yaml `stormNames`). */
export interface StormNameData {
  /** Words of a storm's kind before its name: चक्रवात, चक्रवाती तूफान, साइक्लोन. */
  heads: readonly string[];
  /** Postpositions after a place the storm reaches (`तूफान ओडिशा के तट से टकराया`): that place stays. */
  placeAfter: readonly string[];
}

/**
 * A storm's name right after its kind is no place (`साइक्लोन गाजा अब कमजोर पड़ रहा है`: cyclone Gaja, not Gaza): a
 * one-word place mention outside India right after a head, with no postposition of place after it, is dropped from
 * `out` and its token claimed. `चक्रवात ओडिशा तट से टकराया` keeps Odisha.
 */
export function createStormNames(data: StormNameData): (ts: TokenisedSentence, out: Pending[], claim: (from: number, to: number) => void) => void {
  const heads = data.heads.map((h) => phraseKey(h).split(' '));
  const placeAfter = new Set(data.placeAfter.map(phraseKey));
  return (ts, out, claim) => {
    const { tokens } = ts;
    const after = new Set<number>();
    tokens.forEach((_, i) => {
      const head = heads.find((h) => h.every((w, k) => tokens[i + k]?.text === w && (k === 0 || tokens[i + k]?.joined)));
      if (head !== undefined && tokens[i + head.length]?.joined) after.add(i + head.length);
    });
    if (after.size === 0) return;
    const { byStart, byEnd } = tokenBounds(ts);
    for (const p of [...out]) {
      const [from, to] = [byStart.get(p.span.start), byEnd.get(p.span.end)];
      // (an Indian place is where the storm strikes, `चक्रवात ओडिशा तट से टकराया`, `चक्रवात गुजरात, महाराष्ट्र …`: storms
      // are named from the lists of the region's countries, never after an Indian place, reviewer)
      const indian = p.entity?.country === INDIA || p.entity?.en === INDIA;
      if (p.kind !== 'place' || indian || from === undefined || to !== from + 1 || !after.has(from) || placeAfter.has(tokens[to]?.text ?? '')) continue;
      out.splice(out.indexOf(p), 1);
      claim(from, to);
    }
  };
}
