import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);

/** English month / weekday names (lower case) that key the spelling variants in config/dates.yaml. */
export const MONTH_KEYS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;
export const WEEKDAY_KEYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Four-digit numbers that may be read as years, and the words that make them one. */
const yearsSchema = z.object({
  min: z.number().int().default(1800),
  max: z.number().int().default(2100),
  /** Words printed before a year: वर्ष 2019, साल 2020, सन 1947. */
  before: words,
  /** Postpositions after a year that make any plausible number a year (में, ई., के दौरान). */
  strongAfter: words,
  /** Postpositions that make a year only when not followed by a comparator (से अधिक) and not round. */
  weakAfter: words,
  /** Words after a weak postposition that make the number a quantity: 2000 से अधिक. */
  comparators: words,
  /** Nouns that a year may directly qualify: 2024 लोकसभा चुनाव, 1983 विश्व कप. */
  nounsAfter: words,
  /** Words before a number that make it anything but a year: ₹, नंबर, सेंसेक्स. */
  notAfterWords: words,
  /** An id's words: a figure glued to a month after one is the id (`ट्रेन संख्या 12मई`), no day. */
  idWords: words,
  /** Phrases after a year that cancel it: 2000 में से. */
  notFollowedBy: words,
  /** Magnitudes and counted nouns after a number (करोड़, प्रतिशत, सीटें): after an event name, no year. */
  magnitudes: words,
  /** Named events printed before their year: ओलंपिक 2028, विधानसभा चुनाव 2022. */
  eventsBefore: words,
});

const monthContextSchema = z.object({
  /** Words after a bare month name that make it a date: जनवरी में, जून तक. */
  after: words,
  /** Phrases that narrow a month and belong to the span: मई के अंत, जून की शुरुआत. */
  qualifiers: words,
  /** Month names that are also common words (मार्च, a protest march): stricter context when bare. */
  ambiguous: words,
  ambiguousNotBefore: words,
  ambiguousNotAfter: words,
  /** Words after `<month> <day>` (जून 21 को) that make it a date when no year follows. */
  monthDayAfter: words,
  /** Words after `<day> <month> <two digits>` that make the two digits a year (26 सितंबर 19 को = 2019), not a count. */
  shortYearBefore: words,
});

const modifiersSchema = z.object({
  previous: words,
  next: words,
  current: words,
  /** उसी / उस: only meaningful after a date in the same sentence. */
  same: words,
  /** "This very" (इसी): the date named earlier in the sentence when there is one, else the current one. */
  emphatic: words,
  /** Words before पिछले that tie it to a date named earlier: उससे पिछले साल. */
  anchorPrefixes: words,
  /** Every (हर, प्रत्येक): `हर सोमवार` recurs, it is no date. */
  every: words,
  /** Present-habitual auxiliaries after an imperfective verb (`लगती है`): a weekday of the clause recurs, no date. */
  habitual: words,
  /** Words after a weekday (and its को) that except it from a schedule (`शनिवार को छोड़कर`): no date. */
  except: words,
  /** Verbs of saying in the present (बताते हैं): no habit of the weekday before them. */
  sayings: words,
});

const unitsSchema = z.object({ year: words, month: words, week: words, day: words });

const daysSchema = z.object({
  today: words,
  /** कल: yesterday in a past-tense clause, tomorrow in a future one. */
  adjacent: words,
  /** परसों: two days before or after. */
  second: words,
  /** बीते दिन: the day before publication, whatever the tense. */
  yesterday: words,
});

const tenseSchema = z.object({
  future: words,
  /** Endings of future verb forms: करेंगे, होगी, जाएगा. */
  futureEndings: words,
  /** Past auxiliaries: था थी थे थीं. */
  past: words,
  /** Perfective participles: किया, हुआ, गया, कहा … (present perfect counts as past). */
  participles: words,
  /** Endings of perfective participles, trusted only before an auxiliary or clause end: बताया. */
  participleEndings: words,
  /** Forms that are past only at the end of a clause (की, दी, ली are also postpositions). */
  clauseFinalPast: words,
  progressive: words,
  present: words,
  /** Ergative markers (ने): a weak sign of a perfective, past clause. */
  ergative: words,
  /** वाला/वाली/वाले after an infinitive: होने वाली → about to happen. */
  prospective: words,
  /** Nouns of a forecast (अनुमान, संभावना): before है/हैं the clause speaks of what will happen (कल बारिश का अनुमान है). */
  expectations: words,
  /** Words of a deadline right before a date (`अंतिम तिथि कल`): with no past verb after it, the date is ahead. */
  deadlines: words,
  /** The modal of possibility (सकता): `रविवार को बारिश हो सकती है` may yet happen, a future. */
  possibility: words,
  /** Infinitives before है/हैं: what is to happen (`सुनवाई मंगलवार को होनी है`) lies ahead. */
  scheduled: words,
  /** Reason nouns before such an infinitive: it names what happened (`… की वजह … होना है`), nothing ahead. */
  scheduledNotAfter: words,
  /** Infinitives of an event's happening before वाला: about to happen even before a noun (`खेले जाने वाले मैच`). */
  happening: words,
  /** Words before होने वाला that make it an event's (`रविवार को होने वाली बैठक`), not who became something (`घायल होने वाले`). */
  eventBefore: words,
  clauseBoundaries: words,
  /** A past base before a figure (`पिछले साल के 1.77 लाख करोड़ रुपए`): that figure is no expected one in a forecast. */
  baselines: words,
  /** A level kept as it is (`रेपो रेट 5.5 फीसदी पर बरकरार रहेगा`): a decision taken, not an expected figure. */
  unchanged: words,
  /** Words right before a figure that make it reached so far (अब तक 3 लाख टन), never expected. */
  soFar: words,
  /** Rose/fell perfectives that end a comma clause of its own: that clause is done (expected figures). */
  movedPast: words,
  /** Words of a condition (अगर, यदि, तो): a clause with one says nothing happened. */
  conditionals: words,
  /** An exit or opinion poll's projection (`एग्जिट पोल में कांग्रेस को 55 सीटें`): its figures are expected. */
  projections: words,
});

