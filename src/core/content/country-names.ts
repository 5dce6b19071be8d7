import { foldKey } from '../text/devanagari.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Hindi country names from Intl.DisplayNames plus the variants in config, folded. */
export function placeNames(extra: readonly string[]): string[] {
  const names = new Set(extra.map(foldKey));
  const display = new Intl.DisplayNames('hi', { type: 'region', fallback: 'none' });
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const name = display.of(a + b);
      if (name && /[\u0900-\u097F]/u.test(name)) names.add(foldKey(name));
    }
  }
  return [...names];
}
