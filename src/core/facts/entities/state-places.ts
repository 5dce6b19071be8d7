import type { GazetteerIndex } from './gazetteer-index.js';
import type { Sentence } from '../../types.js';
import { articleState, datelineState, stateOf } from './state-bodies.js';
import type { Pending } from './resolve-short-forms.js';
import { LIST_GAP } from './listed-places.js';
import { phraseKey } from './tokens.js';

/** What may stand between a state and a place named in it: `महाराष्ट्र के रायगढ़`, `कर्नाटक स्थित बीजापुर`, `उत्तराखण्डः मंगलौर`. */
const IN_STATE = /^\s*(?:के|की|का|स्थित|राज्य\s+के|[:ः])?\s*$/u;
/** A bracket opening between a place and its state: `रायगढ़ (महाराष्ट्र)`. */
const BRACKETED = /^\s*\(\s*$/u;

/**
 * Places that bear the name of a place in another state. A short form shared by places of several states
 * (`औरंगाबाद`: a district of Bihar and the Maharashtra city) is the one in the article's state (its
 * dateline's, else the one state all its places lie in): `अरवल, औरंगाबाद, बक्सर …` in a Bihar weather report is
 * Aurangabad, Bihar. With no such state, or none or two candidates there, the short form is left to the
 * article-level resolution. A full form that another state's place has as a short form (`रायगढ़`: Raigarh,
 * Chhattisgarh; Raigad in Maharashtra's Hindi) is that other place only on strong evidence: the dateline lies in
 * that state, or a mention names the state right before it (`महाराष्ट्र के रायगढ़ में`) — then every mention
 * of the name is. A hometown (`बेंगलुरु के रहने वाले जवान की बीजापुर में मौत`) or a chief minister of another
 * state is no such evidence.
 */
export function resolveStatePlaces(pending: Pending[], index?: GazetteerIndex, sentences: readonly Sentence[] = []): void {
  const namesakes = (p: Pending): IndexedPlace[] => (index === undefined || p.kind !== 'place' || p.entity === undefined || p.short !== undefined ? []
    : (index.forms.get(phraseKey(p.text)) ?? []).filter((h) => h.short && h.entity.kind === 'place' && h.entity !== p.entity && h.entity.state !== undefined).map((h) => h.entity));
  const shared = new Map(pending.map((p) => [p, namesakes(p)] as const).filter(([, list]) => list.length > 0));
  const state = articleState(pending.filter((p) => !shared.has(p)));
  if (state !== null) {
    for (const p of pending) {
      const candidates = p.short?.candidates ?? [];
      if (candidates.length < 2 || candidates.some((c) => c.kind !== 'place')) continue;
      const here = candidates.filter((c) => c.state === state);
      if (here.length !== 1) continue;
      delete p.short;
      p.entity = here[0];
    }
  }
  // the namesake the evidence names, by the name's text
  const text = new Map(sentences.map((s) => [s.index, s.text]));
  // (the state right before the name, `महाराष्ट्र के रायगढ़`, or in brackets right after it, `रायगढ़ (महाराष्ट्र)`)
  // (or before a list the name closes, every earlier item a place of that state: `महाराष्ट्र के पुणे और रायगढ़ जिलों`)
  const listed = (line: string, q: Pending, p: Pending): boolean => {
    const items = pending.filter((r) => r.sentence === p.sentence && r.kind === 'place' && r.span.start >= q.span.end && r.span.end <= p.span.start);
    if (items.length === 0 || items.some((r) => stateOf(r) !== q.entity?.en)) return false;
    const [first, last] = [items[0], items[items.length - 1]];
    const gaps = items.slice(1).map((r, k) => line.slice(items[k]?.span.end ?? 0, r.span.start));
    return first !== undefined && last !== undefined && IN_STATE.test(line.slice(q.span.end, first.span.start))
      && [...gaps, line.slice(last.span.end, p.span.start)].every((g) => LIST_GAP.test(g));
  };
  const named = (p: Pending, e: IndexedPlace): boolean => pending.some((q) => {
    if (q.sentence !== p.sentence || q.kind !== 'place' || q.entity?.type !== 'state' || q.entity.en !== e.state) return false;
    const line = text.get(p.sentence) ?? '';
    return (q.span.end <= p.span.start && (IN_STATE.test(line.slice(q.span.end, p.span.start)) || listed(line, q, p)))
      || (q.span.start >= p.span.end && BRACKETED.test(line.slice(p.span.end, q.span.start)) && /^\s*\)/u.test(line.slice(q.span.end)));
  });
  const dateline = datelineState(pending);
  const chosen = new Map<string, IndexedPlace>();
  for (const [p, list] of shared) {
    const here = list.filter((e) => e.state === dateline || named(p, e));
    if (here.length === 1 && here[0] !== undefined) chosen.set(p.text, here[0]);
  }
  for (const [p] of shared) {
    const e = chosen.get(p.text);
    if (e !== undefined) p.entity = e;
  }
}

type IndexedPlace = NonNullable<Pending['entity']>;
