import { placeBodyName } from './place-bodies.js';
import { escapeRegExp } from '../../text/boundaries.js';
import { DATELINE_SENTENCE, type Sentence } from '../../types.js';
import type { EntitiesData } from './entities-data.js';
import type { GazetteerIndex, IndexedEntity } from './gazetteer-index.js';
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

/** A figure (`25 हाईकोर्ट`). */
const FIGURE = /^\p{N}/u;

/** Place types that lie in a state (gazetteer `state`). */
const IN_STATE = new Set(['capital', 'city', 'town', 'district']);

/**
 * A state's body named bare (`हाईकोर्ट ने …`, config/entities.yaml `stateBodies`): the body of the state the
 * mention's sentence stands in — the dateline's state when the sentence names no other, or with no dateline
 * the one state the sentence names when the article's places (and bodies named by a place: दिल्ली पुलिस) lie
 * in that state alone — named as config `placeBodies` names it after the state (Uttar Pradesh → Allahabad
 * High Court). Each body is judged on its own (a named Allahabad High Court leaves the commission). No body is guessed
 * for a generic mention (a number or determiner before it: `देश के 25 हाईकोर्ट`, `सभी राज्य निर्वाचन आयोग`), in
 * a sentence that names the country's apex court (`सुप्रीम कोर्ट ने कहा कि हाईकोर्ट …`), with places of two
 * states, or when the article names such a body itself (`इलाहाबाद हाईकोर्ट`).
 */
export function createStateBodies(data: EntitiesData, index?: GazetteerIndex): (sentences: readonly Sentence[], pending: readonly Pending[]) => Pending[] {
  const heads = data.stateBodies.flatMap((hi) => {
    const body = data.placeBodies.find((b) => b.hi.some((h) => phraseKey(h) === phraseKey(hi)));
    if (body === undefined || body.template === undefined) return [];
    // the word before a court word, when it may name the court (`इलाहाबाद हाईकोर्ट`)
    const named = new RegExp(`([\\p{L}\\p{M}]+)\\s+${escapeRegExp(hi)}`, 'gu');
    return [{ words: phraseKey(hi).split(' '), raw: hi, body, stops: new Set(body.notBefore.map(phraseKey)), named }];
  });
  // a determiner or a figure before the head makes it generic or plural (सभी राज्य निर्वाचन आयोग, 25 हाईकोर्ट)
  const determiners = new Set(data.determiners.map(phraseKey));
  const generic = (before: string | undefined): boolean => before !== undefined && (determiners.has(before) || FIGURE.test(before));
  // the country's apex court (a court body's own name for India): a sentence naming it speaks of High Courts at large
  const apex = new Set(data.placeBodies.filter((b) => b.type === 'court').map((b) => b.names.India).filter((en): en is string => en !== undefined));
  const statesOf = (list: readonly Pending[]): Set<string> => new Set(list.map((p) => stateOf(p) ?? bodyState(p, index)).filter((st): st is string => st !== undefined));

  return (sentences, pending) => {
    // an article that names such a body itself (इलाहाबाद हाईकोर्ट) may mean that one by the bare word: no guess
    const bare = (p: Pending, h: (typeof heads)[number]): boolean => phraseKey(p.text) === phraseKey(h.raw);
    const namedBodies = new Set(heads.filter((h) => pending.some((p) => p.kind === 'organisation' && p.text.includes(h.raw) && !bare(p, h))
      || sentences.some((s) => [...s.text.matchAll(h.named)].some((m) => namesCourt(s, m, pending)))).map((h) => h.body));
    if (heads.length === 0) return [];
    const dateline = datelineState(pending);
    const article = statesOf(pending);
    /** The state of a bare head in sentence `at` with the word `before` it, or null. */
    const stateAt = (at: number, before: string | undefined): string | null => {
      const here = pending.filter((p) => p.sentence === at);
      if (generic(before) || here.some((p) => p.kind === 'organisation' && apex.has(p.entity?.en ?? ''))) return null;
      const own = statesOf(here);
      // the dateline's state, unless the sentence names another (नई दिल्ली: … महाराष्ट्र में … राज्य निर्वाचन आयोग ने):
      // the body may be that state's — unsure, so none (a generic body of the gazetteer stays generic)
      // — nor one the article names before it (agency copy datelined नई दिल्ली: महाराष्ट्र में चुनाव होंगे। राज्य निर्वाचन
      // आयोग ने …: reviewer); a state named after it (the accused's home) leaves the dateline's court
      const earlier = statesOf(pending.filter((p) => p.sentence !== DATELINE_SENTENCE && p.sentence < at));
      if (dateline !== null) return [...own, ...earlier].every((st) => st === dateline) ? dateline : null;
      // no dateline: the one state named in the sentence itself, and no other in the article
      const [only] = own;
      return own.size === 1 && article.size === 1 && only !== undefined ? only : null;
    };
    // a bare head the gazetteer knows only generically (राज्य निर्वाचन आयोग) is the sentence's state's body
    for (const p of pending) {
      const head = p.kind === 'organisation' && p.entity !== undefined ? heads.find((h) => bare(p, h) && !namedBodies.has(h.body)) : undefined;
      if (head === undefined || p.entity === undefined) continue;
      const state = stateAt(p.sentence, wordBefore(sentences, p));
      if (state === null) continue;
      const en = placeBodyName(head.body, state);
      if (en === null) continue;
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
        // a place right after the head names which one (`विधानसभा आलापुर`, `विधानसभा-आलापुर`: a constituency, not the
        // state's assembly)
        const after = ts.tokens[i + head.words.length];
        if (after?.joined && pending.some((q) => q.sentence === sentence.index && q.kind === 'place' && q.span.start === tokenSpan(ts, i + head.words.length, i + head.words.length + 1).start)) continue;
        const state = stateAt(sentence.index, ts.tokens[i]?.joined ? ts.tokens[i - 1]?.text : undefined);
        if (state === null) continue;
        const en = placeBodyName(head.body, state);
        if (en === null) continue;
        const entity: IndexedEntity = { id: `organisation:${en}`, kind: 'organisation', en, hi: sentence.text.slice(span.start, span.end), keys: [], country: 'India', ...(head.body.type ? { type: head.body.type } : {}) };
        out.push({ sentence: sentence.index, span, text: entity.hi, kind: 'organisation', entity, country: 'India' });
        i += head.words.length - 1;
      }
    }
    return out;
  };
}