/** Schema of config/dates.yaml. Every field defaults, so `{}` is valid (empty) data. */
export const datesDataSchema = z.object({
  /** Spellings on top of Intl month names (hi long, en long/short). */
  months: z.partialRecord(z.enum(MONTH_KEYS), z.array(z.string().min(1))).default({}),
  /** Spellings on top of Intl weekday names (hi long, en long). */
  weekdays: z.partialRecord(z.enum(WEEKDAY_KEYS), z.array(z.string().min(1))).default({}),
  /** English weekday names in Devanagari (फ्राइडे): a weekday only right before one of `loanWeekdayMarkers` (फ्राइडे को; not ब्लैक फ्राइडे सेल). */
  loanWeekdays: z.partialRecord(z.enum(WEEKDAY_KEYS), z.array(z.string().min(1))).default({}),
  loanWeekdayMarkers: words,
  /** Words before a loan weekday name that make it a named day (गुड फ्राइडे, ब्लैक फ्राइडे, साइबर मंडे), no weekday. */
  loanWeekdayBlockers: words,
  years: yearsSchema.prefault({}),
  monthContext: monthContextSchema.prefault({}),
  /** Words between a relative day and the printed day it names (`आज यानी 14 अक्टूबर`): one date, the printed one. */
  glosses: words,
  /** Words between coordinated days or years: 9 और 10 मार्च, 2019 और 2024 में. */
  coordinators: words,
  /** "N तारीख": day N of the month the sentence names, else of the month it last fell in. */
  dayOfMonth: words,
  /** Fiscal years, April to March: वित्त वर्ष 2024-25, FY25. */
  fiscal: z
    .object({
      prefixes: words,
      /** Ordinal words of the four quarters, in order: पहली … चौथी. */
      quarters: words,
      /** तिमाही, quarter. */
      quarterWords: words,
      /** Quarter words that make an ordinal alone a fiscal quarter (दूसरी तिमाही). */
      ordinalQuarterWords: words,
      resultsCues: words,
      /** `पिछले वित्त वर्ष की समान तिमाही`: the same quarter as the one just reported. */
      sameQuarter: words,
      /** `मार्च में समाप्त तिमाही`: the quarter that ended in the month before. */
      quarterEnded: words,
      /** Words of a sentence about seasons or school years, where 2024-25 is a range of years. */
      seasonCues: words,
    })
    .prefault({}),
  /** Days of the month written in words (नौ मई, पहली जनवरी): word → 1..31. */
  dayWords: z.record(z.string().min(1), z.number().int().min(1).max(31)).default({}),
  /** Decades: 1990 के दशक. */
  decades: z.object({ words, links: words }).prefault({}),
  /** Words and dashes between the two ends of a range: 18-19 जून, 2020 से 2023. */
  rangeJoiners: words,
  modifiers: modifiersSchema.prefault({}),
  units: unitsSchema.prefault({}),
  days: daysSchema.prefault({}),
  /** `दो दिन पहले`, `तीन साल बाद`: a count of units before or after publication (or a date named earlier). */
  counted: z
    .object({
      /** Number words up to a few dozen (digits are read as such): दो: 2, तीन: 3. */
      numbers: z.record(z.string().min(1), z.number().int().positive()).default({}),
      /** Words after the unit that count back: पहले, पूर्व. */
      before: words,
      /** Words after the unit that count forward: बाद. */
      after: words,
      /** Words before the count that make it approximate (करीब 10 महीने पहले): no date. */
      approximators: words,
      /** Particles right after the count that tie it to an event of the story, not the report (एक दिन पहले भी): no date. */
      storyParticles: words,
      /** Words between `से` and the count that keep it counted from the event before से (यात्रा से ठीक दो सप्ताह पहले). */
      fromAdverbs: words,
    })
    .prefault({}),
  /** Phrases that look like dates but are not: आज तक (also a TV channel), आजकल, कल-पुर्जे. */
  notDates: words,
  /** Page furniture before a date (Update:, ©): such dates are not facts of the article. */
  furniture: words,
  tense: tenseSchema.prefault({}),
  resolution: z
    .object({
      /** A yearless day this far after publication in a past-tense clause goes to the year before. */
      pastGraceDays: z.number().int().min(0).default(7),
      /** A yearless day this far before publication in a future-tense clause goes to the year after. */
      futureGraceDays: z.number().int().min(0).default(14),
      /** Words after a yearless date that make it a deadline or a fixed date: तक, के लिए, की तारीख. */
      targetsAfter: words,
      /** A time of day that may stand between the date and its target word: सोमवार सुबह 11 बजे तक. */
      clockBeforeTarget: z.object({ parts: words, hour: words }).prefault({}),
      /** Order and deadline words: with them a weekday before तक lies ahead of publication. */
      deadlineCues: words,
      /** Nouns of a scheduled event: with one, `कल` in a present clause is tomorrow (`कल होली का अवकाश है`). */
      scheduledEvents: words,
    })
    .prefault({}),
});

export type DatesData = z.infer<typeof datesDataSchema>;
