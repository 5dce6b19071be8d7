import type { EntityKind } from '../../types.js';
import type { DatedRole, Gazetteer } from './gazetteer-data.js';
import { phraseKey } from './tokens.js';

/** A named entity as the extractor knows it; `id` = kind + English name. */
export interface IndexedEntity {
  id: string;
  kind: EntityKind;
  en: string;
  hi: string;
  /** All folded keys of full (not short) forms, to recognise the entity's parts later. */
  keys: string[];
  role?: string;
  /** Offices with dates (gazetteer people): see `roleAt`. */
  roles?: readonly DatedRole[];
  country?: string;
  type?: string;
  /** The sport of a team named by generic words (भारतीय टीम): kept only in an article of that sport. */
  sport?: string;
  /** An Indian place's state (gazetteer `state`). */
  state?: string;
}

/** Names of one entity from one source (gazetteer, Intl, CLDR, config/entities.yaml). */
export interface EntitySource {
  kind: EntityKind;
  en: string;
  hi: readonly string[];
  latin?: readonly string[];
  short?: readonly string[];
  adjectives?: readonly string[];
  role?: string;
  roles?: readonly DatedRole[];
  country?: string;
  type?: string;
  sport?: string;
  state?: string;
  /** Curated (gazetteer) forms are trusted; generated ones skip the ambiguous-forms list. */
  curated?: boolean;
}

export interface FormHit {
  entity: IndexedEntity;
  short: boolean;
  adjective: boolean;
  /** For an acronym (TASS, UN): the exact capitals the text must show. */
  caps?: string;
  /** A Latin name must start with a capital letter in the text. */
  capitalised?: boolean;
}

export interface GazetteerIndex {
  entities: Map<string, IndexedEntity>;
  forms: Map<string, FormHit[]>;
  maxTokens: number;
  /** One-word place names that are `neverNames` words (गया): matched only inside a list of places; null when two places share one. */
  listOnly: Map<string, IndexedEntity | null>;
}

/** ऑ and ॉ, typed as आ and ा too; the shortest such form indexed (बॉन typed बान is a word). */
const OPEN_O = /[ऑॉ]/u;
const MIN_PLAIN = 5;
/** A Devanagari name of exactly two words (सवाई माधोपुर). */
const TWO_WORDS = /^[\u0900-\u097F]{2,}\s+[\u0900-\u097F]{2,}$/u;

/**
 * Indexes every form of every source; earlier sources win a form two entities share. `ambiguous`
 * forms are dropped from generated (Intl/CLDR/config) sources, `neverNames` words from all sources.
 */
