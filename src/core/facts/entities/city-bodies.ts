import { DATELINE_SENTENCE, type Sentence } from '../../types.js';
import type { EntitiesData } from './entities-data.js';
import type { IndexedEntity } from './gazetteer-index.js';
import { placeBodyName } from './place-bodies.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenise, tokenSpan } from './tokens.js';

/** Place types a town's own body is named after (config `placeBodies` types of the city bodies). */
const LOCAL = new Set(['capital', 'city', 'town', 'district']);

/**
 * A town's body named bare (`नगर निगम की बैठक`, config/entities.yaml `cityBodies`): the body of the article's
 * dateline place, named as config `placeBodies` names it after the place (मुजफ्फरपुर → Muzaffarpur Municipal
 * Corporation) — only when the dateline is a town of a type the body has, the sentence names no other Indian
 * town or district, and the article names no such body after a place itself (`रायपुर नगर निगम`).
 */
export function createCityBodies(data: EntitiesData): (sentences: readonly Sentence[], pending: readonly Pending[]) => Pending[] {
  const heads = data.cityBodies.flatMap((hi) => {
    const body = data.placeBodies.find((b) => b.hi.some((h) => phraseKey(h) === phraseKey(hi)));
    return body?.template === undefined ? [] : [{ raw: hi, words: phraseKey(hi).split(' '), body, stops: new Set(body.notBefore.map(phraseKey)) }];
  });
  const determiners = new Set(data.determiners.map(phraseKey));
  const town = (p: Pending): boolean => p.kind === 'place' && p.entity?.country === 'India' && LOCAL.has(p.entity.type ?? '');
  return (sentences, pending) => {
    const dateline = pending.find((p) => p.sentence === DATELINE_SENTENCE && town(p))?.entity;
    if (heads.length === 0 || dateline === undefined) return [];
    // a body the article names after a place (रायपुर नगर निगम) may be the one the bare word means
    if (pending.some((p) => p.kind === 'organisation' && p.sentence !== DATELINE_SENTENCE && heads.some((h) => h.body.hi.some((f) => p.text !== f && p.text.endsWith(f))))) return [];
    const out: Pending[] = [];
    for (const sentence of sentences) {
      if (sentence.index < 0 || !heads.some((h) => sentence.text.includes(h.raw))) continue;
      // another town in the sentence may be the body's
      if (pending.some((p) => p.sentence === sentence.index && town(p) && p.entity?.en !== dateline.en)) continue;
      const ts = tokenise(sentence.text);
      const taken = pending.filter((p) => p.sentence === sentence.index && (p.kind === 'organisation' || p.kind === 'place')).map((p) => p.span);
      for (let i = 0; i < ts.tokens.length; i++) {
        const head = heads.find((h) => h.words.every((w, k) => ts.tokens[i + k]?.text === w && (k === 0 || ts.tokens[i + k]?.joined)));
        if (head === undefined || !head.body.types.includes(dateline.type ?? '') || head.stops.has(ts.tokens[i + head.words.length]?.text ?? '')) continue;
        if (i > 0 && ts.tokens[i]?.joined && (determiners.has(ts.tokens[i - 1]?.text ?? '') || /^\p{N}/u.test(ts.tokens[i - 1]?.text ?? ''))) continue;
        const span = tokenSpan(ts, i, i + head.words.length);
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        const en = placeBodyName(head.body, dateline.en);
        if (en === null) continue;
        const entity: IndexedEntity = { id: `organisation:${en}`, kind: 'organisation', en, hi: sentence.text.slice(span.start, span.end), keys: [], country: 'India', ...(head.body.type ? { type: head.body.type } : {}) };
        out.push({ sentence: sentence.index, span, text: entity.hi, kind: 'organisation', entity, country: 'India' });
        i += head.words.length - 1;
      }
    }
    return out;
  };
}
