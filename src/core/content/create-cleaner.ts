import { foldKey } from '../text/devanagari.js';
import type { CleanedPage, Dateline } from '../types.js';
import { createCreditRemover } from './agency-credit.js';
import { createCaptionRemover } from './caption-lines.js';
import type { CleaningData } from './cleaning-data.js';
import { createDataLists } from './data-lists.js';
import { createDatelineSplitter } from './dateline.js';
import { createTitleFinder } from './find-title.js';
import { createNameLine } from './name-lines.js';
import { createPlaceLine, createSlashLabel } from './place-lines.js';
import { createFooterCutter } from './footer.js';
import { createHeadlineFilter } from './headlines.js';
import { createLineJoiner } from './join-lines.js';
import { createKickerRemover, takeKickers } from './kicker.js';
import { createLeadOpening } from './lead-opening.js';
import { createLeadTitle } from './lead-title.js';
import { createLineFurniture } from './line-furniture.js';
import { BULLET, endsSentence, hasInnerSentenceEnd, squeeze, wordCount, wordsOf, type Removal } from './line-tools.js';
import { createLiveEntryMarker } from './live-entries.js';
import { monthAlternation } from './month-words.js';
import { fixSpacing, normaliseText, splitGluedScripts } from './normalise.js';
import { createHeadlineUnlabeller, createPhotoCreditRemover } from './photo-credit.js';
import { createPrefixStripper } from './prefix-stripper.js';
import { removeRepeats } from './repeats.js';
import { createSentenceFurniture } from './sentence-furniture.js';
import { createStampDateline } from './stamp-dateline.js';
import { createHeadSplitter } from './split-head.js';
import { createTitleShape, placesLabelled } from './title-shape.js';
import { createTitleTailStripper } from './title-tail.js';
import type { CleanerOptions } from './cleaner-options.js';
import { createUpdateLineParser } from './update-line.js';


/** A headline printed as a bullet of a highlights box (`- एफसी गोवा ने …`): the bullet and its space. */
const HEADLINE_BULLET = new RegExp(`^${BULLET}\\s+`, 'u');
/** Symbols that open a list item (`◾️वर्तमान बस स्टेण्ड …`, `👉 …`, `✅ …`): the item is text, the symbol furniture. */
const LIST_GLYPH = /^(?:[\u2022\u25A0-\u25FF\u2B1B\u2B1C\u2B50\u27A4\u2705\u2714\u{1F449}\u{1F4CC}\u{1F534}\u{1F535}\u{1F538}-\u{1F53B}]\uFE0F?\s*)+/u;
/** Words after a place kicker that make a line a headline (`रांची: …`), not a dateline on its own line. */
const KICKED_HEADLINE_WORDS = 4;

/**
 * Builds the page cleaner once per data snapshot (all regexes compiled here). The cleaner turns
 * raw page text into a headline, a dateline and a body of prose paragraphs, recording everything
 * it drops: normalise → page stamps → split a one-line head → update line → live-blog stamps →
 * captions → footer → furniture lines → photo credits → kickers → headline search → re-join broken
 * lines → a byline opening the lead → dateline → sentence furniture → agency credit → repeats →
 * headlines/subheadings → spacing → a cut-off end → live entries. Without a headline line the title is built from
 * the lead sentence, which stays in the body.
 * It never throws: on an internal failure it falls back to first line / remaining lines.
 */
