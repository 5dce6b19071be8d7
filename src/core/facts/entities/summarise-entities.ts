import type { EntityKind, EntityMention, EntitySummary } from '../../types.js';

export interface EntitySummaries {
  people: EntitySummary[];
  places: EntitySummary[];
  organisations: EntitySummary[];
}

const GROUP: Record<EntityKind, keyof EntitySummaries> = { person: 'people', place: 'places', organisation: 'organisations' };

/**
 * One entry per identity (kind + English name) with its mention count, most mentioned first;
 * ties keep the order of first appearance. Hindi is the canonical form of the first mention.
 */
export function summariseEntities(mentions: readonly EntityMention[]): EntitySummaries {
  const seen = new Map<string, { kind: EntityKind; summary: EntitySummary; first: number }>();
  mentions.forEach((m, i) => {
    const id = `${m.kind}:${m.en}`;
    const entry = seen.get(id);
    if (entry) {
      entry.summary.mentions++;
      if (m.hi.length > entry.summary.hi.length && m.guessed) entry.summary.hi = m.hi;
    } else {
      seen.set(id, { kind: m.kind, summary: { hi: m.hi, en: m.en, mentions: 1 }, first: i });
    }
  });
  const out: EntitySummaries = { people: [], places: [], organisations: [] };
  const sorted = [...seen.values()].sort((a, b) => b.summary.mentions - a.summary.mentions || a.first - b.first);
  for (const e of sorted) out[GROUP[e.kind]].push(e.summary);
  return out;
}