/** The folded word right before a mention in its sentence (none across punctuation), or undefined. */
function wordBefore(sentences: readonly Sentence[], p: Pending): string | undefined {
  const sentence = sentences.find((s) => s.index === p.sentence);
  if (sentence === undefined) return undefined;
  const ts = tokenise(sentence.text);
  const at = ts.tokens.findIndex((_t, k) => tokenSpan(ts, k, k + 1).start === p.span.start);
  return at > 0 && ts.tokens[at]?.joined ? ts.tokens[at - 1]?.text : undefined;
}

/**
 * The state of a body named by a place (`दिल्ली पुलिस` = Delhi Police, in the gazetteer as a whole): the place its
 * first words name, as the index knows it; undefined for anything else.
 */
function bodyState(p: Pending, index: GazetteerIndex | undefined): string | undefined {
  if (p.kind !== 'organisation' || index === undefined) return undefined;
  const words = tokenise(p.text).tokens.map((t) => t.text);
  for (let k = words.length - 1; k > 0; k--) {
    const hit = index.forms.get(words.slice(0, k).join(' '))?.find((h) => !h.short && !h.adjective && h.entity.kind === 'place');
    if (hit !== undefined) return stateOf({ ...p, kind: 'place', entity: hit.entity });
  }
  return undefined;
}

/** The state of the article's dateline place (or the dateline's state itself), else null. */
export function datelineState(pending: readonly Pending[]): string | null {
  return pending.filter((p) => p.sentence === DATELINE_SENTENCE).map(stateOf).find((s) => s !== undefined) ?? null;
}

export function stateOf(p: Pending): string | undefined {
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
