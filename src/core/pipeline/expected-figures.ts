import type { DatesData } from '../facts/dates/dates-data.js';
import { createDateLexicon } from '../facts/dates/lexicon.js';
import { createTenseDetector, lightFold } from '../facts/dates/tense.js';
import { alternation } from '../text/boundaries.js';
import type { ArticleFacts, NumberFact, Sentence } from '../types.js';
import { TIME_UNITS } from '../unit-kinds.js';

/** Words read on either side of a figure for the participle or word that makes its phrase a done thing. */
const PHRASE_WORDS = 5;
/** Characters before a figure read for a participle or a past base (a few words; never the whole sentence per figure). */
const BEFORE_CHARS = 60;
/** Auxiliaries after a prospective वाला that make it a finite future (जीतने वाली है), not a noun's modifier. */
const FINITE = new Set(['है', 'हैं', 'था', 'थे', 'थी'].map(lightFold));
/** Participles that make the phrase of a figure a done or ongoing thing (मारे गए 12 लोग, बने पुल, बह रही नदी). */
const DONE = new Set(['गए', 'गई', 'गया', 'गये', 'गयी', 'हुए', 'हुई', 'हुआ', 'बने', 'बनी', 'बना', 'रही', 'रहे', 'रहा', 'घायल', 'मृत'].map(lightFold));

const NONE: ReadonlySet<string> = new Set();
/** Conjunctions that join the figure's phrase to another one sharing its verb (folded). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['और', 'तथा', 'एवं', 'व'].map(lightFold));

/** A comma that ends a clause: not one between digits (1,200). */
const CLAUSE_COMMA = /(?<!\d)[,،]|[,،](?!\d)/gu;
const FIRST_CLAUSE_COMMA = /(?<!\d)[,،]|[,،](?!\d)/u;

const words = (text: string): string[] => lightFold(text).split(/\s+/u).map((w) => w.replace(/[^\p{L}\p{M}\p{N}]/gu, ''));

/**
 * Marks the figures of clauses about what will or may happen — the future (`55 सीटें हासिल करेगी`), a
 * forecast (`40 डिग्री तक पहुंचने का अनुमान है`), a possibility (`हो सकती है`) or an exit poll's projection —
 * as `expected`: an English line says "expected: 55 seats", never "55 seats" as if they were won. The tense is
 * read as for dates. Never a figure with a role (killed, injured: done), in a phrase a participle makes done or
 * ongoing (`मारे गए 12 लोगों`, `1200 करोड़ की लागत से बने पुल`, `3 मीटर ऊपर बह रही नदी`), in a noun phrase
 * about what is to come (`4 राज्यों में होने वाले चुनाव`), a past base (`पिछले साल के …`), a level a decision
 * keeps (`5.5 फीसदी पर बरकरार रहेगा`, `… को नहीं बदला गया`), nor a total reached so far (`अब तक 3 लाख टन की आवक`).
 */
