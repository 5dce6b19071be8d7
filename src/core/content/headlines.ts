import { alternation, wholeWord } from '../text/boundaries.js';
import { foldKey } from '../text/devanagari.js';
import type { CleaningData } from './cleaning-data.js';
import { createDataLists, type DataLists } from './data-lists.js';
import { placeNames } from './country-names.js';
import { createCutTail } from './cut-tail.js';
import { compileAll, endsSentence, hasInnerSentenceEnd, mostlyDevanagari, wordCount, wordsOf, type Removal } from './line-tools.js';

/** A bulleted line (`- 1,83,950 करोड़ रुपए का होगा बजट`). */
const BULLET = /^\s*[-–•*▪►]\s+/u;
/** A line that announces a list (`मनोहर बजट की बड़ी बातें:`). */
const ANNOUNCES = /[:：]\s*$/u;
/** Fewest bullets opening a page that make its highlights. */
const MIN_HIGHLIGHTS = 2;
/** Fewest clauses opening with a continuation (वहीं …) that make a bulletin of lines after a one-sentence lead (one may be
 * another story's headline, reviewer). */
const MIN_CONTINUED = 2;
/** Fewest clauses without sentence ends that make a page written without them. */
const MIN_UNPUNCTUATED = 3;
/** Words before a long list's first comma that make the line a clause running into it, not a row of tags. */
const PROSE_LEAD_WORDS = 4;

/**
 * Lines that are not sentences — no sentence-final punctuation and short — are headlines, not body:
 * section subheadings that share topic words with the article (kind `subheading`), or headlines
 * of other stories pasted between paragraphs (kind `unrelated-headline`): few of their content
 * words occur in the title and body, or they name a country the article never mentions. Short
 * question/exclamation lines without a single topic word are pasted headlines too. Lines of a
 * printed list of figures (data-lists.ts) are content and stay, and so does a topical last line:
 * with nothing after it, it is the cut-off end of the page.
 */
