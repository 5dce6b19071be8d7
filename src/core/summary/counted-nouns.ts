import type { NumberFact } from '../types.js';
import { MEASURE_UNITS, MONEY_UNITS, SCALE_UNITS, TIME_UNITS } from '../unit-kinds.js';
import { foldKey } from '../text/devanagari.js';
import { ageText, isScoreFact } from './english-morph.js';
import type { Item } from './tokens.js';

/**
 * The English noun read right after each figure with no unit, by the figure's offset: what it counts
 * (`करीब 81 प्रस्ताव`, `सैंकड़ों सड़कें`); an adjective may stand between (`करीब 81 नए प्रस्ताव` → "new
 * resolutions"); never a noun with a genitive after it (the head of another phrase).
 */
export function countedNouns(items: readonly Item[]): Map<number, string> {
  return new Map(items.flatMap((it, k) => {
    const adj = items[k + 1]?.kind === 'adj' && items[k + 1]?.en ? items[k + 1] : undefined;
    const at = adj ? k + 2 : k + 1;
    const noun = items[at];
    const ok = it.kind === 'number' && !it.number?.unit && noun?.kind === 'noun' && !noun.converted && noun.en && items[at + 1]?.kind !== 'gen';
    return ok ? [[it.start, adj ? `${adj.en} ${noun.en}` : noun.en] as const] : [];
  }));
}

/**
 * A figure says what it counts: one with no unit, role or score takes the noun read right after it
 * (`करीब 81 प्रस्ताव` → "about 81 resolutions"); with none it is left out, since a bare "about 81" or "20–23"
 * (`अंडर- 20 व 23 के`, two age groups) tells a reader nothing true.
 */
export function countedFigures(numbers: readonly NumberFact[], counted: ReadonlyMap<number, string> = new Map()): NumberFact[] {
  return numbers.flatMap((n) => {
    if (n.unit || n.role || isScoreFact(n)) return [n];
    const noun = counted.get(n.span.start);
    return noun ? [{ ...n, unit: noun }] : [];
  });
}

/**
 * The person an age adjective is of, by the figure's offset, when a noun of a person follows it (`अरविन्द कुमार के
 * 94 वर्षीया माता फूलपरी देवी` → "mother"; `88 साल की मां`): listed bare after a name, "Arvind Kumar · 94-year-old" gives the
 * mother's age to the son; "94-year-old mother" keeps it hers.
 */
export function agedNouns(items: readonly Item[], personNouns: ReadonlySet<string>, kin: ReadonlyMap<string, string>): Map<number, string> {
  // (a kin noun on its own only: `81 वर्षीय माता प्रसाद पांडेय` is a man named Mata Prasad, no mother)
  const person = (it: Item | undefined): string | undefined => it === undefined ? undefined
    : kin.get(foldKey(it.text.trim())) ?? (it.kind === 'noun' && it.en && personNouns.has(it.en.toLowerCase()) ? it.en : undefined);
  return new Map(items.flatMap((it, k) => {
    if (it.kind !== 'number' || it.number?.unit !== 'year') return [];
    // an age said as an adjective, `94 वर्षीया माता` (english-morph reads it: "94-year-old"), or years and a genitive
    // before a kin noun (`88 साल की मां`)
    const noun = ageText(it.number, true) !== null ? person(items[k + 1]) : items[k + 1]?.kind === 'gen' && kin.has(foldKey(items[k + 2]?.text.trim() ?? '')) ? person(items[k + 2]) : undefined;
    return noun === undefined ? [] : [[it.start, noun] as const];
  }));
}

/**
 * Figures counting the owner of the noun after their genitive (`दो ई-रिक्शा की बैटरियां`, `चार ट्रकों के टायर`): the
 * sentence is about the head, so "two vehicles" listed alone is a wrong fact. By the figure's offset: the head's
 * English ("batteries of two vehicles") or null when the head is not read (the figure is left out). Figures of money,
 * time, measures, people (`keep`) and figures with a role stay as they are.
 */
export function possessedFigures(items: readonly Item[], keep: (unit: string) => boolean): Map<number, string | null> {
  return new Map(items.flatMap((it, k) => {
    const unit = it.number?.unit;
    const head = items[k + 2];
    if (it.kind !== 'number' || !unit || keep(unit) || it.number?.role || items[k + 1]?.kind !== 'gen' || (head?.kind !== 'noun' && head?.kind !== 'word')) return [];
    return [[it.start, head.kind === 'noun' && head.en && !head.converted ? head.en : null] as const];
  }));
}

/** Units whose figures a genitive after them leaves as they are: money, time, measures, people, and `units` (margins' `3 गोल की
 * बढ़त`, places' and bodies' `40 गांवों का संपर्क`). */
export function figureKeeper(units: readonly string[], personNouns: ReadonlySet<string>): (unit: string) => boolean {
  const kept = new Set([...TIME_UNITS, ...MEASURE_UNITS, ...MONEY_UNITS, ...SCALE_UNITS, ...units]);
  return (unit) => kept.has(unit) || personNouns.has(unit.toLowerCase());
}
