import type { Quantity } from './read-quantity.js';
import type { NumbersData } from './numbers-data.js';
import { wordSet, type Token } from './tokens.js';

/** A measure written in two units, larger then smaller (`45 मीटर 10 सेंटीमीटर`, `4 रुपए 05 पैसे`): the smaller unit's share of the larger. */
const PARTS: Record<string, { part: string; per: number }> = {
  metre: { part: 'centimetre', per: 100 },
  km: { part: 'metre', per: 1000 },
  foot: { part: 'inch', per: 12 },
  kg: { part: 'gram', per: 1000 },
  // money in rupees and paise (`4 रुपए 05 पैसे` = Rs 4.05, not Rs 4 and five paise)
  rupee: { part: 'paisa', per: 100 },
};

/**
 * Joins a measure said in two units right after each other (`45 मीटर 10 सेंटीमीटर` = 45.1 metres; `5 फीट 8 इंच`)
 * into one figure of the larger unit: listed apart they read as two levels ("45 metres, 10 centimetres").
 * Only exact figures, the smaller below one of the larger.
 */
export function joinCompoundMeasures(quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of quantities) {
    const prev = out.at(-1);
    const pair = prev?.unit ? PARTS[prev.unit] : undefined;
    if (prev && pair && q.unit === pair.part && q.start === prev.end && prev.qualifier === 'exact' && q.qualifier === 'exact' && q.value >= 0 && q.value < pair.per && prev.high === undefined && q.high === undefined) {
      out[out.length - 1] = { ...prev, value: Math.round((prev.value + q.value / pair.per) * 1e6) / 1e6, end: q.end };
      continue;
    }
    out.push(q);
  }
  return out;
}

/** Units of weight a figure in पाउंड may repeat (`6,100 किलोग्राम (13,448 पाउंड)`). */
const WEIGHTS = new Set(['kg', 'gram', 'tonne', 'quintal']);

/**
 * Pounds in a sentence that weighs something (`6,100 किलोग्राम (13,448 पाउंड)`, `वजन 1,200 पाउंड`: a weight in kg or one
 * of config `weightWords`) are pounds of weight, not money: पाउंड is also the currency, and the line said "£13,448". No
 * unit says them: they are dropped.
 */
export function createWeightPounds(data: NumbersData): (tokens: readonly Token[], quantities: Quantity[]) => Quantity[] {
  const weightWords = wordSet(data.weightWords);
  return (tokens, quantities) => {
    const weighed = quantities.some((q) => q.unit !== null && WEIGHTS.has(q.unit)) || tokens.some((t) => weightWords.has(t.text));
    return weighed ? quantities.filter((q) => q.unit !== 'pound') : quantities;
  };
}
