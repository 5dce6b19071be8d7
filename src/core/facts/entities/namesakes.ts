import { escapeRegExp } from '../../text/boundaries.js';
import type { Sentence } from '../../types.js';
import type { Pending } from './resolve-short-forms.js';

/**
 * A listed person introduced as a local resident (`गांव मोहम्मदपुर कुरई के रहने वाले लालू यादव`, `रोहतक निवासी
 * …`: config/entities.yaml `residentPhrases` right before the name) is a namesake, not the public figure: every
 * mention of that figure in the article becomes the name as written, romanised, with no office.
 */
export function createNamesakes(phrases: readonly string[], romanise: (hindi: string) => string): (sentences: readonly Sentence[], pending: Pending[]) => void {
  if (phrases.length === 0) return () => undefined;
  const before = new RegExp(`(?:${phrases.map((p) => escapeRegExp(p.trim()).replace(/\\s+/gu, '\\s+')).join('|')})\\s*$`, 'u');
  return (sentences, pending) => unlinkNamesakes(sentences, pending, before, romanise);
}

function unlinkNamesakes(sentences: readonly Sentence[], pending: Pending[], before: RegExp, romanise: (hindi: string) => string): void {
  const text = new Map(sentences.map((s) => [s.index, s.text]));
  // a mention that names the office (प्रधानमंत्री नरेंद्र मोदी) says it is the public figure after all
  const titled = new Set(pending.filter((p) => p.kind === 'person' && p.role !== undefined).map((p) => p.entity?.id));
  const namesakes = new Set(
    pending
      .filter((p) => p.kind === 'person' && p.entity !== undefined && !titled.has(p.entity.id) && before.test((text.get(p.sentence) ?? '').slice(0, p.span.start)))
      .map((p) => p.entity?.id),
  );
  if (namesakes.size === 0) return;
  for (const p of pending) {
    if (p.kind !== 'person' || p.entity === undefined || !namesakes.has(p.entity.id)) continue;
    delete p.entity;
    delete p.role;
    p.guess = { words: p.text.split(/\s+/u), hi: p.text, en: romanise(p.text), weak: false };
  }
}
