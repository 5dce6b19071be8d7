import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);

/** A regex source that compiles with the `u` flag: a broken one is reported with file and line at load. */
function compilesUnicode(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}
const dict = z.record(z.string().min(1), z.string()).default({});

/**
 * A Hindi predicate and its English verb. `hi` forms end in a verb stem ("चर्चा कर", "पहुंच"):
 * a stem listed in `lightVerbs` expands to its listed forms, any other stem to regular endings.
 */
export const verbEntrySchema = z.object({
  hi: z.array(z.string().min(1)).min(1),
  /** English verb phrase; its first word is conjugated (see `irregular`). */
  en: z.string().min(1),
  /** English noun for a line without a subject ("बारिश हुई" → "rain"). */
  noun: z.string().optional(),
  /** Hindi postposition that marks the verb's object (पर for चर्चा, से for मुलाकात); that chunk loses its preposition. */
  obj: z.string().optional(),
  /** English preposition put before that object ("imposed sanctions on X"). */
  prep: z.string().optional(),
  /** Verb of saying: its subject becomes the attribution of the reported clause. */
  say: z.boolean().default(false),
  /** Reciprocal ("X और Y की मुलाकात हुई" → "X and Y met"): a genitive before the noun is the subject. */
  mutual: z.boolean().default(false),
  /** English verb when the clause's subject is marked को and no agent is named ("X को सीटें मिलीं" → "X got"). */
  dative: z.string().optional(),
  /** English verb when the clause has no agent, no dative and no object of `obj` ("22 नए मरीज मिले" → "were found", not "met"). */
  found: z.string().optional(),
  /** English verb when what is reached or got is a quantity or a level, not a place ("50 डिग्री तक पहुंचा" → "reached"). */
  quantity: z.string().optional(),
  /** Takes a predicate after its को-object: English verb then ("X को असंवैधानिक करार दिया" → "declared X unconstitutional"). */
  complement: z.string().optional(),
  /** An infinitive before "का/की" and this verb is its complement: "Y को Z करने का निर्देश दिया" → "ordered Y to Z". */
  infinitive: z.boolean().default(false),
  /** Lasts over time: "X तक" reads "until X", not "by X". */
  durative: z.boolean().default(false),
  /** English for में after this verb when it is not "in" ("पीड़ितों में कंबल बांटे" → "distributed blankets among victims"). */
  among: z.string().optional(),
  /** A value's change only with a figure in its clause: घट also means "to happen" (यह हादसा गोंडा में घटा है). */
  needsFigure: z.boolean().default(false),
  /** A verb of people that a sum of money does in a figure of speech (रुपये डूबे: were lost, not drowned): no sentence beside a sum. */
  notOfMoney: z.boolean().default(false),
});

export const tenseMarkersSchema = z
  .object({
    future: words,
    progressive: words,
    perfect: words,
    passive: words,
    passiveFuture: words,
    /** Subjunctive passive (किया जाए → should be done). */
    subjunctive: words,
    present: words,
    pastAux: words,
    negation: words,
    /** Modal verb → English modal (सकता → may, चाहिए → should). */
    modal: dict,
    /** Infinitive complements ("करने की उम्मीद है" → "is expected to"). */
    intent: dict,
    /** Light-verb stems that never make a passive (हो, बन, रह): "बन गया" is "became", not "was become". */
    intransitive: words,
  })
  .default({
    future: [], progressive: [], perfect: [], passive: [], passiveFuture: [], subjunctive: [], present: [], pastAux: [], negation: [], modal: {}, intent: {}, intransitive: [],
  });

