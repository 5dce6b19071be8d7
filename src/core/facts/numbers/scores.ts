import type { NumbersData } from './numbers-data.js';
import { parseDigits } from './digits.js';
import { wordSet, type Token } from './tokens.js';

/** One half of a score: its value and unit; both halves share the score's token range. */
export interface ScorePart {
  value: number;
  unit: string;
}

export interface Score {
  parts: [ScorePart, ScorePart];
  start: number;
  end: number;
}

/** Sport context of one sentence, computed once per sentence. */
export interface ScoreContext {
  cricket: boolean;
  goals: boolean;
}

/** Most wickets a team can lose; most goals a side plausibly scores. */
const MAX_WICKETS = 10;
const MAX_GOALS = 20;
/** Signs that may close a score: (187/5), 3-2, */
const CLOSERS = new Set([')', ',', '।', ';']);

/**
 * Scores in a sentence of their sport: `187/5` (runs/wickets, cricket words in the sentence) and
 * `3-2`, `2–1` (goals, football or hockey words). Anything glued on either side (dates 12/5/2024,
 * codes) or a bowling figure (5/20) is not a score. Outside its sport a score stays unread.
 */
export function createScoreReader(data: NumbersData) {
  const cricket = wordSet(data.scores.runsWickets);
  const goals = wordSet(data.scores.goals);
  return {
    context(tokens: readonly Token[]): ScoreContext {
      return { cricket: tokens.some((t) => cricket.has(t.text)), goals: tokens.some((t) => goals.has(t.text)) };
    },
    read(tokens: readonly Token[], i: number, limit: number, context: ScoreContext): Score | null {
      const [a, sign, b, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
      if (a?.kind !== 'digits' || sign?.kind !== 'sign' || b?.kind !== 'digits' || i + 3 > limit) return null;
      if (!sign.glued || !b.glued || (a.glued && tokens[i - 1]?.text !== '(')) return null;
      if (after?.glued === true && after.kind !== 'word' && !CLOSERS.has(after.text)) return null;
      const x = parseDigits(a.text);
      const y = parseDigits(b.text);
      if (x === null || y === null || !Number.isInteger(x) || !Number.isInteger(y)) return null;
      if (sign.text === '/' && context.cricket && x > MAX_WICKETS && y <= MAX_WICKETS) {
        return { parts: [{ value: x, unit: 'run' }, { value: y, unit: 'wicket' }], start: i, end: i + 3 };
      }
      if ((sign.text === '-' || sign.text === '–') && context.goals && !context.cricket && x <= MAX_GOALS && y <= MAX_GOALS) {
        return { parts: [{ value: x, unit: 'goal' }, { value: y, unit: 'goal' }], start: i, end: i + 3 };
      }
      return null;
    },
  };
}

export type ScoreReader = ReturnType<typeof createScoreReader>;
