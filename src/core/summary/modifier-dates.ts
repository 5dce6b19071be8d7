import type { DateFact } from '../types.js';

const W = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';
const AUX = `(?:है|हैं|था|थी|थे|थीं|हो|हों|होता|होती|होते)${E}`;

/** A genitive right after a year: the year names a thing (`1950 की संधि`), not when the sentence's event happened. */
const OF_A_THING = /^\s*(?:की|के|का)\s+[\p{L}\p{M}]/u;
/** A year that labels a group (`2020 बैच के स्नातक`, `2017, 2018 और 2019 बैच`): a thing's year, not the event's time. */
const A_GROUP = new RegExp(`^(?:\\s*(?:,|और|व|तथा|एवं)\\s*[0-9०-९]{4})*\\s*(?:बैच|बैचों|बैचेस)${E}`, 'u');
/**
 * A participle of the same clause after the date (`2017 में … हत्या करने वाले हत्यारे को … पकड़ा`):
 * the date is of what the person did, not of the arrest; `… जाने वाला है` ("is about to go") is a verb.
 */
const PARTICIPLE = new RegExp(`^[^,।;:!?]{0,80}?ने\\s*वा(?:ले|ली|ला|लों)${E}(?!\\s+${AUX})`, 'u');
/** A pluperfect and then अब (`1989 में मामला दर्ज किया था जिस पर अब फैसला हुआ`): the date is of the earlier event. */
const THEN_NOW = new RegExp(`^[^।]*?${W}(?:था|थी|थे|थीं)${E}[^।]*?${W}अब${E}`, 'u');
/** A perfect participle before its noun and then अब (`2018 में शुरू की गई योजना का लाभ अब तक …`): the date is the noun's. */
const MADE_THEN_NOW = new RegExp(`^[^।]*?${W}(?:गई|गया|गए|गयी|गईं|हुई|हुआ|हुए)${E}(?!\\s+${AUX})\\s+[\\p{L}][^।]*?${W}अब${E}`, 'u');

/**
 * The sentence's dates that do not time its event, by offset: a year of a thing (`1950 की संधि`: "thing", left out
 * of the line), and a year or month that belongs to a participle (`2017 में … करने वाले`, `2018 में शुरू की गई योजना … अब`) or
 * to what had happened before `अब` ("mentioned": the line keeps it, never as "when:" — left out, a 2019 result read as today's,
 * reviewer). A day stays: a day before a participle is most often the day of the main verb (`पुलिस ने सोमवार को
 * चोरी करने वाले … पकड़ा`). No English sentence is made of a line with either.
 */
export function modifierDates(text: string, dates: readonly DateFact[]): Map<number, 'thing' | 'mentioned'> {
  const out = new Map<number, 'thing' | 'mentioned'>();
  for (const d of dates) {
    const after = text.slice(d.span.end);
    const coarse = d.granularity === 'year' || d.granularity === 'month';
    if (d.granularity === 'year' && (OF_A_THING.test(after) || A_GROUP.test(after))) out.set(d.span.start, 'thing');
    else if (coarse && (PARTICIPLE.test(after) || THEN_NOW.test(after) || MADE_THEN_NOW.test(after))) out.set(d.span.start, 'mentioned');
  }
  return out;
}
