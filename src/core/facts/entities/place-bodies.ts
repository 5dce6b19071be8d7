import type { Anchor } from './affiliation.js';
import type { IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import type { EntitiesData } from './entities-data.js';
import { phraseKey, type Token } from './tokens.js';

/** An organisation named by a place and a head noun: `बिहार पुलिस`, `नेपाली सेना`, `पंजाब कांग्रेस`. */
export interface PlaceBody {
  /** The place's anchor (its tokens become part of the organisation's name). */
  anchor: Anchor;
  /** First token of the organisation's name: the place's, or the head's when it stands first. */
  from: number;
  /** Token after the organisation's name. */
  to: number;
  en: string;
  country: string;
  type?: string;
}

export type PlaceBodyFinder = (tokens: readonly Token[], anchors: readonly Anchor[]) => PlaceBody[];

/**
 * A place's own body (config/entities.yaml `placeBodies`): a head phrase right after a place or its
 * demonym. A country's body has its own name (`names`, Nepal: Nepali Army); an Indian state, union
 * territory or city of a listed type takes the template (`{place} Police` → Bihar Police). Anything
 * else is not reported, since its name is unknown. The head may already be a generic body of the
 * gazetteer (`संसद` = Parliament of India): after a place it is that place's (`पाकिस्तानी संसद`).
 */
export function createPlaceBodies(data: EntitiesData): PlaceBodyFinder {
  const heads = data.placeBodies.map((b) => ({ ...b, keys: b.hi.map((h) => phraseKey(h).split(' ')), stops: new Set(b.notBefore.map(phraseKey)) }));
  return (tokens, anchors) => {
    const out: PlaceBody[] = [];
    for (const anchor of anchors) {
      const e = anchor.entity;
      if (e.kind !== 'place') continue;
      for (const head of heads) {
        const after = head.keys.find((k) => k.every((w, i) => tokens[anchor.to + i]?.text === w && tokens[anchor.to + i]?.joined));
        const before = after === undefined && head.headFirst
          ? head.keys.find((k) => k.every((w, i) => tokens[anchor.from - k.length + i]?.text === w && tokens[anchor.from - k.length + i + 1]?.joined))
          : undefined;
        const key = after ?? before;
        if (key === undefined || (after !== undefined && head.stops.has(tokens[anchor.to + key.length]?.text ?? ''))) continue;
        const named = head.names[e.en];
        const country = e.type === 'country' ? e.en : e.country;
        const byType = head.template !== undefined && country === 'India' && e.type !== undefined && head.types.includes(e.type);
        const en = named ?? (byType ? placeBodyName(head, e.en) : null);
        if (en === null || country === undefined) continue;
        const [from, to] = after !== undefined ? [anchor.from, anchor.to + key.length] : [anchor.from - key.length, anchor.to];
        out.push({ anchor, from, to, en, country, ...(head.type ? { type: head.type } : {}) });
        break;
      }
    }
    return out;
  };
}

/**
 * A body's name after its place: the config's own name for that place, else the template (`{place} Police`); null
 * for a body only named places have (`namedOnly`).
 */
export function placeBodyName(body: { names: Readonly<Record<string, string>>; template?: string; namedOnly?: boolean }, placeEn: string): string | null {
  return body.names[placeEn] ?? (body.namedOnly === true ? null : (body.template ?? '{place}').replace('{place}', shortPlace(placeEn)));
}

/** A place's name without its Wikipedia disambiguator (`Punjab, India` → Punjab; `Gautam Buddh Nagar district` → Gautam Buddh Nagar). */
function shortPlace(en: string): string {
  return en.replace(/\s*\(.*\)$/u, '').replace(/,.*$/u, '').replace(/ district$/u, '');
}

/**
 * Adds the body of each place found with a head after it (`नेपाल` + `पुलिस`): the organisation
 * spans both, the place keeps its own mention (the text names Nepal too), and the anchor stands
 * for the organisation (`नेपाल पुलिस के प्रवक्ता` is the police's spokesperson).
 */
export function applyPlaceBodies(
  bodies: readonly PlaceBody[],
  out: Pending[],
  anchors: Anchor[],
  claim: (from: number, to: number) => void,
  base: (from: number, to: number, kind: Pending['kind']) => Pending,
): void {
  for (const b of bodies) {
    const place = base(b.anchor.from, b.anchor.to, 'place');
    const p = base(b.from, b.to, 'organisation');
    // a generic body the gazetteer found in the head (संसद) is this place's
    for (let i = out.length - 1; i >= 0; i--) {
      const q = out[i] as Pending;
      const inHead = q.span.end <= place.span.start || q.span.start >= place.span.end;
      if (q.sentence === p.sentence && inHead && q.span.start >= p.span.start && q.span.end <= p.span.end) out.splice(i, 1);
    }
    const at2 = out.findIndex((q) => q.kind === 'place' && q.span.start === place.span.start && q.span.end === place.span.end);
    const entity: IndexedEntity = { id: `organisation:${b.en}`, kind: 'organisation', en: b.en, hi: p.text, keys: [], country: b.country, ...(b.type ? { type: b.type } : {}) };
    claim(b.from, b.to);
    out.splice(at2 + 1, 0, { ...p, entity, country: b.country });
    for (let i = anchors.length - 1; i >= 0; i--) if (anchors[i] !== b.anchor && (anchors[i] as Anchor).from >= b.from && (anchors[i] as Anchor).to <= b.to) anchors.splice(i, 1);
    const k = anchors.indexOf(b.anchor);
    anchors.splice(k < 0 ? anchors.length : k, k < 0 ? 0 : 1, { from: b.from, to: b.to, entity });
  }
}
