/** Shared shapes of the core. Every fact carries the sentence it came from and its span there. */

/** UTF-16 offsets into `Sentence.text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Sentence indexes of the text around the body: the headline and the dateline are read like sentences. */
export const TITLE_SENTENCE = -1;
export const DATELINE_SENTENCE = -2;
/** The fragment a cut-off page ends with: its facts count, it is never a summary line. */
export const FRAGMENT_SENTENCE = -3;
/** Subheadings between paragraphs (`सेंसेक्स में 170 अंकों की गिरावट`): only their quantities count. */
export const SUBHEADING_SENTENCE = -4;

export interface Sentence {
  /** 0-based position in the article body's sentence list. */
  index: number;
  text: string;
  /** Index of the paragraph (block of text between blank lines / line breaks) it came from. */
  paragraph: number;
  /** True when this is a piece of an over-long run the splitter cut (see MAX_SENTENCE_CHARS). */
  cut?: boolean;
}

export type Granularity = 'day' | 'week' | 'month' | 'year';

export interface DateFact {
  /** The Hindi text matched, exactly `sentence.text.slice(span.start, span.end)`. */
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYYY-Www`. */
  value: string;
  /** Last day/month/year of a range, same format as value; absent for single dates. */
  end?: string;
  granularity: Granularity;
  sentence: number;
  span: Span;
  /** How it was resolved: printed in full, completed from context, or relative to a reference date. */
  kind: 'absolute' | 'inferred' | 'relative';
}

/** What the Hindi says about a number's value (लगभग = about, कम से कम = at least, हजारों = vague …). */
export type NumberQualifier = 'exact' | 'about' | 'at least' | 'more than' | 'less than' | 'up to' | 'range' | 'vague';

/** What happened to the counted people or things, when the phrase says it (9 लोगों की मौत = killed). */
export type NumberRole = 'killed' | 'injured' | 'missing' | 'arrested' | 'affected' | 'rescued';

export interface NumberFact {
  text: string;
  /** The number the Hindi states, in base units; for `vague` the order of magnitude (हजारों = 1000). */
  value: number;
  /** Upper end of a `range` (4 से 6 प्रतिशत: value 4, end 6). */
  end?: number;
  /** Counted thing in English singular (missile, soldier, percent …), null when unknown. */
  unit: string | null;
  qualifier: NumberQualifier;
  /** True unless `qualifier` is exact (kept for compatibility). */
  approx: boolean;
  role?: NumberRole;
  /** Hindi text of the name the number belongs to in a coordinated list (भाजपा 240 और कांग्रेस 99). */
  owner?: string;
  /** The figure of a clause about what will or may happen (future, forecast, possibility): not an outcome. */
  expected?: true;
  sentence: number;
  span: Span;
}

export type EntityKind = 'person' | 'place' | 'organisation';

/** One occurrence of a named entity in a sentence. */
export interface EntityMention {
  kind: EntityKind;
  /** Canonical English name (Wikipedia-title spelling); also the entity's identity. */
  en: string;
  /** Canonical Hindi name for the entity (the gazetteer's first name, or the text as found). */
  hi: string;
  /** The surface text in the sentence. */
  text: string;
  sentence: number;
  span: Span;
  /** English role or title when the entity is a person with a known/stated role ("President"). */
  role?: string;
  /** English country name the person/organisation belongs to, when known. */
  country?: string;
  /** True when the name came from context rules and romanisation, not from a gazetteer. */
  guessed?: boolean;
  /** For places: true when matched via an adjective (रूसी → Russia). */
  adjective?: boolean;
}

/** Aggregated entity as reported in `facts.people|places|organisations`. */
export interface EntitySummary {
  hi: string;
  en: string;
  mentions: number;
}

export interface ArticleFacts {
  dates: DateFact[];
  numbers: NumberFact[];
  mentions: EntityMention[];
}

/** A problem found while loading content or config: never thrown at a user, always listed. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Context a date is resolved against. */
export interface DateContext {
  /** Publication date `YYYY-MM-DD`: relative expressions and yearless dates resolve against it. */
  published: string;
}

/** Finds every temporal expression of one sentence (src/core/facts/dates). */
export type DateExtractor = (sentence: Sentence, context: DateContext) => DateFact[];

/** Finds quantities of one sentence, skipping spans already taken by dates (src/core/facts/numbers). */
/** The sports an article is about (its words, over all its sentences): a bare `2-1` in a hockey report is goals. */
export interface NumberScope {
  cricket: boolean;
  goals: boolean;
  points: boolean;
  /** A sport whose match scores run past 40 points (kabaddi: 66-46). */
  matchPoints: boolean;
  exam: boolean;
}
/**
 * `people`: the spans of the sentence's people among `taken` (a bracketed number after a name is an age);
 * `previous`: the facts of the sentence before (`इनमें से 80 पास हुए` counts what it counted).
 */
export type NumberExtractor = (sentence: Sentence, taken: readonly Span[], scope?: NumberScope, people?: readonly Span[], previous?: readonly NumberFact[]) => NumberFact[];

/** Finds people, places and organisations across an article's sentences (src/core/facts/entities). */
/** `published` (YYYY-MM-DD) picks the gazetteer office a person held then. */
export type EntityExtractor = (sentences: readonly Sentence[], published?: string) => EntityMention[];

export interface Bilingual {
  hi: string;
  en: string;
}

/**
 * How an English line was made: `rules` = a sentence built by the offline renderer, confident of its
 * frame; `facts` = the structured line of labelled facts (`Vladimir Putin · to visit · North Korea`);
 * `provider` = a translation service's sentence that passed the fact guard (src/core/translation).
 */
export type EnSource = 'rules' | 'facts' | 'provider';

/** A headline with how its English line was made. */
export interface BilingualTitle extends Bilingual {
  enSource: EnSource;
}

/** Summary lines: `en[i]` renders `hi[i]`, made as `enSource[i]` says. */
export interface BilingualLines {
  hi: string[];
  en: string[];
  enSource: EnSource[];
}

/** A page after cleaning (src/core/content). */
/** The dateline split off the start of the first body paragraph: `पटना, 14 मार्च (भाषा)`. */
export interface Dateline {
  /** The whole dateline as written, agency and separator included. */
  text: string;
  /** The place words (`पटना`, `नई दिल्ली`), or '' when the dateline names none (`पांच फरवरी (भाषा)`). */
  place: string;
  /** The date words (`14 मार्च`, `अप्रैल 9`), or null when the dateline has none. */
  date: string | null;
  /** The site's credit after a slash or in brackets (`बेंगलूरु/दक्षिण भारत।`, `(लाइव 7)`): furniture, in `text` only. */
  credit?: string;
  /** The reporter named before the place (`प्रभास रंजन, दरभंगा, देशज टाइम्स :`): furniture, in `text` only. */
  reporter?: string;
}

/** A live-blog entry: a body paragraph that started with a timestamp (`10:45 AM`, `अपडेट 14:32`). */
export interface LiveEntry {
  /** Index of the paragraph in `body` (0-based, as `Sentence.paragraph` counts them). */
  paragraph: number;
  /** The timestamp as written; it is removed from the paragraph text. */
  stamp: string;
}

export interface CleanedPage {
  /**
   * Headline, cleaned (no SEO kicker, no furniture). A page without a headline line gets a title
   * built from its lead sentence (cut at a clause boundary); that sentence stays in the body.
   */
  title: string;
  /** Body text: paragraphs separated by `\n`, furniture removed, broken lines re-joined. */
  body: string;
  /** The dateline of the first paragraph (not part of `body`), or null. */
  dateline: Dateline | null;
  /** Live-blog entries, in body order; [] for ordinary articles. */
  entries: LiveEntry[];
  /** `YYYY-MM-DDTHH:MMZ` from a printed `Update:` line, when the page has one. */
  printedUpdate?: string;
  /** What was removed and why, for `validate` and debugging. */
  removed: { kind: string; text: string; trailing?: true }[];
}

/** One article file as found in the content folder, before analysis. */
export interface SourceArticle {
  /** File name without extension. */
  id: string;
  /** Path relative to the content folder. */
  file: string;
  /** Publication date `YYYY-MM-DD` (from metadata.yaml, else the printed Update line). */
  published: string;
  /** Full timestamp when known (ISO 8601). */
  publishedAt?: string;
  language: string;
  raw: string;
}

/** Everything the core knows about one article; input to summaries, event index and digest. */
export interface AnalysedArticle {
  id: string;
  file: string;
  published: string;
  publishedAt?: string;
  title: BilingualTitle;
  summary: BilingualLines;
  sentences: Sentence[];
  facts: ArticleFacts;
  entities: { people: EntitySummary[]; places: EntitySummary[]; organisations: EntitySummary[] };
  /** English rendering of each sentence that carries a date (index → text), for the event index. */
  english: Map<number, string>;
}
