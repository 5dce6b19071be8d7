/** The shapes the quantity reader returns: a quantity, where to read on, and the reader itself. */

import type { NumberQualifier, NumberRole } from '../../types.js';
import type { Token } from './tokens.js';

/** A quantity found in a token stream (token range end exclusive). */
export interface Quantity {
  value: number;
  /** Upper end of a range. */
  high?: number;
  unit: string | null;
  qualifier: NumberQualifier;
  role?: NumberRole;
  start: number;
  end: number;
  /** First token of the number itself (after any qualifier or currency before it). */
  numberStart: number;
  /** A bare range of figures (`1520-1800`): a fact only if a list gives it a counted noun (else a score, a span, an id). */
  unlessCounted?: true;
}

/** Result of reading at a token: the quantity (or null when refused) and where to continue. */
export interface ReadResult {
  quantity: Quantity | null;
  next: number;
}

/**
 * Reads the quantity whose number starts at token `i`. `floor` is the first token that an
 * approximation or currency word before the number may use; `limit` the first it may not reach.
 */
export type QuantityReader = (tokens: readonly Token[], i: number, floor: number, limit: number, taken?: (k: number) => boolean) => ReadResult;
