import type { GazetteerIndex } from './gazetteer-index.js';
import { articleState, stateOf } from './state-bodies.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey } from './tokens.js';

/**
 * Places that bear the name of a place in another state. A short form shared by places of several states
 * (`औरंगाबाद`: a district of Bihar and the Maharashtra city) is the one in the article's state (its
 * dateline's, else the one state all its places lie in): `अरवल, औरंगाबाद, बक्सर …` in a Bihar weather report is
 * Aurangabad, Bihar. With no such state, or none or two candidates there, the short form is left to the
 * article-level resolution. A full form that another state's place has as a short form (`रायगढ़`: Raigarh,
 * Chhattisgarh; Raigad in Maharashtra's Hindi) is that other place when the article's state, read without it,
 * is that place's: `महाराष्ट्र … राज्य के रायगढ़ जिले` is Raigad.
 */
export function resolveStatePlaces(pending: Pending[], index?: GazetteerIndex): void {
  const namesakes = (p: Pending): IndexedPlace[] => (index === undefined || p.kind !== 'place' || p.entity === undefined || p.short !== undefined ? []
    : (index.forms.get(phraseKey(p.text)) ?? []).filter((h) => h.short && h.entity.kind === 'place' && h.entity !== p.entity && h.entity.state !== undefined).map((h) => h.entity));
  const shared = new Map(pending.map((p) => [p, namesakes(p)] as const).filter(([, list]) => list.length > 0));
  const state = articleState(pending.filter((p) => !shared.has(p)));
  if (state === null) return;
  for (const p of pending) {
    const candidates = p.short?.candidates ?? [];
    if (candidates.length < 2 || candidates.some((c) => c.kind !== 'place')) continue;
    const here = candidates.filter((c) => c.state === state);
    if (here.length !== 1) continue;
    delete p.short;
    p.entity = here[0];
  }
  for (const [p, list] of shared) {
    if (stateOf(p) === state) continue;
    const here = list.filter((e) => e.state === state);
    if (here.length === 1) p.entity = here[0];
  }
}

type IndexedPlace = NonNullable<Pending['entity']>;
