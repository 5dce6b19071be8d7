import { fold } from '../../text/devanagari.js';
import { TIME_UNITS } from '../../unit-kinds.js';
import type { NumbersData } from './numbers-data.js';
import type { PhraseTable, Token } from './tokens.js';
import type { UnitMatch } from './units.js';

/** The unit of a vehicle's riders (सवार): a compound of a ridden vehicle only. */
const RIDER = 'rider';
/** के before द्वारा (के द्वारा): the agent's postposition in two words. */
const GENITIVE_KE = fold('के').text;

/**
 * A counted noun right before a person's noun describes it (2,41,530 ग्राम पंचायत सदस्य: members, not villages; across
 * a body's noun, config `compoundBridges`: 5 जिला पंचायत सदस्य — not 100 सेट किताबें छात्रों), and a seat or post of such
 * a member right after is what is counted (43 जिला पंचायत सदस्य सीटों: config `compoundSlots`). Not after a measure or
 * a span of time (87.98 प्रतिशत छात्र: a share of students), nor before द्वारा after a thing (that noun is the doer: 1,500
 * चालान अधिकारियों द्वारा counts challans; 300 ग्राम पंचायत सदस्यों द्वारा still counts members). Null when the noun found at `q` heads its own phrase.
 */
export function createCompoundHead(data: NumbersData, units: PhraseTable<string>): (tokens: readonly Token[], q: number, found: { value: string; length: number }, limit: number, taken: (k: number) => boolean) => UnitMatch | null {
  const heads = new Set(data.compoundHeads);
  const bridges = new Set(data.compoundBridges);
  const slots = new Set(data.compoundSlots);
  const measures = new Set(data.oneUnits);
  const agents = new Set(data.lists.agents);
  const places = new Set(data.lists.placeUnits);
  const ridden = new Set(data.ridden.vehicles);
  const riders = new Set(data.ridden.riders);
  return (tokens, q, found, limit, taken) => {
    if (measures.has(found.value) || TIME_UNITS.has(found.value) || taken(q + found.length)) return null;
    const next = units.match(tokens, q + found.length, limit);
    // (a bridge that heads a phrase itself ends it when no head follows: दो बाइक सवार are riders, दो बाइक सवार युवक youths;
    // the people riders are head a compound only across it)
    const bridged = next !== null && bridges.has(next.value) ? units.match(tokens, q + found.length + next.length, limit) : null;
    const across = bridged !== null && (heads.has(bridged.value) || (next?.value === RIDER && riders.has(bridged.value)));
    const head = across ? bridged : next;
    if (head === null || !(heads.has(head.value) || across) || (next?.value === RIDER && !ridden.has(found.value))) return null;
    const end = q + found.length + (head === next ? 0 : next?.length ?? 0) + head.length;
    // a person's noun before द्वारा (के द्वारा) is who did it: 1,500 चालान अधिकारियों द्वारा counts challans
    // (not members of a body named by a place, `300 ग्राम पंचायत सदस्यों द्वारा`: they are the doers and the count)
    if (!places.has(found.value) && (agents.has(tokens[end]?.text ?? '') || (tokens[end]?.text === GENITIVE_KE && agents.has(tokens[end + 1]?.text ?? '')))) return null;
    const slot = units.match(tokens, end, limit);
    return slot !== null && slots.has(slot.value) ? { unit: slot.value, start: q, end: end + slot.length } : { unit: head.value, start: q, end };
  };
}
