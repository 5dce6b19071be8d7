import type { DateFact } from '../types.js';

const W = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';
const AUX = `(?:है|हैं|था|थी|थे|थीं|हो|हों|होता|होती|होते)${E}`;

/** A genitive right after a year: the year names a thing (`1950 की संधि`), not when the sentence's event happened. */
const OF_A_THING = /^\s*(?:की|के|का)\s+[\p{L}\p{M}]/u;
/**
 * A participle of the same clause after the date (`2017 में … हत्या करने वाले हत्यारे को … पकड़ा`):
 * the date is of what the person did, not of the arrest; `… जाने वाला है` ("is about to go") is a verb.
 */
const PARTICIPLE = new RegExp(`^[^,।;:!?]{0,80}?ने\\s+वा(?:ले|ली|ला|लों)${E}(?!\\s+${AUX})`, 'u');
/** A pluperfect and then अब (`1989 में मामला दर्ज किया था जिस पर अब फैसला हुआ`): the date is of the earlier event. */
const THEN_NOW = new RegExp(`^[^।]*?${W}(?:था|थी|थे|थीं)${E}[^।]*?${W}अब${E}`, 'u');

/**
 * Offsets of the sentence's dates that do not time its event, so no English line says "when:" or
 * "in 2017" for them. A year of a thing (`1950 की संधि`), and a year or month that belongs to a
 * participle (`… करने वाले`) or to what had happened before `अब`. A day stays: a day before a
 * participle is most often the day of the main verb (`पुलिस ने सोमवार को चोरी करने वाले … पकड़ा`).
 */
export function modifierDates(text: string, dates: readonly DateFact[]): Set<number> {
  const out = new Set<number>();
  for (const d of dates) {
    const after = text.slice(d.span.end);
    const coarse = d.granularity === 'year' || d.granularity === 'month';
    if ((d.granularity === 'year' && OF_A_THING.test(after)) || (coarse && (PARTICIPLE.test(after) || THEN_NOW.test(after)))) out.add(d.span.start);
  }
  return out;
}
