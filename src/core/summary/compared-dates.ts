import type { LexiconData } from './lexicon-data.js';

/** Words a comparative clause may hold between the base's से and its comparative (`से 6.48 प्रतिशत ज्यादा`). */
const GAP_WORDS = 4;

/**
 * A date that is the base of a comparison, not the time of the sentence's fact: `पिछले साल से 6.48
 * प्रतिशत ज्यादा` (more than last year), `पिछले साल की तुलना में` (compared with last year). A structured
 * line labels it "compared with:", never "when:". `से` alone is also "from/since" (`1 जनवरी से लागू`,
 * `अगले महीने से किराया 10 प्रतिशत अधिक होगा`), so it needs a past date (पिछले, बीते) and a comparative
 * within a few words after it.
 */
export function createComparedDates(data: LexiconData['comparisonBase'], past: readonly string[]): (text: string, dateStart: number, dateEnd: number) => boolean {
  const markers = data.markers.map((m) => m.split(/\s+/u));
  const comparatives = new Set(data.comparatives);
  const than = new Set(data.than);
  const last = new Set(past);
  return (text, dateStart, dateEnd) => {
    const words = text.slice(dateEnd).split(/[\s,।]+/u).filter((w) => w !== '');
    if (markers.some((m) => m.every((w, k) => words[k] === w))) return true;
    // with से, only a past date is a base (अगले महीने से, 1 अप्रैल से … अधिक होगा: from then on)
    const pastDate = text.slice(dateStart, dateEnd).split(/\s+/u).some((w) => last.has(w));
    if (!than.has(words[0] ?? '') || !pastDate) return false;
    return words.slice(1, 1 + GAP_WORDS).some((w) => comparatives.has(w));
  };
}