export function createHeadlineFilter(data: CleaningData, lists: DataLists = createDataLists(data)): (title: string, lines: string[], removed: Removal[]) => string[] {
  const { maxWords, maxCommas, minOverlap, questionMaxWords } = data.headline;
  const stopwords = new Set(data.headline.stopwords.map(foldKey));
  const suffixes = [...new Set(data.headline.suffixes.map(foldKey))].sort((a, b) => b.length - a.length);
  const places = alternation(placeNames(data.headline.places));
  const placeRegex = places ? new RegExp(wholeWord(places), 'gu') : null;
  const readAlso = compileAll(data.footer.readAlso, 'iu');
  const keyPointWords = data.headline.keyPointWords.map(foldKey);
  const opens = alternation(data.headline.continuations.map(foldKey));
  // (after a bullet too: `- वहीं सदर अस्पताल में …`)
  const continuations = opens ? new RegExp(`^\\s*(?:[-–•*▪►]\\s*)?(?:${opens})(?![\\p{L}\\p{M}])`, 'u') : /(?!)/u;
  const tail = createCutTail(data);

  const stem = (word: string): string => {
    for (const suffix of suffixes) if (word.endsWith(suffix) && word.length - suffix.length >= 2) return word.slice(0, -suffix.length);
    return word;
  };
  const contentStems = (text: string): Set<string> =>
    new Set(
      wordsOf(foldKey(text))
        .filter((w) => w.length >= 2 && !stopwords.has(w) && !/^[\p{N}]+$/u.test(w))
        .map(stem),
    );
  const placesIn = (text: string): Set<string> => new Set(placeRegex ? foldKey(text).match(placeRegex) ?? [] : []);

  // (a Hindi clause that runs into a long list, `14 देशों- ऑस्ट्रिया, बेल्जियम, …`, as the page's cut-off last line is prose;
  // a row of short tags is not, nor such a line inside the page: a headline may run into a list too)
  const listsInProse = (line: string): boolean => (line.match(/[,،]/gu) ?? []).length > maxCommas && wordCount(line.split(/[,،]/u)[0] ?? '') >= PROSE_LEAD_WORDS
    && mostlyDevanagari(line);
  // (the words as typed and folded, so a line is tested as it is, never folded once per test)
  const finals = alternation([...data.headline.finalVerbs, ...data.headline.finalVerbs.map(foldKey)]);
  const wrapped = finals ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${finals})\\.\\s+\\S`, 'u') : /(?!)/u;
  const isHeadline = (line: string): boolean => !endsSentence(line) && !hasInnerSentenceEnd(line) && !wrapped.test(line) && wordCount(line) <= maxWords;
  const isQuestion = (line: string): boolean => /[?!]["'”’]*$/u.test(line) && !hasInnerSentenceEnd(line) && wordCount(line) <= questionMaxWords;

  return (title, lines, removed) => {
    const prose = lines.filter((l) => !isHeadline(l) && !isQuestion(l));
    // a page written without sentence ends (a web story's slides, a bulletin's lines after a one-sentence lead): its clauses
    // that share a word with the title or another clause are its body, not headlines (a pasted headline of another story
    // shares none)
    // (a bulletin only when one of its clauses continues the one before: a one-paragraph story followed by other stories'
    // headlines on its topic is no bulletin, reviewer)
    const bare = lines.filter((l) => tail.clause(l) && isHeadline(l));
    const continued = bare.filter((l) => continuations.test(foldKey(l))).length >= MIN_CONTINUED;
    const unpunctuated = (prose.length === 0 || (prose.length === 1 && continued)) && bare.length >= MIN_UNPUNCTUATED;
    const stems = unpunctuated ? lines.map((l) => (tail.clause(l) ? contentStems(l) : new Set<string>())) : [];
    // (each stem counted once per clause: a stem in two or more clauses is shared, no rescan of every clause per line)
    const clauses = new Map<string, number>();
    for (const set of stems) for (const w of set) clauses.set(w, (clauses.get(w) ?? 0) + 1);
    const titled = unpunctuated ? contentStems(title) : new Set<string>();
    const slide = (i: number): boolean => [...(stems[i] ?? [])].some((w) => titled.has(w) || (clauses.get(w) ?? 0) > 1);
    const article = [title, ...prose].join('\n');
    const topic = contentStems(article);
    const articlePlaces = placesIn(article);

    const unrelated = (line: string, strict: boolean): boolean => {
      const stems = [...contentStems(line)];
      const shared = stems.filter((s) => topic.has(s)).length;
      const ratio = stems.length === 0 ? 1 : shared / stems.length;
      const named = [...placesIn(line)];
      const foreign = named.length > 0 && named.every((p) => !articlePlaces.has(p));
      if (strict) return shared === 0 || (foreign && ratio < minOverlap);
      return ratio < minOverlap || foreign;
    };

    const listed = lists.find(lines);
    const last = lines.findLastIndex((l) => l.trim() !== '');
    const isProse = (i: number): boolean => listed[i] !== true && !isHeadline(lines[i] ?? '') && !isQuestion(lines[i] ?? '');
    const lastProse = lines.findLastIndex((l, i) => l.trim() !== '' && isProse(i));
    const firstProse = lines.findIndex((l, i) => l.trim() !== '' && isProse(i));
    const near = (i: number, step: 1 | -1): number => {
      let k = i + step;
      while (k >= 0 && k < lines.length && (lines[k] ?? '').trim() === '') k += step;
      return k;
    };
    // bullets in a run under a line announcing them (`… की बड़ी बातें:`, not `ये भी पढ़ें:`) are the
    // article's key points, not subheadings nor pasted headlines
    const bullet = (k: number): boolean => BULLET.test(lines[k] ?? '');
    // a page opening with a run of bullets before its first paragraph (the story's highlights), most of them on the
    // story's topic: key points too
    const first = near(-1, 1);
    let runEnd = first;
    while (runEnd < lines.length && bullet(runEnd)) runEnd = near(runEnd, 1);
    const opening = lines.slice(first, runEnd).filter((l) => l.trim() !== '');
    const highlights = opening.length >= MIN_HIGHLIGHTS && runEnd < lines.length && isProse(runEnd)
      && opening.filter((l) => !unrelated(l, false)).length * 2 >= opening.length;
    // a page that is nothing but such a run (an excerpt of the highlights) keeps those on its topic: they are its body
    const bulletsOnly = opening.length >= MIN_HIGHLIGHTS && runEnd >= lines.length;
    const keyPoint = (i: number): boolean => {
      if (highlights && i >= first && i < runEnd) return true;
      if (bulletsOnly && i >= first && !unrelated(lines[i] ?? '', false)) return true;
      if (!bullet(i) || !(bullet(near(i, -1)) || bullet(near(i, 1)))) return false;
      let k = near(i, -1);
      while (k >= 0 && bullet(k)) k = near(k, -1);
      const header = lines[k] ?? '';
      return ANNOUNCES.test(header) && !readAlso.some((r) => r.test(header)) && keyPointWords.some((w) => foldKey(header).includes(w));
    };
    return lines.map((line, i) => (listed[i] === true ? lists.normalise(line) : line)).filter((line, i) => {
      if (listed[i] === true || (unpunctuated && slide(i))) return true;
      // (the page's cut-off last line, or a lead-in to what follows, is prose: see cut-tail.ts)
      // (narrative only before the last paragraph: a run of pasted related headlines follows the story, `… की पिछली
      // फिल्म ने 57 करोड़ रुपये कमाए थे`, reviewer)
      const narrative = tail.narrative(line) && !bullet(i) && i < lastProse && !unrelated(line, true);
      if (isHeadline(line) && !(i === last && (listsInProse(line) || tail.cutOff(line))) && !(tail.leadIn(line) && !unrelated(line, true)) && !narrative) {
        // (above the story's first paragraph a headline-shaped line is its deck unless it shares nothing with it: pasted
        // related headlines follow the story or break into it)
        const kind = unrelated(line, i < firstProse) ? 'unrelated-headline' : 'subheading';
        // a subheading heads what follows: a topical last line with no end is the page's cut-off tail
        // (its facts count, see the cut-off step), not a subheading
        if ((kind === 'subheading' && i === last) || keyPoint(i)) return true;
        // (a run of them after the story's last paragraph is the page's related headlines, on its topic or not: their
        // figures are other stories', reviewer)
        removed.push(kind === 'subheading' && i > lastProse ? { kind, text: line, trailing: true } : { kind, text: line });
        return false;
      }
      if (isQuestion(line) && unrelated(line, true)) {
        removed.push({ kind: 'unrelated-headline', text: line });
        return false;
      }
      return true;
    });
  };
}