export function createGazetteerIndex(sources: readonly EntitySource[], ambiguous: readonly string[], neverNames: readonly string[] = []): GazetteerIndex {
  const entities = new Map<string, IndexedEntity>();
  const forms = new Map<string, FormHit[]>();
  const blocked = new Set(ambiguous.map(phraseKey));
  const never = new Set(neverNames.map(phraseKey));
  const listOnly = new Map<string, IndexedEntity | null>();
  let maxTokens = 1;
  const add = (form: string, hit: FormHit, curated: boolean): void => {
    const key = phraseKey(form);
    if (never.has(key) && curated && hit.entity.kind === 'place' && !key.includes(' ')) {
      listOnly.set(key, listOnly.has(key) && listOnly.get(key) !== hit.entity ? null : hit.entity);
    }
    if (key.length === 0 || never.has(key) || (!curated && blocked.has(key))) return;
    const list = forms.get(key) ?? [];
    const full = list.find((h) => !h.short && !h.adjective);
    if (!hit.short && full && full.entity !== hit.entity) return; // an earlier source owns this form
    if (list.some((h) => h.entity === hit.entity && h.short === hit.short && h.adjective === hit.adjective)) return;
    if (!hit.short && !hit.adjective) hit.entity.keys.push(key);
    list.push(hit);
    if (!hit.short) list.sort((a, b) => Number(a.short) - Number(b.short));
    forms.set(key, list);
    maxTokens = Math.max(maxTokens, key.split(' ').length);
  };
  for (const source of sources) {
    const id = `${source.kind}:${source.en}`;
    let entity = entities.get(id);
    if (!entity) {
      entity = { id, kind: source.kind, en: displayName(source.kind, source.en), hi: source.hi[0] ?? source.short?.[0] ?? source.en, keys: [] };
      entities.set(id, entity);
    }
    // The canonical Hindi name is Devanagari: a source that only brought adjectives or Latin forms
    // (demonyms for India) must not leave its English name as the Hindi one.
    const canonical = source.hi[0] ?? source.short?.[0];
    if (!/[\u0900-\u097F]/.test(entity.hi) && canonical !== undefined) entity.hi = canonical;
    entity.role ??= source.role;
    if (entity.roles === undefined && source.roles !== undefined && source.roles.length > 0) entity.roles = source.roles;
    entity.country ??= source.country;
    entity.type ??= source.type;
    entity.sport ??= source.sport;
    entity.state ??= source.state;
    const curated = source.curated === true;
    for (const hi of source.hi) add(hi, { entity, short: false, adjective: false }, curated);
    // a listed place of two words is also written as one (सवाईमाधोपुर, नईदिल्ली): the joined form is the place too
    if (curated && source.kind === 'place') for (const hi of source.hi) if (TWO_WORDS.test(hi)) add(hi.replace(/\s+/gu, ''), { entity, short: false, adjective: false }, curated);
    // a place's or body's ऑ/ॉ is often typed आ/ा (आस्ट्रिया, कालेज): that form is it too, when long enough to be no word
    if (source.kind !== 'person') {
      for (const plain of source.hi.filter((hi) => OPEN_O.test(hi)).map((hi) => hi.replace(/ऑ/gu, 'आ').replace(/ॉ/gu, 'ा'))) {
        if (plain.length >= MIN_PLAIN) add(plain, { entity, short: false, adjective: false }, curated);
      }
    }
    for (const latin of source.latin ?? []) add(latin, latinHit(entity, latin), curated);
    for (const short of source.short ?? []) add(short, { ...latinHit(entity, short), short: true }, true);
    for (const adj of source.adjectives ?? []) add(adj, { entity, short: false, adjective: true }, true);
  }
  return { entities, forms, maxTokens, listOnly };
}

function latinHit(entity: IndexedEntity, form: string): FormHit {
  const compact = form.replace(/[.\s]/g, '');
  if (/^[A-Z0-9&-]+$/.test(compact) && /[A-Z]/.test(compact)) return { entity, short: false, adjective: false, caps: compact };
  return { entity, short: false, adjective: false, capitalised: /[A-Za-z]/.test(form) };
}

/** Gazetteer entries as sources (people, places, organisations). */
export function gazetteerSources(gazetteer: Gazetteer): EntitySource[] {
  const out: EntitySource[] = [];
  const push = (kind: EntityKind, list: Gazetteer['people']): void => {
    for (const e of list) out.push({ kind, en: e.en, hi: e.hi, latin: e.latin, short: e.short, role: e.role, roles: e.roles, country: e.country, type: e.type, sport: e.sport, state: e.state, curated: true });
  };
  push('person', gazetteer.people);
  push('place', gazetteer.places);
  push('organisation', gazetteer.organisations);
  return out;
}

/**
 * A person's name without the Wikipedia disambiguator ("Alexander Kozlov (politician)" → "Alexander
 * Kozlov"): the title identifies, the name is what readers see. Organisations keep theirs
 * ("Ministry of Foreign Affairs (South Korea)") because there it is part of the name.
 */
export function displayName(kind: EntityKind, en: string): string {
  return kind === 'person' ? en.replace(/\s*\([^)]*\)$/, '') : en;
}
