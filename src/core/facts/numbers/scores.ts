import type { NumbersData } from './numbers-data.js';
import { parseDigits } from './digits.js';
import { DASHES } from './refusals.js';
import { wordSet, type Token } from './tokens.js';
import { createUnitTable } from './units.js';

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
  /** `स्कोर` is named: a runs/wickets figure (245/8) reads as cricket, but no sport is implied. */
  score: boolean;
  goals: boolean;
  /** Badminton, volleyball: a game score (21-15) is in points. */
  points: boolean;
  /** Kabaddi: a match score in points may run past a game's 40 (66-46). */
  matchPoints: boolean;
  /** Exams and results: अंक are marks, not points (693 अंक हासिल किए). */
  exam: boolean;
  /** A stock index is named: a unitless level of 1000 or more is in points. */
  market: boolean;
  /** Sections or acts are cited: a bare unitless number is a reference. */
  references: boolean;
  /** A series or test is named (any sport): `3-1 से` is in matches unless goals or points are named. */
  series: boolean;
}

/** Most wickets a team can lose; most goals a side plausibly scores. */
const MAX_WICKETS = 10;
const MAX_GOALS = 20;
/** Most points in a game of badminton (30) or a set of volleyball (with deuce). */
const MAX_POINTS = 40;
/** Most points of a side in a kabaddi match. */
const MAX_MATCH_POINTS = 99;
/** Most wins a side has in a cricket series score (3-1, 2-0). */
const MAX_SERIES = 5;
/** Smallest unitless number read as an index level in a market sentence. */
const MIN_INDEX_LEVEL = 1000;
/** Units a score itself may name after it (3-1 गोल, 21-15 अंक): any other counted noun makes a range. */
const SCORE_UNITS = new Set(['goal', 'point', 'run', 'wicket', 'match', 'set', 'game', 'mark']);
/** One digit, a dot, one digit: a goal score in a page that writes scores so (5.0, 1.2). */
const DOT_SCORE = /^(\d)\.(\d)$/u;
/** Signs that may close a score: (187/5), 3-2, */
const CLOSERS = new Set([')', ',', '।', ';']);

/**
 * Scores in a sentence of their sport: `187/5` (runs/wickets, cricket words in the sentence) and
 * `3-2`, `2–1` (goals, football or hockey words), `3-1 से/की` (a cricket series, in matches). Anything glued on either side (dates 12/5/2024,
 * codes) or a bowling figure (5/20) is not a score. Outside its sport a score stays unread.
 */
export function createScoreReader(data: NumbersData) {
  const cricket = wordSet(data.scores.runsWickets);
  const goals = wordSet(data.scores.goals);
  const scoreWords = wordSet(data.scores.scoreWords);
  const points = wordSet(data.scores.points);
  const matchPoints = wordSet(data.scores.matchPoints);
  const exam = wordSet(data.scores.exam);
  const seriesAfter = wordSet(data.scores.seriesAfter);
  const market = wordSet(data.scores.indexPoints);
  const references = wordSet(data.scores.references);
  const series = wordSet(data.scores.series);
  const notBefore = wordSet(data.scores.notBefore);
  const dotLinks = wordSet(data.scores.dotLinks);
  const dotResults = wordSet(data.scores.dotResults);
  const units = createUnitTable(data);
  return {
    context(tokens: readonly Token[]): ScoreContext {
      const has = (set: Set<string>): boolean => tokens.some((t) => set.has(t.text));
      return { cricket: has(cricket), score: has(scoreWords), goals: has(goals), points: has(points), matchPoints: has(matchPoints), exam: has(exam), market: has(market), references: has(references), series: has(series) };
    },
    /**
     * A quantity in its sentence's context: अंक in an exam report are marks; an index level in a market sentence gets points
     * (85,632.68 पर बंद); a bare number among cited sections and acts is dropped (null).
     */
    inContext<Q extends { value: number; unit: string | null; qualifier: string; role?: string }>(q: Q, context: ScoreContext): Q | null {
      if (q.unit === 'point' && context.exam && !context.market) return { ...q, unit: 'mark' };
      if (q.unit !== null) return q;
      if (context.market && q.value >= MIN_INDEX_LEVEL) return { ...q, unit: 'point' };
      return context.references && q.qualifier === 'exact' && q.role === undefined ? null : q;
    },
    read(tokens: readonly Token[], i: number, limit: number, context: ScoreContext): Score | null {
      const [a, sign, b, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
      // a goal score written with a dot before the result it gave (`5.0 से हराकर`, `1.0 की बढ़त`)
      const dot = a?.kind === 'digits' ? DOT_SCORE.exec(a.text) : null;
      if (dot !== null && context.goals && !context.cricket && !context.points && dotLinks.has(sign?.text ?? '') && dotResults.has(b?.text ?? '')) {
        return { parts: [{ value: Number(dot[1]), unit: 'goal' }, { value: Number(dot[2]), unit: 'goal' }], start: i, end: i + 1 };
      }
      if (a?.kind !== 'digits' || sign?.kind !== 'sign' || b?.kind !== 'digits' || i + 3 > limit) return null;
      if (!sign.glued || !b.glued || (a.glued && tokens[i - 1]?.text !== '(')) return null;
      if (after?.glued === true && after.kind !== 'word' && !CLOSERS.has(after.text)) return null;
      const x = parseDigits(a.text);
      const y = parseDigits(b.text);
      if (x === null || y === null || !Number.isInteger(x) || !Number.isInteger(y)) return null;
      if (sign.text === '/' && (context.cricket || context.score) && x > MAX_WICKETS && y <= MAX_WICKETS) {
        return { parts: [{ value: x, unit: 'run' }, { value: y, unit: 'wicket' }], start: i, end: i + 3 };
      }
      // (a hyphen, an en dash or an em dash between the sides: `31—18`)
      const hyphen = DASHES.has(sign.text);
      // a class or a range of a noun (18-25 आयु वर्ग, 57-65 किग्रा, 50-60 लोग) is no score
      const noun = units.match(tokens, i + 3)?.value;
      if (hyphen && (notBefore.has(after?.text ?? '') || (noun !== undefined && !SCORE_UNITS.has(noun)))) return null;
      // a series score: in a cricket sentence, or a series of a sport not named (हॉकी की सीरीज में 4-5 is goals)
      const seriesSport = (context.cricket || context.series) && !context.goals && !context.points;
      if (hyphen && seriesSport && x <= MAX_SERIES && y <= MAX_SERIES && seriesAfter.has(after?.text ?? '')) {
        return { parts: [{ value: x, unit: 'match' }, { value: y, unit: 'match' }], start: i, end: i + 3 };
      }
      if (hyphen && context.goals && !context.cricket && !context.points && x <= MAX_GOALS && y <= MAX_GOALS) {
        return { parts: [{ value: x, unit: 'goal' }, { value: y, unit: 'goal' }], start: i, end: i + 3 };
      }
      const maxPoints = context.matchPoints ? MAX_MATCH_POINTS : MAX_POINTS;
      if (hyphen && context.points && !context.cricket && !context.goals && x <= maxPoints && y <= maxPoints) {
        return { parts: [{ value: x, unit: 'point' }, { value: y, unit: 'point' }], start: i, end: i + 3 };
      }
      return null;
    },
  };
}

export type ScoreReader = ReturnType<typeof createScoreReader>;