export function createExpectedFigures(dates: DatesData): (facts: ArticleFacts, sentences: readonly Sentence[]) => ArticleFacts {
  const tense = createTenseDetector(createDateLexicon(dates));
  const t = dates.tense;
  const prospective = new Set(t.prospective.map(lightFold));
  const boundaries = new Set(t.clauseBoundaries.map(lightFold));
  const unchanged = t.unchanged.map((u) => words(u).join(' '));
  const soFar = t.soFar.map((u) => words(u).join(' '));
  const baseline = t.baselines.length === 0 ? null : new RegExp(`(?:${alternation(t.baselines.map(lightFold))})\\s+(?:के|की|का)\\s*$`, 'u');
  const projection = t.projections.length === 0 ? null : new RegExp(alternation(t.projections.map(lightFold)), 'u');
  /** The words after the figure up to its clause's end (a comma, a danda or a clause-opening word). */
  const clauseAfter = (sentence: string, end: number, most = PHRASE_WORDS + 1, across: ReadonlySet<string> = NONE): string[] => {
    const raw = sentence.slice(end, end + BEFORE_CHARS * 2).split(/[,।;!?]/u)[0] ?? '';
    const out: string[] = [];
    for (const w of words(raw)) {
      if (boundaries.has(w) && !across.has(w)) break;
      if (w) out.push(w);
    }
    return out.slice(0, most);
  };
  const done = (sentence: string, n: NumberFact): boolean => {
    const before = words(sentence.slice(Math.max(0, n.span.start - BEFORE_CHARS), n.span.start)).filter((w) => w).slice(-3);
    const after = clauseAfter(sentence, n.span.end);
    // a participle after the figure that a noun follows modifies that noun (बने पुल, बह रही नदी)
    const modifier = after.some((w, k) => DONE.has(w) && after[k + 1] !== undefined && !FINITE.has(after[k + 1] as string) && !DONE.has(after[k + 1] as string));
    const toCome = after.some((w, k) => prospective.has(w) && !FINITE.has(after[k + 1] ?? ''));
    // a level a decision keeps, said anywhere in the rest of the clause; a total reached so far, said right before
    // (across a conjunction: `रेपो रेट 4 प्रतिशत और रिवर्स रेपो रेट 3.35 प्रतिशत को नहीं बदला गया` keeps both)
    const rest = ` ${clauseAfter(sentence, n.span.end, Infinity, CONJUNCTIONS).join(' ')} `;
    const kept = unchanged.some((u) => rest.includes(` ${u} `));
    const reached = soFar.some((u) => ` ${before.join(' ')} `.includes(` ${u} `));
    return before.some((w) => DONE.has(w)) || modifier || toCome || kept || reached;
  };
  const moved = new Set(t.movedPast.map(lightFold));
  const conditionals = new Set(t.conditionals.map(lightFold));
  /**
   * A comma clause of its own that ends on a rise or fall (`किसान होंगे मालामाल, गेहूं पर MSP ₹150 बढ़ी`): done,
   * whatever a clause beside it says — not a condition (`अगर दाम 10 रुपये बढ़े, तो …`). A comma between digits
   * (1,200) is no clause's end.
   */
  const movedInClause = (sentence: string, n: NumberFact): boolean => {
    const before = [...sentence.slice(0, n.span.start).matchAll(CLAUSE_COMMA)].at(-1);
    const from = before === undefined ? 0 : before.index + 1;
    const after = FIRST_CLAUSE_COMMA.exec(sentence.slice(n.span.end));
    const to = after === null ? sentence.length : n.span.end + after.index;
    if (from === 0 && to === sentence.length) return false;
    const clause = words(sentence.slice(from, to)).filter((w) => w);
    const next = words(sentence.slice(to + 1)).find((w) => w) ?? '';
    return moved.has(clause.at(-1) ?? '') && !clause.some((w) => conditionals.has(w)) && !conditionals.has(next);
  };
  return (facts, sentences) => {
    const text = new Map(sentences.map((s) => [s.index, s.text]));
    // a poll's projection is read once per sentence, not once per figure
    const projected = new Map<number, boolean>();
    const isProjected = (index: number, sentence: string): boolean => {
      if (!projected.has(index)) projected.set(index, projection?.test(lightFold(sentence)) ?? false);
      return projected.get(index) === true;
    };
    const numbers = facts.numbers.map((n) => {
      const sentence = text.get(n.sentence);
      if (sentence === undefined || n.role !== undefined || (n.unit !== null && TIME_UNITS.has(n.unit))) return n;
      if (baseline?.test(lightFold(sentence.slice(Math.max(0, n.span.start - BEFORE_CHARS), n.span.start))) || done(sentence, n)) return n;
      if (movedInClause(sentence, n)) return n;
      const ahead = tense(sentence, n.span.start, n.span.end) === 'future' || isProjected(n.sentence, sentence);
      return ahead ? { ...n, expected: true as const } : n;
    });
    return { ...facts, numbers };
  };
}
