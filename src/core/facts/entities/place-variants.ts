import { DATELINE_SENTENCE } from '../../types.js';
import type { GazetteerIndex, IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey } from './tokens.js';

/**
 * A bare name the gazetteer also lists with a place, for one of many (`एम्स` and `एम्स भोपाल`, `भोपाल एम्स`): the
 * bare form names the entity of the place its sentence or the dateline names (`भोपाल में एम्स` is AIIMS Bhopal), else
 * of the one such place the article names; with two such places and neither near, no one (the bare form's own entity
 * would be a guess: AIIMS New Delhi in a report from Bhopal). Changes `pending` in place.
 */
export function createPlaceVariants(index: GazetteerIndex): (pending: Pending[]) => void {
  const variant = (bare: string, place: string): IndexedEntity | undefined => {
    const hits = [...(index.forms.get(`${bare} ${place}`) ?? []), ...(index.forms.get(`${place} ${bare}`) ?? [])];
    return hits.find((h) => !h.short && h.entity.kind === 'organisation')?.entity;
  };
  return (pending) => {
    const places = pending.filter((p) => p.kind === 'place');
    if (places.length === 0) return;
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i] as Pending;
      if (p.kind !== 'organisation' || p.entity === undefined || p.text.includes(' ')) continue;
      const bare = phraseKey(p.text);
      const own = (q: Pending): IndexedEntity | undefined => variant(bare, phraseKey(q.text));
      const distinct = (list: readonly Pending[]): IndexedEntity[] =>
        [...new Map(list.map(own).filter((e): e is IndexedEntity => e !== undefined).map((e) => [e.id, e])).values()];
      const near = distinct(places.filter((q) => q.sentence === p.sentence || q.sentence === DATELINE_SENTENCE));
      const named = distinct(places);
      // (two near, or none near and two in the article: either may be meant)
      const one = near.length > 0 ? (near.length === 1 ? near[0] : undefined) : named.length === 1 ? named[0] : undefined;
      if (one !== undefined) pending[i] = { ...p, entity: one };
      else if (named.length > 0) pending.splice(i, 1);
    }
  };
}
