import type { TranslationData } from './translation-data.js';

/** One quantity read in English text: a number (digits or words, scaled), a vague plural, an ordinal word. */
export interface EnglishNumber {
  value: number;
  kind: 'number' | 'vague' | 'ordinal';
}

/** Digits with Western or Indian grouping and decimals, a 4-digit year span (2024-25), or a word. */
const TOKEN = /(\d{4})\s?[-–/]\s?(\d{2})(?!\d)|\d[\d,]*(?:\.\d+)?|[a-z]+/g;
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

interface Token {
  text: string;
  /** Set for digit tokens. */
  value?: number;
}

/**
 * Compiles the English number reader once: `22 lakh crore` → 2.2e13, `4 billion` → 4e9,
 * `twenty-five` → 25, `a million` → 1e6, `thousands` → vague 1000, `third` → ordinal 3,
 * `2024-25` → 2024 and 2025. Reads lower-cased text; never throws.
 */
export function createEnglishNumberReader(data: TranslationData): (text: string) => EnglishNumber[] {
  const words = new Map(Object.entries(data.numberWords));
  const scales = new Map(Object.entries(data.scales));
  const vague = new Map(Object.entries(data.vague));
  const ordinals = new Map(Object.entries(data.ordinals));

  const tokenize = (text: string): Token[] => {
    const tokens: Token[] = [];
    for (const m of text.toLowerCase().matchAll(TOKEN)) {
      if (m[1] !== undefined && m[2] !== undefined) {
        const start = Number(m[1]);
        tokens.push({ text: m[1], value: start }, { text: m[2], value: Math.floor(start / 100) * 100 + Number(m[2]) });
      } else if (/^\d/.test(m[0])) {
        tokens.push({ text: m[0], value: Number(m[0].replace(/,+$/, '').replace(/,/g, '')) });
      } else tokens.push({ text: m[0] });
    }
    return tokens;
  };

  return (text) => {
    const tokens = tokenize(text);
    const out: EnglishNumber[] = [];
    let i = 0;
    const scaleFrom = (start: number, base: number): number => {
      let value = base;
      for (i = start; i < tokens.length; i++) {
        const scale = scales.get(tokens[i]?.text ?? '');
        if (scale === undefined || tokens[i]?.value !== undefined) break;
        value *= scale;
      }
      return value;
    };
    while (i < tokens.length) {
      const token = tokens[i] as Token;
      if (token.value !== undefined) {
        const next = i + 1 < tokens.length && ORDINAL_SUFFIX.has(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
        out.push({ value: scaleFrom(next, token.value), kind: 'number' });
        continue;
      }
      const word = words.get(token.text);
      if (word !== undefined) {
        const unit = word >= 20 && word % 10 === 0 ? words.get(tokens[i + 1]?.text ?? '') : undefined;
        const base = unit !== undefined && unit > 0 && unit < 10 ? word + unit : word;
        out.push({ value: scaleFrom(unit !== undefined && unit > 0 && unit < 10 ? i + 2 : i + 1, base), kind: 'number' });
        continue;
      }
      const scale = scales.get(token.text);
      if (scale !== undefined && tokens[i - 1]?.text === 'a') {
        out.push({ value: scaleFrom(i, 1), kind: 'number' });
        continue;
      }
      const rough = vague.get(token.text);
      if (rough !== undefined) out.push({ value: rough, kind: 'vague' });
      const ordinal = ordinals.get(token.text);
      if (ordinal !== undefined) out.push({ value: ordinal, kind: 'ordinal' });
      i++;
    }
    return out;
  };
}

/** Same quantity up to floating-point noise (11.11 × 10^12 read two ways). */
export const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
