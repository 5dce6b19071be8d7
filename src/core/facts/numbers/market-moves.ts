import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { wordSet, type Token } from './tokens.js';

/** Most tokens inside a bracket between a move and its unit: `170.12 (0.23%) अंक`. */
const MAX_BRACKET = 4;

/**
 * An index's move in a market sentence, with no unit of its own, right after the index's name, is in points: before a move verb
 * (`सेंसेक्स 118.96 गिरकर`, config `scores.indexMoves`) or before its percentage in brackets and then
 * अंक (`170.12 (0.23%) अंक टूटकर`). Levels of 1000+ are read apart (scores.ts).
 */
export function createMarketMoves(data: NumbersData): (tokens: readonly Token[], q: Quantity, market: boolean) => Quantity {
  const moves = wordSet(data.scores.indexMoves);
  const points = wordSet(data.units.point ?? []);
  const indexes = wordSet(data.scores.indexPoints);
  // the index is named right before its move (`सेंसेक्स 118.96 गिरकर`, `निफ्टी भी 47.30 टूटकर`), not
  // a count of shares (`सेंसेक्स के 30 शेयरों में से 18 गिरकर`)
  const named = (tokens: readonly Token[], at: number): boolean => [1, 2].some((k) => indexes.has(tokens[at - k]?.text ?? ''));
  return (tokens, q, market) => {
    if (!market || q.unit !== null || q.qualifier !== 'exact' || tokens[q.start]?.kind !== 'digits' || !named(tokens, q.start)) return q;
    let at = q.end;
    if (tokens[at]?.text === '(') {
      const close = tokens.slice(at, at + MAX_BRACKET + 2).findIndex((t) => t.text === ')');
      if (close < 0 || !points.has(tokens[at + close + 1]?.text ?? '')) return q;
      return { ...q, unit: 'point' };
    }
    return moves.has(tokens[at]?.text ?? '') ? { ...q, unit: 'point' } : q;
  };
}