export function createCleaner(data: CleaningData, options: CleanerOptions = {}): (raw: string) => CleanedPage {
  const months = monthAlternation([...data.monthSpellings, ...(options.monthSpellings ?? [])]);
  const stripPageStamp = createPrefixStripper(data.pageStamps, 'page-stamp');
  const knownPlaces = new Set((options.places ?? []).map(foldKey));
  const common = new Set((options.commonWords ?? []).map(foldKey));
  const stopwords = new Set(data.headline.stopwords.map(foldKey));
  const bodies = new Set((options.organisations ?? []).map(foldKey));
  const splitDateline = createDatelineSplitter(data, months, (place) => knownPlaces.has(foldKey(place)), (word) => common.has(foldKey(word)) || bodies.has(foldKey(word)));
  const stampDateline = createStampDateline(data, months);
  const splitHead = createHeadSplitter(data, months, (line) => splitDateline(line) !== null);
  const parseUpdate = createUpdateLineParser(data.updateLines, data.zoneOffsets);
  const live = createLiveEntryMarker(data, months);
  const stripCaptions = createCaptionRemover(data);
  const cutFooter = createFooterCutter(data);
  const stripFurniture = createLineFurniture(data);
  const stripPhotoCredits = createPhotoCreditRemover(data);
  const unlabelHeadline = createHeadlineUnlabeller(data);
  const stripKicker = createKickerRemover(data);
  const stripTitleTails = createTitleTailStripper(data);
  const labelWords = new Set(data.kicker.labelWords.map((w) => w.toLowerCase()));
  const isLabel = (kicker: string): boolean => wordsOf(kicker).some((w) => labelWords.has(w.toLowerCase()));
  const join = createLineJoiner(data);
  const placeLine = createPlaceLine((w) => knownPlaces.has(foldKey(w)));
  const nameLine = createNameLine(options.givenNames ?? [], options.surnames ?? [], (w) => knownPlaces.has(foldKey(w)));
  // (a source and a place split by a slash, `आवाज द वॉयस/नई दिल्ली`, `विक्रम सिंह / सुल्तानपुर`: a byline, names of no fact)
  const slashLabel = createSlashLabel((w) => knownPlaces.has(foldKey(w)), (w) => stopwords.has(foldKey(w)));
  const findTitle = createTitleFinder(
    // without a word list every short line would look like a name: the byline test needs one
    // (a line of place names only is a section label: `उत्तर प्रदेश कैराना`)
    placesLabelled(common.size === 0 ? createTitleShape(data, months) : createTitleShape(data, months, (word) => common.has(foldKey(word)) || stopwords.has(foldKey(word))), placeLine, (line) => nameLine(line) || slashLabel(line) !== null),
    // a line opening with a dateline is the lead, unless it ends no sentence and goes on with a headline's
    // words (`रांची: जूता दुकानदार ने दी थी चोरी की जानकारी, आक्रोश में की हत्या`): a place kicker
    (line) => {
      const split = splitDateline(line);
      return split !== null && (endsSentence(line) || hasInnerSentenceEnd(line) || wordCount(split.rest) < KICKED_HEADLINE_WORDS);
    },
    (line, next) => join([line, ...next])[0] !== line,
    // (a dated one: `सूरज न्यूज, कटिहार।` above a photo's caption is a site's credit, the story's lead below)
    (line) => {
      const split = splitDateline(line);
      return split !== null && split.rest === '' && split.dateline.date !== null;
    },
  );
  const stripCredit = createCreditRemover(data);
  const lists = createDataLists(data);
  const filterHeadlines = createHeadlineFilter(data, lists);
  const sentenceFurniture = createSentenceFurniture(data, months);
  const leadTitle = createLeadTitle(data, months);

  const leadOpening = createLeadOpening(data, {
    splitDateline,
    isCommonWord: (word) => common.has(foldKey(word)),
    isStopword: (word) => stopwords.has(foldKey(word)),
    isKnownPlace: (words) => knownPlaces.has(foldKey(words)),
  });

  const clean = (raw: string): CleanedPage => {
    const removed: Removal[] = [];
    let printedUpdate: string | undefined;
    let lines = normaliseText(raw).split('\n').map((l) => stripPageStamp(squeeze(splitGluedScripts(l)), removed));
    lines = splitHead(lines).map((line) => {
      const stamp = line === '' ? null : parseUpdate(line);
      if (stamp === null) return line;
      printedUpdate ??= stamp;
      removed.push({ kind: 'update', text: line });
      return '';
    });
    const marked = live.mark(unlabelHeadline(stripTitleTails(lines, removed), removed));
    lines = stripCaptions(marked.lines, removed);
    lines = cutFooter(lines, removed);
    lines = stripFurniture(lines, removed);
    lines = stripPhotoCredits(lines, removed);
    const stamp = stampDateline(lines, removed);
    lines = stamp.lines;
    const kickers = takeKickers(lines, removed, stripKicker, isLabel);
    const found = findTitle(kickers.lines, removed);
    const restore = kickers.settle(found.title, removed);
    // a headline printed as a bullet of a highlights box (`- एफसी गोवा ने …`) loses its bullet
    const headline = found.title === null ? '' : fixSpacing(found.title, false).replace(HEADLINE_BULLET, '');
    const joined = join(found.rest.map(restore)).map((l) => fixSpacing(l).replace(LIST_GLYPH, '')).filter((l) => l !== '');
    // the lead loses a byline prefix, a section label and its dateline
    const lead = leadOpening(joined, (l) => live.isMarked(l), removed);
    let body = lead.body;
    // (a slash label above the story, `आवाज द वॉयस/नई दिल्ली`, gives the place when the lead has no dateline)
    const labelled = removed.filter((r) => r.kind === 'title-byline').map((r) => slashLabel(r.text)).find((d) => d !== null) ?? null;
    const dateline: Dateline | null = lead.dateline ?? stamp.dateline ?? labelled;
    body = sentenceFurniture.strip(body, removed).filter((l) => l !== '');
    body = stripCredit(body, removed);
    body = removeRepeats(headline, body, removed);
    body = filterHeadlines(headline, body, removed);
    const paragraphs = sentenceFurniture.cutOff(body.map((l) => fixSpacing(l)), removed, lists.isItem).filter((l) => l !== '');
    const entries = live.collect(paragraphs, marked.stamps);
    const text = entries.paragraphs.join('\n');
    const title = headline !== '' ? headline : leadTitle(text);
    return { title, body: text, dateline, entries: entries.entries, ...(printedUpdate ? { printedUpdate } : {}), removed };
  };

  return (raw) => {
    try {
      return clean(typeof raw === 'string' ? raw : '');
    } catch (cause) {
      const lines = normaliseText(String(raw ?? '')).split('\n').map(squeeze).filter((l) => l !== '');
      return {
        title: lines[0] ?? '',
        body: lines.slice(1).join('\n'),
        dateline: null,
        entries: [],
        removed: [{ kind: 'error', text: `cleaning failed: ${(cause as Error).message}` }],
      };
    }
  };
}
