import { escapeRegExp } from '../../text/boundaries.js';
import { DATELINE_SENTENCE, type Sentence } from '../../types.js';
import type { EntitiesData } from './entities-data.js';
import type { IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenise, tokenSpan } from './tokens.js';

/**
 * The word before a court word names a court when it is a place the article names (`इलाहाबाद हाईकोर्ट`,
 * `जबलपुर हाईकोर्ट`), not a function word or a common one (`के बाद हाईकोर्ट`, `इसकेबाद हाईकोर्ट`).
 */
function namesCourt(sentence: Sentence, m: RegExpMatchArray, pending: readonly Pending[]): boolean {
  const at = m.index ?? 0;
  const end = at + (m[1] ?? '').length;
  return pending.some((p) => p.sentence === sentence.index && p.kind === 'place' && p.span.end === end);
}

/** Place types that lie in a state (gazetteer `state`). */
const IN_STATE = new Set(['capital', 'city', 'town', 'district']);

/**
 * A state's body named bare (`हाईकोर्ट ने …`, config/entities.yaml `stateBodies`): the body of the article's
 * state — its dateline's, else the one state all its Indian places lie in — named as config `placeBodies`
 * names it after the state (Uttar Pradesh → Allahabad High Court). With places in two states, or when the
 * article names a High Court itself (`इलाहाबाद हाईकोर्ट`), no body is guessed.
 */
export function createStateBodies(data: EntitiesData): (sentences: readonly Sentence[], pending: readonly Pending[]) => Pending[] {
  const heads = data.stateBodies.flatMap((hi) => {
    const body = data.placeBodies.find((b) => b.hi.some((h) => phraseKey(h) === phraseKey(hi)));
    if (body === undefined || body.template === undefined) return [];
    // the word before a court word, when it may name the court (`इलाहाबाद हाईकोर्ट`)
    const named = new RegExp(`([\\p{L}\\p{M}]+)\\s+${escapeRegExp(hi)}`, 'gu');
    return [{ words: phraseKey(hi).split(' '), raw: hi, body, stops: new Set(body.notBefore.map(phraseKey)), named }];
  });
  const nameOf = (body: (typeof heads)[number]['body'], state: string): string =>
    body.names[state] ?? (body.template as string).replace('{place}', state.replace(/\s*\(.*\)$/u, '').replace(/,.*$/u, ''));

  return (sentences, pending) => {
    // an article that names such a body itself (इलाहाबाद हाईकोर्ट) may mean that one by the bare word: no guess
    const bare = (p: Pending, h: (typeof heads)[number]): boolean => phraseKey(p.text) === phraseKey(h.raw);
    const namedBodies = new Set(heads.filter((h) => pending.some((p) => p.kind === 'organisation' && p.text.includes(h.raw) && !bare(p, h))
      || sentences.some((s) => [...s.text.matchAll(h.named)].some((m) => namesCourt(s, m, pending)))).map((h) => h.body));
    const state = articleState(pending);
    if (state === null || heads.length === 0) return [];
    // a bare head the gazetteer knows only generically (राज्य निर्वाचन आयोग) is the article's state's body
    for (const p of pending) {
      const head = p.kind === 'organisation' && p.entity !== undefined ? heads.find((h) => bare(p, h) && !namedBodies.has(h.body)) : undefined;
      if (head === undefined || p.entity === undefined) continue;
      const en = nameOf(head.body, state);
      p.entity = { ...p.entity, id: `organisation:${en}`, en, ...(head.body.type ? { type: head.body.type } : {}) };
    }
    const out: Pending[] = [];
    for (const sentence of sentences) {
      if (!heads.some((h) => sentence.text.includes(h.raw.split(' ')[0] ?? h.raw))) continue;
      const ts = tokenise(sentence.text);
      const taken = pending.filter((p) => p.sentence === sentence.index && p.kind === 'organisation').map((p) => p.span);
      for (let i = 0; i < ts.tokens.length; i++) {
        const head = heads.find((h) => h.words.every((w, k) => ts.tokens[i + k]?.text === w && (k === 0 || ts.tokens[i + k]?.joined)));
        if (head === undefined || namedBodies.has(head.body) || head.stops.has(ts.tokens[i + head.words.length]?.text ?? '')) continue;
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

/** The state of the article's dateline place (or the dateline's state itself), else null. */
function datelineState(pending: readonly Pending[]): string | null {
  return pending.filter((p) => p.sentence === DATELINE_SENTENCE).map(stateOf).find((s) => s !== undefined) ?? null;
}

function stateOf(p: Pending): string | undefined {
  const e = p.entity;
  if (p.kind !== 'place' || e === undefined || e.country !== 'India') return undefined;
  return e.type === 'state' || e.type === 'union territory' ? e.en : IN_STATE.has(e.type ?? '') ? e.state : undefined;
}

/** The article's one Indian state: the dateline place's, else the only one its places lie in. */
export function articleState(pending: readonly Pending[]): string | null {
  const dateline = datelineState(pending);
  if (dateline !== null) return dateline;
  const states = new Set(pending.map(stateOf).filter((s): s is string => s !== undefined));
  return states.size === 1 ? ([...states][0] as string) : null;
}
