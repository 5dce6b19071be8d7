import { DATELINE_SENTENCE, type Sentence } from '../../types.js';
import type { EntitiesData } from './entities-data.js';
import type { IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenise, tokenSpan } from './tokens.js';

/** Place types that lie in a state (gazetteer `state`). */
const IN_STATE = new Set(['capital', 'city', 'town', 'district']);

/**
 * A state's body named bare (`हाईकोर्ट ने …`, config/entities.yaml `stateBodies`): the body of the article's
 * state, named as config `placeBodies` names it after the state (Uttar Pradesh → Allahabad High Court). The
 * article's state is the dateline place's, else the one state that every Indian place of the article with a
 * known state lies in (a state named itself counts). An article of two states, or of none, names no body.
 */
export function createStateBodies(data: EntitiesData): (sentences: readonly Sentence[], pending: readonly Pending[]) => Pending[] {
  const heads = data.stateBodies.flatMap((hi) => {
    const body = data.placeBodies.find((b) => b.hi.some((h) => phraseKey(h) === phraseKey(hi)));
    return body === undefined || body.template === undefined ? [] : [{ words: phraseKey(hi).split(' '), raw: hi, body, stops: new Set(body.notBefore.map(phraseKey)) }];
  });
  const nameOf = (body: (typeof heads)[number]['body'], state: string): string =>
    body.names[state] ?? (body.template as string).replace('{place}', state.replace(/\s*\(.*\)$/u, '').replace(/,.*$/u, ''));

  return (sentences, pending) => {
    const state = articleState(pending);
    if (state === null || heads.length === 0) return [];
    const out: Pending[] = [];
    for (const sentence of sentences) {
      if (!heads.some((h) => sentence.text.includes(h.raw.split(' ')[0] ?? h.raw))) continue;
      const ts = tokenise(sentence.text);
      const taken = pending.filter((p) => p.sentence === sentence.index && p.kind === 'organisation').map((p) => p.span);
      for (let i = 0; i < ts.tokens.length; i++) {
        const head = heads.find((h) => h.words.every((w, k) => ts.tokens[i + k]?.text === w && (k === 0 || ts.tokens[i + k]?.joined)));
        if (head === undefined || head.stops.has(ts.tokens[i + head.words.length]?.text ?? '')) continue;
        const span = tokenSpan(ts, i, i + head.words.length);
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        const en = nameOf(head.body, state);
        const entity: IndexedEntity = { id: `organisation:${en}`, kind: 'organisation', en, hi: sentence.text.slice(span.start, span.end), keys: [], country: 'India', ...(head.body.type ? { type: head.body.type } : {}) };
        out.push({ sentence: sentence.index, span, text: entity.hi, kind: 'organisation', entity, country: 'India' });
        i += head.words.length - 1;
      }
    }
    return out;
  };
}

/** The article's one Indian state: the dateline place's, else the only one its places lie in. */
export function articleState(pending: readonly Pending[]): string | null {
  const stateOf = (p: Pending): string | undefined => {
    const e = p.entity;
    if (p.kind !== 'place' || e === undefined || e.country !== 'India') return undefined;
    return e.type === 'state' || e.type === 'union territory' ? e.en : IN_STATE.has(e.type ?? '') ? e.state : undefined;
  };
  const dateline = pending.filter((p) => p.sentence === DATELINE_SENTENCE).map(stateOf).find((s) => s !== undefined);
  if (dateline !== undefined) return dateline;
  const states = new Set(pending.map(stateOf).filter((s): s is string => s !== undefined));
  return states.size === 1 ? ([...states][0] as string) : null;
}
