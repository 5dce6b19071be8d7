import { z } from 'zod';

/** A regex source; rejected (with file and line) when it does not compile with the `u` flag (`{month}`, `{place}` are placeholders). */
const pattern = z.string().min(1).refine(compiles, { message: 'not a valid regular expression (u flag)' });
const patterns = z.array(pattern).default([]);
const words = z.array(z.string().min(1)).default([]);

function compiles(source: string): boolean {
  try {
    new RegExp(source.replaceAll('{month}', 'm').replaceAll('{place}', 'p'), 'iu');
    return true;
  } catch {
    return false;
  }
}

/** Where a footer marker ends the article: everything from the marker on is furniture. */
const footerSchema = z.object({
  /** Line starts that end the article (Tags:, Similar News, Leave a Comment …). Case-insensitive. */
  markers: patterns,
  /** "Read also" line starts: cut like a footer when no prose follows, else only the link lines. */
  readAlso: patterns,
});

const headlineSchema = z.object({
  /** A line without sentence-final punctuation and at most this many words is not a sentence. */
  maxWords: z.number().int().positive().default(20),
  /** Share of a line's content words found elsewhere in the article needed to call it related. */
  minOverlap: z.number().min(0).max(1).default(0.34),
  /** Short lines ending in ? or ! with no topic word at all are pasted headlines too. */
  questionMaxWords: z.number().int().nonnegative().default(12),
  maxCommas: z.number().int().nonnegative().default(3),
  /** Stopwords ignored when comparing a line with the article (function words, light verbs). */
  stopwords: words,
  /** Words of a line announcing the article's key points (बड़ी बातें, हाइलाइट्स): bullets under it are content. */
  keyPointWords: words,
  /** Words that open a clause continuing the one before (वहीं, इसके अलावा): no headline starts with one. */
  continuations: words,
  /** Inflection endings stripped before comparing words (हमले/हमला → हमल), longest first. */
  suffixes: words,
  /** Extra place names (variants Intl.DisplayNames does not give) for the unknown-country test. */
  places: words,
  /** Ends of a reporter's lead-in to what follows (`… ने बताया`): a line ending so is prose, never a headline. */
  leadInEnds: words,
  /** Past auxiliaries ending narrative (`… करोड़ रुपये कमाए थे`): a line ending so lost its danda, it is prose like a lead-in. */
  narrativeEnds: words,
  /** Verbs that end a sentence: one with a full stop and more text after it on the line (`… किया है. खुशी …`) is prose wrapped mid-sentence, no headline. */
  finalVerbs: words,
});

const joinSchema = z.object({
  /** Words that cannot start a paragraph: a line starting with one continues the line before. */
  continuationStarts: words,
  /** Words that cannot end a paragraph or headline: a line ending with one continues below. */
  danglingEnds: words,
  /** Longest fragment (in words) that may sit alone between two broken lines (…एजेंसी / TASS / ने…). */
  fragmentMaxWords: z.number().int().nonnegative().default(3),
});

const titleSchema = z.object({
  /** A headline has at least / at most this many words and characters. */
  minWords: z.number().int().positive().default(3),
  maxWords: z.number().int().positive().default(22),
  maxChars: z.number().int().positive().default(160),
  /** Whole-line page labels (Breaking News, LIVE, ताज़ा खबर); one or two trailing `:`, `|` or `-` are allowed (`अनुवाद करें: |`). */
  labels: patterns,
  /** Date stamps found anywhere in a short line (`Updated: 14 Mar 2024, 10:32 AM IST`). `{month}` = a month name. */
  stamps: patterns,
  /** Whole-line menus and breadcrumbs (`होम / देश / …`). */
  menus: patterns,
  /** Whole-line URL slugs and site addresses. */
  slugs: patterns,
  /** A title built from the lead sentence is cut at a clause boundary within these limits. */
  leadMaxChars: z.number().int().positive().default(90),
  leadMinChars: z.number().int().nonnegative().default(25),
  /** Words that start a clause: a lead title may be cut before them. */
  clauseWords: words,
  /** Words a title cut at a word may not end on (a case marker, a joiner): they are dropped with the cut. */
  danglingWords: words,
  /** Endings of a word that modifies the next one (an age: `94 वर्षीया`): a cut title does not end on it, nor on its figure. */
  danglingEndings: words,
});

const titleDefaults = { minWords: 3, maxWords: 22, maxChars: 160, labels: [], stamps: [], menus: [], slugs: [], leadMaxChars: 90, leadMinChars: 25, clauseWords: [], danglingWords: [], danglingEndings: [] };

const datelineSchema = z.object({
  maxPlaceWords: z.number().int().positive().default(3),
  maxSiteChars: z.number().int().positive().default(30),
  /** Words that are never part of a dateline place (besides the headline stopwords). */
  notPlaces: words,
  /** A comma-only dateline (`नयी दिल्ली, उच्चतम न्यायालय ने …`) needs a known place and a sentence of this many words after it. */
  commaMinWords: z.number().int().positive().default(5),
  /** Words that continue a list, not a sentence, after `place,` (`पटना, गया और …`). */
  notAfterComma: words,
  /** Last words of a site's name (न्यूज, टाइम्स): a site before a place and a colon (`रोज न्यूज, मुंबई:`) needs one; a place and its state do not. */
  siteWords: words,
  /**
   * Whole stamp lines that carry the dateline (`aajtak.in नई दिल्ली, 30 जुलाई 2020, अपडेटेड 16:37 IST`,
   * `नई दिल्ली 08-Apr-2017`): groups `place` and `date`; `{place}` = one to maxPlaceWords Devanagari
   * words, `{month}` = a month name. The line is removed; its place and date become the dateline
   * when the lead has none.
   */
  stamps: patterns,
});

