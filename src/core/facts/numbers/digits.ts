import { foldKey } from '../../text/devanagari.js';
import type { Token } from './tokens.js';

/** Words of a span typed glued to the figure before them (`भाव 3100से 3450`): a missing space, no suffix. */
const SPAN_WORDS = new Set(['से', 'तक'].map(foldKey));

/**
 * Western (30,000), Indian (1,50,000) or ungrouped digits, with an optional decimal part. Budgets print
 * crores as one group of up to three digits before the lakhs (170,06,97,400 = 170 crore 6 lakh 97,400).
 */
const GROUPED = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;
const INDIAN = /^(?:[0-9]{1,2}|[0-9]{3}(?=(?:,[0-9]{2}){2,},[0-9]{3}(?:\.[0-9]+)?$))(?:,[0-9]{2})*,[0-9]{3}(?:\.[0-9]+)?$/;
const PLAIN = /^[0-9]+(?:\.[0-9]+)?$/;
/** Ungrouped digit strings this long are phone numbers, IDs or PIN-like codes, not quantities. */
const MAX_PLAIN_DIGITS = 7;
/** A count padded to two digits: 01–09. */
const ZERO_PADDED = /^0[1-9]$/;

/** Value of a digit token (already folded to ASCII digits), or null when it is not a quantity. */
export function parseDigits(text: string): number | null {
  if (GROUPED.test(text) || INDIAN.test(text)) return Number(text.replace(/,/g, ''));
  if (!PLAIN.test(text)) return null;
  const integer = text.split('.')[0] ?? '';
  if (integer.length > MAX_PLAIN_DIGITS) return null;
  // 007, 0612: codes; but a zero-padded count of police releases is a count (05 अभियुक्त, 02 मोबाइल)
  if (integer.length > 1 && integer.startsWith('0') && !ZERO_PADDED.test(text)) return null;
  return Number(text);
}

/** A 4-digit whole number between 1800 and 2100 reads as a year. */
export function isYearLike(token: Token): boolean {
  if (token.kind !== 'digits' || !/^[0-9]{4}$/.test(token.text)) return false;
  const n = Number(token.text);
  return n >= 1800 && n <= 2100;
}

const JOINERS = new Set(['-', '–', ':', '/', '.', '+', '#', '@', '_', '×', 'x']);

/**
 * True when the digits at `i` are glued to their left neighbour in a way that makes them part of
 * a name, code, score or time: कोविड-19, मिग-21, 123/2024, 10:30, +91, A4, 3-1 (right half).
 */
export function gluedLeft(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t === undefined || prev === undefined || !t.glued) return false;
  if (prev.kind !== 'sign' || prev.text === '+') return true; // +91: a dialling code
  if (!JOINERS.has(prev.text)) return false;
  // a lone minus sign before a number (तापमान -5 डिग्री) is a sign, not a joiner
  const before = tokens[i - 2];
  return before !== undefined && prev.glued && before.kind !== 'sign';
}

/**
 * True when the digits at `i` are glued to their right neighbour: an ordinal or word suffix
 * (70वीं, 5G, 5km), a time or ratio (10:30, 3/4), a code (12-B); not से or तक typed without a space. `3-1` style pairs are left to
 * the range/score rule in the extractor, so a glued `-` followed by digits returns false.
 */
export function gluedRight(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !next.glued) return false;
  if (next.kind !== 'sign') return !SPAN_WORDS.has(next.text);
  const after = tokens[i + 2];
  // (a dash, a currency symbol and a figure close a range of prices: `₹2410–₹2475`)
  const priced = after !== undefined && /^\p{Sc}$/u.test(after.text) && tokens[i + 3]?.kind === 'digits';
  if (next.text === '-' || next.text === '–') return after !== undefined && after.glued && after.kind !== 'digits' && !priced;
  // (`6000/- रुपये`: the slash and dash close an amount, as on a cheque)
  if (next.text === '/' && after?.text === '-' && tokens[i + 3]?.glued !== true) return false;
  if (next.text === ':' || next.text === '/' || next.text === '×') return after !== undefined && after.glued;
  return false;
}

/** Closing brackets and quotes: a dash glued after one joins a label to its figure (`(गठबंधन)–18`). */
const CLOSERS = new Set([')', ']', '"', '”', "'", '’']);
/** What follows a temperature (folded text: डिग्री → डिग्रि): `-02 डिग्री`, `-02°`. */
const TEMPERATURE = /^(?:डिग्र|°|℃|सेल्सियस)/u;

/** A lone minus sign right before token `i` (with space, sentence start or an opening sign before it), not before a zero-padded count. */
export function minusBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t === undefined || prev === undefined || !t.glued) return false;
  if (prev.text !== '-' && prev.text !== '−' && prev.text !== '–') return false;
  // a zero-padded count after a list dash (लूट के मामले में -02, डकैती में -01 अपराधी) is an entry, never below
  // zero; only a temperature (-02 डिग्री) goes below zero written so
  if (/^0[0-9]/u.test(t.text) && !TEMPERATURE.test(tokens[i + 1]?.text ?? '')) return false;
  const before = tokens[i - 2];
  // a figure right before the dash is a score's or a range's first half (`3 -1 की बढ़त`): no sign
  if (before?.kind === 'digits') return false;
  // (a label's dash, `सेमेस्टर -5`, `ए.डी.जे.-14`, is refused with the label: refusals.ts; a loss is below zero, `लाभ -120 करोड़`)
  return !prev.glued || (before?.kind === 'sign' && !CLOSERS.has(before.text) && before.text !== '.');
}

/** Digit groups in a row separated only by spaces (98765 43210, 1234 5678) are a phone number or ID. */
export function inDigitRun(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens[first - 1]?.kind === 'digits' || tokens[last + 1]?.kind === 'digits';
}