/** Schema of config/lexicon.yaml: stopwords, demonyms and the Hindi→English news lexicon. */
export const lexiconDataSchema = z.object({
  /** Function words ignored by sentence similarity. */
  stopwords: words,
  /** English country name → demonym ("Russia" → "Russian"). */
  demonyms: dict,
  /** Light-verb stem → its conjugated forms (कर → करेंगे, किया, की …). */
  lightVerbs: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  verbs: z.array(verbEntrySchema).default([]),
  /** Irregular English verbs: base → `past|participle`. */
  irregular: dict,
  tense: tenseMarkersSchema,
  /** Offices and titles, put before a person's name ("उप विदेश मंत्री" → "Deputy Foreign Minister"). */
  roles: dict,
  /** Institutions and groups that take a demonym ("विदेश मंत्रालय" → "foreign ministry"). */
  institutions: dict,
  nouns: dict,
  adjectives: dict,
  /** English nouns of movement: a place before them reads "to X" ("visit to North Korea"). */
  motionNouns: words,
  /** Destinations a verb's English ends in (`send to jail`): the object goes before them ("sent accused to jail"). */
  destinations: words,
  /** English nouns of people: `22 वर्षीय` before one (or before a person's name) is an age, "22-year-old". */
  personNouns: words,
  /** Kin after an age adjective (`94 वर्षीया माता`): "94-year-old mother", the age the kin's, not the name's before it. */
  kinNouns: dict,
  /** Ordinals that are "another" (their plural form `plural` "other") unless their noun is counted in order (दूसरी पार्टी: another party; दूसरे टेस्ट: second Test). */
  ordinalNouns: z.object({ words, nouns: words, plural: words }).prefault({}),
  /** Abbreviations written with a stop, read as the word they stand for (`अति.` → अतिरिक्त: `अति. पुलिस अधीक्षक` is an additional SP). */
  abbreviations: dict,
  /** Units of a margin: "X से" after them reads "by X" (run, wicket, vote). */
  marginUnits: words,
  /** Stems of winning and losing (हरा, जीत, हार): a figure in a margin unit with "से" before one is the margin, not a side's score. */
  marginVerbs: words,
  /** A side before को and a finite verb of defeat (हराया, मात दी) is labelled "beaten:" in a structured line (summary/beaten.ts). */
  beaten: z.object({ verbs: words, ends: words, conditionals: words, between: words }).prefault({}),
  /** Units of places and bodies whose figure a genitive after it leaves as it is (`40 गांवों का संपर्क कट गया`: 40 villages). */
  ownerUnits: words,
  /** A figure departing from a base (`सामान्य से 4.5 डिग्री कम`): base nouns → English, and the words after the figure for above and below. */
  departures: z.object({ bases: dict, above: words, below: words }).default({ bases: {}, above: [], below: [] }),
  /** A headline's teaser tail (`…, जानें कहां किसने दर्ज की जीत`): a verb inviting the reader and the question words after it; the tail says no fact. */
  teasers: z.object({ verbs: words, questions: words }).default({ verbs: [], questions: [] }),
  /** Nouns of a cost (लागत): an amount of money said as one ("1.97 करोड़ रुपये की लागत से") is labelled "cost:", never "expected:". */
  costNouns: words,
  /** Cost nouns that are also a verb's part (खर्च होंगे: will be spent): a cost only after their genitive (का खर्च). */
  costVerbNouns: words,
  /** Nouns of a person's age (उम्र, आयु): years before their genitive are an age, labelled "age:" (92 वर्ष की आयु में). */
  ageNouns: words,
  /** Words of an order or a demand: a date before तक in their sentence is a deadline ("by:"), not how long something lasts. */
  deadlineCues: words,
  /** English verbs with no passive (fall, rise, die): a Hindi passive glossed by one is not rendered as a sentence. */
  intransitiveVerbs: words,
  /** A value that moves: stems and words of falling and rising, the auxiliary of a change of state (होकर), the words of a close and an open, and the units that move. */
  movements: z
    .object({ down: words, up: words, downWords: words, upWords: words, becoming: words, alias: words, notAfter: words, closed: words, opened: words, units: words, coordinators: words, caseMarkers: words })
    .default({ down: [], up: [], downWords: [], upWords: [], becoming: [], alias: [], notAfter: [], closed: [], opened: [], units: [], coordinators: [], caseMarkers: [] }),
  /** Train names: the words before a head (एक्सप्रेस) name the train; lists of names joined by `joiners` share it; `words` of a name said in English. */
  trainNames: z.object({ heads: words, notAfter: words, joiners: words, notNames: words, words: dict }).prefault({}),
  /** Units of a rate: a figure then प्रति (or /) and one of these is "per" it (`2275 रुपये प्रति क्विंटल` → "Rs 2,275 per quintal"). */
  rateUnits: dict,
  /** Of those, the units a price names with no प्रति (`64711 रुपये किलो`: Rs 64,711 a kilo). */
  bareRateUnits: words,
  /** Words of how often right before a figure (रोज सवा करोड़ श्रद्धालु): English "a day", "a month", "a year" → Hindi. */
  frequencies: z.record(z.string(), words).default({}),
  /** English nouns of places: "X पर" before them reads "at X" (airport, border). */
  locationNouns: words,
  /** Hindi postposition (single or compound) → English preposition; "" drops it. */
  postpositions: dict,
  /** Ergative pronouns (उन्होंने → they): a subject with its agent marker. */
  ergativePronouns: dict,
  /** Genitive postpositions (का, की, के). */
  genitive: words,
  /** Agent markers (ने, द्वारा, के द्वारा). */
  agent: words,
  /** Source markers: "X के अनुसार" → "according to X". */
  according: words,
  /** Complementiser that introduces reported speech (कि). */
  complementiser: words,
  /** Conjunctions joining names (और, तथा, एवं). */
  conjunctions: words,
  /** Conjunctions that open a new clause (क्योंकि → because). */
  clauseConjunctions: dict,
  /** Relative pronouns: ", जो …" clauses are left out of the English line. */
  relativePronouns: words,
  /** Adverbs and adverbial phrases → English (इस समय → currently). */
  adverbs: dict,
  /** Hindi qualifier inside or before a number → English ("कम से कम" → "at least"). */
  numberQualifiers: dict,
  /** Words that make a date relative (last/this/next) and generic unit words (week/month/year). */
  relative: z
    .object({ last: words, this: words, next: words, week: words, month: words, year: words })
    .default({ last: [], this: [], next: [], week: [], month: [], year: [] }),
  /** Regex sources removed from the start of a Hindi summary line (kickers, datelines). */
  leadStrip: z.array(z.string().min(1).refine(compilesUnicode, { message: 'not a valid regular expression (u flag)' })).default([]),
  /** A date before these is the base of a comparison ("compared with: 2019"), not the time of the fact. */
  comparisonBase: z
    .object({ markers: words, than: words, comparatives: words })
    .default({ markers: [], than: [], comparatives: [] }),
  /** Scale words that count nothing alone: a number fact whose text starts with one is not shown ("अरब देशों"). */
  bareScales: words,
});

export type LexiconData = z.infer<typeof lexiconDataSchema>;
export type VerbEntry = z.infer<typeof verbEntrySchema>;