const sentenceFurnitureSchema = z.object({
  /** Embedded tweet text (`pic.twitter.com/…`, `— Name (@handle) March 3, 2024`). */
  tweets: patterns,
  /** Gallery counters at a sentence start (`1/7`, `2 of 10`). */
  gallery: patterns,
  /** A short paragraph whose first sentence welcomes the reader to a live blog goes whole. */
  welcome: patterns,
  /** A whole sentence that is the site's desk or web team (`बीएनपी न्यूज डेस्क।` before the lead). */
  bylines: patterns,
  /** A sentence asking the reader to follow the site (`… Facebook (https://…) पर Follow करें`). */
  social: patterns,
  /**
   * One-syllable words that end a finished sentence (`है.`, `था.`): a page ending with one is not
   * cut off mid-word (`लोगों क.` is).
   */
  shortWords: words,
});

/** Schema of config/cleaning.yaml: page furniture as data. Every part defaults to empty. */
export const cleaningDataSchema = z.object({
  /**
   * Printed update lines (`Update: 2024-06-18 08:21 GMT`). Named groups: year, month, day, hour,
   * minute and optional zone (a key of `zoneOffsets`; no zone means UTC).
   */
  updateLines: patterns,
  /** UTC offsets of the zone abbreviations printed on pages: `IST: '+05:30'`. */
  zoneOffsets: z.record(z.string(), z.string().regex(/^[+-]\d{2}:\d{2}$/)).default({}),
  footer: footerSchema.default({ markers: [], readAlso: [] }),
  /** Whole lines removed, by kind (share, advertisement, photo-credit, byline, timestamp …). */
  lines: z.record(z.string(), patterns).default({}),
  /** Lines longer than this many words are prose, never whole-line furniture. */
  lineMaxWords: z.number().int().positive().default(25),
  /** Spans removed inside lines, by kind (html-comment, html-tag, photo-credit in brackets …). */
  inline: z.record(z.string(), patterns).default({}),
  /** Spans removed inside lines, by kind, matched case-sensitively (lower-case SEO keywords in brackets). */
  inlineExact: z.record(z.string(), patterns).default({}),
  /** Photo credit starts; after a sentence end they run to the end of the line (with their caption). */
  photoCredits: patterns,
  /** Words printed between a byline name and its caption ("X द्वारा <caption>"). */
  bylineMarkers: words,
  /** News agencies credited in brackets at the end of the body: (एएनआई), (PTI). */
  agencies: words,
  /** Credit lines at the end of the body, group `agency` kept: `(इनपुट: भाषा)`. */
  creditLines: patterns,
  /** SEO kicker: Latin phrase + `:` before Hindi text. Group `kicker` is removed. */
  kicker: z
    .object({
      pattern: pattern.optional(),
      maxWords: z.number().int().positive().default(8),
      /** A kicker with one of these words (`LIVE Updates:`) is a label: removed from body lines too, not only from the headline. */
      labelWords: words,
    })
    .default({ maxWords: 8, labelWords: [] }),
  /** The site's name after a headline (`… जीते | भारत समाचार`, `… शतक - CGKIRAN`): group `tail` is removed from the top lines. */
  titleTails: patterns,
  /** Latin duplicate of a Hindi dateline (`मॉस्को moscow :`); group `latin` is removed. Case-sensitive. */
  datelineDuplicate: pattern.optional(),
  headline: headlineSchema.default({ maxWords: 20, maxCommas: 3, minOverlap: 0.34, questionMaxWords: 12, stopwords: [], keyPointWords: [], continuations: [], suffixes: [], places: [], leadInEnds: [], narrativeEnds: [], finalVerbs: [] }),
  join: joinSchema.default({ continuationStarts: [], danglingEnds: [], fragmentMaxWords: 3 }),
  /** Month spellings on top of the Intl names; `{month}` in stamp/tweet patterns matches any month. */
  monthSpellings: words,
  /** Stamps of stored pages at a line start (`date 2025-08-08 …`), removed. */
  pageStamps: patterns,
  /** A reporter's byline before the text of a line (`स्टाफ रिपोर्टर, एएनएम न्यूज:`, `मुंबई/नगर संवाददाता:`), removed. */
  bylinePrefixes: patterns,
  /** Media labels before the page's headline on its first line (`VIDEO: …`), removed. */
  headlineLabels: words,
  title: titleSchema.default(titleDefaults),
  dateline: datelineSchema.default({ maxPlaceWords: 3, maxSiteChars: 30, notPlaces: [], commaMinWords: 5, notAfterComma: [], siteWords: [], stamps: [] }),
  /** Live-blog timestamps that start an entry (`10:45 AM`, `अपडेट 14:32`). `{month}` = a month name. */
  liveStamps: patterns,
  /** Lines of a printed list of figures (`- कांग्रेस-77 सीटें`) and its header (`पंजाब(117 सीटें) :`): content. */
  dataLists: z.object({ items: patterns, headers: patterns, priceRows: patterns, priceHeaders: patterns }).default({ items: [], headers: [], priceRows: [], priceHeaders: [] }),
  sentenceFurniture: sentenceFurnitureSchema.default({ tweets: [], gallery: [], welcome: [], bylines: [], social: [], shortWords: [] }),
});

export type CleaningData = z.infer<typeof cleaningDataSchema>;
