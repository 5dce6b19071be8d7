import { escapeRegExp } from '../../text/boundaries.js';
import type { Sentence } from '../../types.js';
import type { Pending } from './resolve-short-forms.js';

/**
 * A listed person introduced as a local resident (`गांव मोहम्मदपुर कुरई के रहने वाले लालू यादव`, `रोहतक निवासी
 * …`: config/entities.yaml `residentPhrases` right before the name), or given a local office the figure never held
 * (`थाना प्रभारी अमित शाह`: not the Home Minister; config `localOffices`), is a namesake, not the public figure: every
 * mention of that figure in the article becomes the name as written, romanised, with no office but that local one.
 * A figure another mention gives an office of theirs (`मंत्री कैलाश विजयवर्गीय`) stays the figure: a local office may
 * be a past one the gazetteer does not list (`महापौर कैलाश विजयवर्गीय ने 2002 में …`).
 */
export function createNamesakes(phrases: readonly string[], romanise: (hindi: string) => string, localOffices: readonly string[] = []): (sentences: readonly Sentence[], pending: Pending[]) => void {
  const before = phrases.length === 0 ? /(?!)/u : new RegExp(`(?:${phrases.map((p) => escapeRegExp(p.trim()).replace(/\\s+/gu, '\\s+')).join('|')})\\s*$`, 'u');
  const offices = localOffices.map((o) => o.toLowerCase());
  // a local office of the mention's role that none of the figure's listed roles is
  const strange = (p: Pending): boolean => {
    const role = p.role?.toLowerCase() ?? '';
    const held = [p.entity?.role ?? '', ...(p.entity?.roles ?? []).map((r) => r.role)].join(' | ').toLowerCase();
    return offices.some((o) => role.startsWith(o) && !held.includes(o));
  };
  return (sentences, pending) => unlinkNamesakes(sentences, pending, before, romanise, strange);
}

function unlinkNamesakes(sentences: readonly Sentence[], pending: Pending[], before: RegExp, romanise: (hindi: string) => string, strange: (p: Pending) => boolean): void {
  const text = new Map(sentences.map((s) => [s.index, s.text]));
  // (read before any mention is unlinked: a local office is judged against the figure's listed roles)
  const local = new Set(pending.filter((p) => p.kind === 'person' && p.entity !== undefined && strange(p)));
  // a mention that names the office (प्रधानमंत्री नरेंद्र मोदी) says it is the public figure after all
  const titled = new Set(pending.filter((p) => p.kind === 'person' && p.role !== undefined && !local.has(p)).map((p) => p.entity?.id));
  const namesakes = new Set(
    pending
      .filter((p) => p.kind === 'person' && p.entity !== undefined && !titled.has(p.entity.id) && (local.has(p) || before.test((text.get(p.sentence) ?? '').slice(0, p.span.start))))
      .map((p) => p.entity?.id),
  );
  if (namesakes.size === 0) return;
  for (const p of pending) {
    if (p.kind !== 'person' || p.entity === undefined || !namesakes.has(p.entity.id)) continue;
    // (a local office the text gives stays: it is the namesake's own)
    if (!local.has(p)) delete p.role;
    delete p.entity;
    p.guess = { words: p.text.split(/\s+/u), hi: p.text, en: romanise(p.text), weak: false };
  }
}
