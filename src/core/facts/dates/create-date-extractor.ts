import { fold, unfoldSpan } from '../../text/devanagari.js';
import type { DateContext, DateExtractor, DateFact, Sentence } from '../../types.js';
import { createAbsoluteDateFinder } from './absolute-dates.js';
import { createCoordinatedFinder } from './coordinated.js';
import { createCountedFinder } from './counted.js';
import { createDayOfMonthFinder } from './day-of-month.js';
import { createDayWordFinder } from './day-words.js';
import { createDecadeFinder } from './decades.js';
import { createFiscalYearFinder } from './fiscal-years.js';
import type { Candidate, Resolution, ResolveEnv } from './candidate.js';
import type { DatesData } from './dates-data.js';
import { createDateLexicon } from './lexicon.js';
import { createMonthYearFinder } from './month-year.js';
import { createQuarterFinder } from './quarters.js';
import { createRangeFinder } from './ranges.js';
import { createRelativeFinder } from './relative.js';
import { createGlossedDays } from './glossed-days.js';
import { alignWeekdays, mergeBetween, mergeRelativeMonths, mergeRelativeYears, type Resolved } from './refiners.js';
import { parseDay, parseValue } from './resolve.js';
import { createTenseDetector } from './tense.js';
import { createWeekdayFinder } from './weekdays.js';
import { createYearFinder } from './years.js';

/**
 * Builds the Hindi date extractor: every pattern family runs on folded text, overlapping matches
 * keep the longest, and matches resolve left to right so that yearless and relative expressions
 * can lean on a date named earlier in the sentence. Unreadable input gives []; a defect throws and the analyser reports it.
 */
export function createDateExtractor(data: DatesData): DateExtractor {
  const lex = createDateLexicon(data);
  const glossedDays = createGlossedDays(data.glosses, data.coordinators);
  const finders = [
    createAbsoluteDateFinder,
    createMonthYearFinder,
    createYearFinder,
    createRangeFinder,
    createWeekdayFinder,
    createRelativeFinder,
    createCountedFinder,
    createCoordinatedFinder,
    createFiscalYearFinder,
    createQuarterFinder,
    createDecadeFinder,
    createDayWordFinder,
    createDayOfMonthFinder,
  ].map((create) => create(lex));
  const tense = createTenseDetector(lex);
  const notDates = new RegExp(lex.words(data.notDates), 'gu');
  const furniture = new RegExp(`(?:${lex.words(data.furniture)})\\s*[:：\\-–|]?\\s*(?:on\\s*)?$`, 'u');
  // the target word may follow a time of day: `सोमवार सुबह 11 बजे तक`
  const clock = data.resolution.clockBeforeTarget;
  const dayPart = clock.parts.length > 0 ? `(?:(?:${lex.words(clock.parts)})\\s+)?` : '';
  const hour = clock.hour.length > 0 ? `(?:\\p{N}{1,2}(?:[:.]\\p{N}{2})?\\s*(?:${lex.words(clock.hour)})\\s+)?` : '';
  const target = new RegExp(`^\\s*${dayPart}${hour}(?:${lex.words(data.resolution.targetsAfter)})`, 'u');

  // A defect throws: the analyser reports it for the article (never hidden as "no dates").
  return (sentence: Sentence, context: DateContext): DateFact[] => {
    const published = parseDay(context.published);
    if (published === null || typeof sentence.text !== 'string') return [];
    const folded = fold(sentence.text);
    const text = folded.text;
    const blocked = [...text.matchAll(notDates)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    const found = finders
      .flatMap((find) => find(text))
      .filter((c) => !blocked.some((b) => c.start < b.end && b.start < c.end) && !furniture.test(text.slice(0, c.start)));
    const chosen = longestFirst(found);
    const facts: DateFact[] = [];
    const resolved: Resolved[] = [];
    let year: number | null = null;
    let anchor: Resolution | null = null;
    for (const candidate of chosen) {
      const env: ResolveEnv = {
        published,
        tense: () => {
          const span = unfoldSpan(folded, candidate.start, candidate.end);
          return tense(sentence.text, span.start, span.end);
        },
        year,
        anchor,
        target: target.test(text.slice(candidate.end)),
        pastGraceDays: data.resolution.pastGraceDays,
        futureGraceDays: data.resolution.futureGraceDays,
      };
      const res = candidate.resolve(env);
      if (res === null) continue;
      resolved.push({ candidate, res });
      const parts = parseValue(res.value);
      const endParts = res.end === undefined ? parts : parseValue(res.end);
      // (a year the text gives, not one inferred for a yearless day or month: `दिसंबर में 3 दिन और जनवरी में 10 दिन`
      // in a January report are last December and this January, each by its own clause)
      if (parts !== null && endParts !== null && parts.y === endParts.y && res.kind !== 'inferred') year = parts.y;
      if (res.kind !== 'relative') anchor = res;
    }
    alignWeekdays(resolved, text);
    for (const { candidate, res } of mergeBetween(mergeRelativeMonths(mergeRelativeYears(glossedDays(resolved, text), text), text), text)) {
      const span = unfoldSpan(folded, candidate.start, candidate.end);
      const fact: DateFact = {
        text: sentence.text.slice(span.start, span.end),
        value: res.value,
        granularity: res.granularity,
        sentence: sentence.index,
        span,
        kind: res.kind,
      };
      if (res.end !== undefined) fact.end = res.end;
      facts.push(fact);
    }
    return facts;
  };
}

/** Non-overlapping candidates, longest first (earlier start, then higher priority on ties), in text order. */
function longestFirst(candidates: Candidate[]): Candidate[] {
  const byLength = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (b.priority ?? 0) - (a.priority ?? 0),
  );
  const kept: Candidate[] = [];
  for (const c of byLength) {
    if (c.end > c.start && !kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
