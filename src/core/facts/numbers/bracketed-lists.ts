import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { createUnitTable } from './units.js';
import type { Token } from './tokens.js';

/** Words looked at before the list's first figure and after its last one for the counted noun. */
const REACH = 6;
/** Bracketed figures a list needs: one alone after a word is an age, a code or a note. */
const MIN_ITEMS = 2;

/** A bare exact figure alone in brackets right after a word: `जमुई (22)`. */
function bracketed(tokens: readonly Token[], q: Quantity): boolean {
  return q.unit === null && q.qualifier === 'exact' && q.end - q.start === 1 && tokens[q.start]?.kind === 'digits'
    && tokens[q.start - 1]?.text === '(' && tokens[q.end]?.text === ')' && tokens[q.start - 2]?.kind === 'word';
}

/**
 * A list of names with a figure in brackets after each (`जमुई (22), भागलपुर (19) और सारण (15) में नए
 * मामले`): the figures count the counted noun nearest before the list, else the first after it.
 * Outside sport and exams only (a scorecard's brackets hold runs and marks).
 */
export function createBracketedLists(data: NumbersData): (tokens: readonly Token[], quantities: Quantity[], scored: boolean) => void {
  const units = createUnitTable(data);
  // never units of places (the list's names), spans of time or money (इस बार, पिछले सप्ताह), or kinds a list names (दल)
  const excluded = new Set([...data.lists.placeUnits, ...data.roles.roleless, 'time', 'party', 'group', 'team']);
  return (tokens, quantities, scored) => {
    if (scored) return;
    const items = quantities.filter((q) => bracketed(tokens, q));
    if (items.length < MIN_ITEMS) return;
    const inFigure = (k: number): boolean => quantities.some((q) => k >= q.start && k < q.end);
    const unitAt = (k: number): string | null => (inFigure(k) ? null : (units.match(tokens, k)?.value ?? null));
    // the counted noun nearest before the list (नए मामले … जमुई (22)), else the first after it; never a
    // unit of places, which the list's names are (पटना (22), गया (19) जिलों में)
    const first = items[0] as Quantity;
    const lastEnd = (items.at(-1) as Quantity).end;
    let unit: string | null = null;
    for (let k = first.start - 1; k >= Math.max(0, first.start - REACH) && unit === null; k--) unit = unitAt(k);
    for (let k = lastEnd + 1; k < Math.min(tokens.length, lastEnd + 1 + REACH) && unit === null; k++) unit = unitAt(k);
    if (unit === null || excluded.has(unit)) return;
    for (const q of items) q.unit = unit;
  };
}
