import { expect } from 'vitest';
import {
  renderTelegramDigest,
  renderTelegramParts,
  TELEGRAM_LIMIT,
} from '../../../../src/adapters/telegram/render/render-telegram.js';
import type { Language } from '../../../../src/app/ports/store-port.js';
import type { Digest } from '../../../../src/core/digest/digest-model.js';
import { parseTelegramHtml } from '../../../fakes/telegram/html.js';
import { entitiesValid, MARKER, tagsBalanced, visibleWords } from './html-check.js';

export const LANGUAGES: readonly Language[] = ['both', 'hi', 'en'];

/** Every invariant a rendering must hold at `limit`, checked against the unsplit rendering. */
export function expectValidParts(digest: Digest, language: Language, limit = TELEGRAM_LIMIT, wordsKept = true): string[] {
  const parts = limit === TELEGRAM_LIMIT ? renderTelegramDigest(digest, language) : renderTelegramParts(digest, language, limit);
  const whole = renderTelegramParts(digest, language, Infinity);
  expect(whole).toHaveLength(1);
  parts.forEach((part, i) => {
    expect(part.length, `part ${i} length`).toBeLessThanOrEqual(limit);
    expect(tagsBalanced(part), `part ${i} tags: ${part.slice(0, 80)}`).toBe(true);
    expect(entitiesValid(part), `part ${i} entities`).toBe(true);
    expect(parseTelegramHtml(part).ok, `part ${i} parses`).toBe(true);
    if (parts.length > 1) expect(MARKER.exec(part)?.slice(1), `part ${i} marker`).toEqual([`${i + 1}`, `${parts.length}`]);
  });
  // no lost or reordered text: the same characters, and (unless a word had to be cut) the same words
  const squeeze = (ps: readonly string[]): string => visibleWords(ps).join('');
  expect(squeeze(parts) === squeeze(whole), 'same visible characters').toBe(true);
  if (wordsKept) expect(visibleWords(parts).join(' ') === visibleWords(whole).join(' '), 'same words').toBe(true);
  return parts;
}
