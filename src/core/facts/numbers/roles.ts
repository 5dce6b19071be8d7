import type { NumberRole } from '../../types.js';
import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { PhraseTable, wordSet, type Token } from './tokens.js';

const ROLES: readonly NumberRole[] = ['killed', 'injured', 'missing', 'arrested', 'affected', 'rescued'];
/** At most this many bridge words (की मौके पर ही …) between a quantity and its role phrase. */
const MAX_BRIDGE = 4;
/** At most this many words in a place phrase between counted people and their role (इन भूकंपों में). */
const MAX_PLACE = 3;

/** The role a quantity's phrase states and, for a role said before it, where that phrase starts. */
export interface RoleMatch {
  role: NumberRole;
  /** First token of a role phrase before the number (मरने वालों की संख्या 8635), else undefined. */
  start?: number;
}

/**
 * Finds what happened to the counted people or things: a role phrase inside the quantity's own
 * words or right after them (9 लोगों की मौत, 31 लोग घायल, 300 से ज्यादा लोग अब भी लापता, 23
 * आरोपियों को गिरफ्तार, people across one short place phrase: 79 विदेशी इन भूकंपों में मारे गए), or a
 * role phrase right before the number (मृतकों की संख्या बढ़कर 15, लापता सात लोगों).
 * `from` is the first token after the number itself, `end` the end of the quantity.
 */
export type RoleFinder = (tokens: readonly Token[], numberStart: number, from: number, end: number, unit: string | null) => RoleMatch | null;

const table = (forms: Record<string, string[]>): PhraseTable<NumberRole> =>
  new PhraseTable(ROLES.flatMap((role) => (forms[role] ?? []).map((p) => [p, role] as const)));

export function createRoleFinder(data: NumbersData): RoleFinder {
  const after = table(data.roles.after);
  const before = table(data.roles.before);
  const bridge = wordSet(data.roles.bridge);
  const roleless = new Set(data.roles.roleless);
  const places = wordSet(data.roles.places);
  const joiners = wordSet(data.lists.joiners);
  const lives = wordSet(data.roles.lives.words);
  const livesVerb = table(data.roles.lives.verbs);
  /** Index of the place postposition (में) ending a short phrase of plain words at `q`, or -1. */
  const placeEnd = (tokens: readonly Token[], q: number): number => {
    for (let k = q; k < Math.min(tokens.length, q + MAX_PLACE + 1); k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || joiners.has(t.text)) return -1;
      if (k > q && places.has(t.text)) return k;
    }
    return -1;
  };
  return (tokens, numberStart, from, end, unit) => {
    if (unit !== null && roleless.has(unit)) return null;
    let bridged = 0;
    let placed = unit !== 'person';
    for (let q = from; q < tokens.length; q++) {
      const found = after.match(tokens, q);
      if (found !== null) return { role: found.value };
      const token = tokens[q] as Token;
      // ने ली 11 की जान: the verb before the count says what happened to the lives after it
      const verb = lives.has(token.text) && q >= end ? livesVerb.matchEnding(tokens, numberStart) : null;
      if (verb !== null) return { role: verb.value, start: numberStart - verb.length };
      if (q < end) continue;
      if (token.kind === 'word' && bridge.has(token.text) && ++bridged <= MAX_BRIDGE) continue;
      // people may be placed before what happened to them: 79 विदेशी इन भूकंपों में मारे गए
      const place = placed ? -1 : placeEnd(tokens, q);
      if (place < 0) break;
      placed = true;
      q = place;
    }
    // मृतकों की संख्या (बढ़कर) 8635: up to two bridge words between the phrase and the number
    for (let gap = 0, k = numberStart; gap <= 2 && k > 0; gap++, k--) {
      const found = before.matchEnding(tokens, k);
      if (found !== null) return { role: found.value, start: k - found.length };
      const token = tokens[k - 1] as Token;
      if (token.kind !== 'word' || !bridge.has(token.text)) break;
    }
    return null;
  };
}

/**
 * Shares a role back along a sentence: `89 विदेशियों समेत 300 से अधिक लोग लापता` (a part takes
 * the role of the whole) and `240 नेपाली नागरिक और 89 विदेशी लापता` (coordinated counts of the
 * same unit). A quantity that states its own role keeps it.
 */
export function createRoleSharing(data: NumbersData) {
  const inclusive = wordSet(data.roles.inclusive);
  const joiners = wordSet(data.lists.joiners);
  const roleless = new Set(data.roles.roleless);
  return (tokens: readonly Token[], quantities: Quantity[]): void => {
    for (let k = quantities.length - 2; k >= 0; k--) {
      const [a, b] = [quantities[k] as Quantity, quantities[k + 1] as Quantity];
      if (a.role !== undefined || b.role === undefined || b.start !== a.end + 1 || a.unit === null || roleless.has(a.unit)) continue;
      const link = tokens[a.end]?.text ?? '';
      if (inclusive.has(link) || (joiners.has(link) && a.unit === b.unit)) a.role = b.role;
    }
  };
}
