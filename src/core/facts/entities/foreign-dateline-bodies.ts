import { countryOf } from './affiliation.js';
import { DATELINE_SENTENCE } from '../../types.js';
import type { EntitiesData } from './entities-data.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey } from './tokens.js';

/**
 * A country's body the gazetteer knows by a bare word as India's (`संसद` = Parliament of India, `सुप्रीम कोर्ट`),
 * named bare in a report datelined abroad (`इस्लामाबाद, 3 जून (भाषा) … बुधवार को संसद में`), is the dateline
 * country's: named as config `placeBodies` names it for that country (Nepal → Federal Parliament of Nepal), or not
 * named at all when the config has no name for it there. Names written with the country (`भारतीय संसद`) stay.
 * Changes `pending` in place.
 */
export function createForeignDatelineBodies(data: EntitiesData): (pending: Pending[]) => void {
  const bodies = new Map(data.placeBodies.flatMap((b) => b.hi.map((h) => [phraseKey(h), b] as const)));
  return (pending) => {
    const country = countryOf(pending.find((p) => p.sentence === DATELINE_SENTENCE && p.kind === 'place')?.entity ?? null);
    if (country === undefined || country === 'India') return;
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i] as Pending;
      const body = bodies.get(phraseKey(p.text));
      if (p.kind !== 'organisation' || p.entity?.country !== 'India' || body === undefined) continue;
      const en = body.names[country];
      if (en === undefined) pending.splice(i, 1);
      else pending[i] = { ...p, country, entity: { id: `organisation:${en}`, kind: 'organisation', en, hi: p.text, keys: [], country, ...(body.type ? { type: body.type } : {}) } };
    }
  };
}
