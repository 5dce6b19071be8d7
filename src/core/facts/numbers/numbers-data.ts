import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);
const values = z.record(z.string().min(1), z.number()).default({});
/** Qualifiers a phrase can state (range and exact come from the number itself). */
/** (`exact`: a phrase that says nothing of the value but stands between it and its noun: `हजारों की संख्या में श्रद्धालु`) */
export const PHRASE_QUALIFIERS = ['about', 'at least', 'more than', 'less than', 'up to', 'vague', 'exact'] as const;

const forms = z.record(z.string().min(1), z.array(z.string().min(1))).default({});

/**
 * Schema of config/numbers.yaml: Hindi number words, multipliers, approximation words and the
 * counted-noun lexicon. Every key defaults to empty, so `{}` (a broken file) yields an extractor
 * that finds only bare digits.
 */
export const numbersDataSchema = z
  .object({
    /** Cardinal words with spelling variants: एक: 1 … निन्यानवे: 99, सौ: 100 alone is a multiplier. */
    words: values,
    /** Fractional numbers usable alone or before a multiplier: डेढ़: 1.5, ढाई: 2.5. */
    fractions: values,
    /** Added to the following number (साढ़े तीन = 3.5, सवा सौ = 125, पौने दो = 1.75). */
    modifiers: values,
    /** सौ: 100, हज़ार: 1000, लाख: 100000, करोड़, अरब, दर्जन … (also Latin million, billion). */
    multipliers: values,
    /** Multipliers that count only after a number (अरब alone is "Arab", लाख alone "countless"): no number alone. */
    boundMultipliers: words,
    /** A multiplier before one of its nouns is a name, even after a number (अरब देशों: Arab countries). */
    multiplierNames: z.record(z.string(), words).default({}),
    /** Vague plurals, reported approx with the multiplier as value: हज़ारों: 1000, सैकड़ों: 100. */
    vague: values,
    /** Qualifier phrases by qualifier, before the number (लगभग, कम से कम, कई) and after it (से अधिक, तक). */
    qualifiers: z
      .object({
        before: z.partialRecord(z.enum(PHRASE_QUALIFIERS), words).default({}),
        after: z.partialRecord(z.enum(PHRASE_QUALIFIERS), words).default({}),
        /** `about` words that after के mean "near" (बजे के करीब एक …): then no count's qualifier for एक. */
        near: words,
        /** Verbs of reaching after a `तक का` that make it the level reached (`₹53590 तक का पहुंच गया`), no limit. */
        reachedBefore: words,
        /** Words of a rate (`प्रति किलो`) a तक may follow and still limit the figure before it (`28,000 रुपए प्रति किलो तक का इजाफा`). */
        rateWords: words,
      })
      .prefault({}),
    /** Role phrases after the quantity (की मौत, घायल) or before it (मृतकों की संख्या), and the words between. */
    roles: z
      .object({
        after: forms,
        before: forms,
        /** Words that may stand between the quantity and its role phrase (की, को, अब, भी). */
        bridge: words,
        /** Units whose quantities never take a role (year, rupee …). */
        roleless: words,
        /** `A समेत B`: A is part of B and takes its role. */
        inclusive: words,
        /** Place postpositions ending a short phrase between people and their role (इन भूकंपों में). */
        places: words,
        /**
         * A headline's verb before the count whose object is the lives after it: `ने ली 11 की जान`
         * (killed), `बचाई 5 की जान` (rescued). `lives` are the words for the lives.
         */
        lives: z.object({ words, verbs: forms }).prefault({}),
      })
      .prefault({}),
    /** Coordinated name–number lists (भाजपा 240 और कांग्रेस 99 सीटों): joiners, name–number links and
     * "out of" phrases (90 में से 48 सीटें) across which a bare number takes the next one's noun. */
    lists: z.object({ joiners: words, links: words, labelLinks: words, outOf: words, changes: words, placeUnits: words, partOf: words, ofThese: words, ofTheseLocatives: words, agents: words, others: words, shareBefore: words, shareAfter: words, readingLabels: words }).prefault({}),
    /** Context words: a/b is runs/wickets among `runsWickets` or after `scoreWords` (a-b before `seriesAfter`
     * a cricket series), a-b goals among `goals` and points among `points` (badminton); अंक are marks
     * among `exam`; a unitless level of 1000+ among `indexPoints` is in points, and so is a move before
     * one of `indexMoves` (गिरकर); among `references` a
     * bare unitless number is a section or act number. A sentence with no sport word takes the
     * article's (number-scope.ts). */
    scores: z.object({ runsWickets: words, scoreWords: words, goals: words, points: words, matchPoints: words, exam: words, seriesAfter: words, indexPoints: words, indexMoves: words, references: words, series: words, notBefore: words, dotLinks: words, dotResults: words }).prefault({}),
    /** Demonyms that, alone after a number (before a postposition or particle), count people: 49 भारतीयों समेत. */
    demonyms: words,
    /** Units said before the number (रिक्टर स्केल पर 5.4), by English unit. */
    unitsBefore: forms,
    /** "X की संख्या (बढ़कर) N": the number counts X (words for "number", links, words of change). */
    countOf: z.object({ words, links: words, moves: words, totals: words }).prefault({}),
    /** Money nouns after की/का/के that put a हजार/लाख/करोड़ amount with no currency in rupees (500 करोड़ की लागत). */
    moneyNouns: words,
    /** Money nouns that put an amount in rupees right after it too, with no की (4 लाख मुआवजे की घोषणा). */
    moneyNounsAfter: words,
    /** Goods an amount of lakhs or crores is the worth of after की/का/के (`लाखों के मोबाइल`): the amount is in rupees. */
    goodsWorth: words,
    /** Words of earnings or spending right before a हजार/लाख/करोड़ amount that put it in rupees (कलेक्शन 4 करोड़). */
    moneyWordsBefore: words,
    /** Verbs of giving right after a हजार/लाख/करोड़ amount with no unit that put it in rupees (50 हजार दिए जाएंगे). */
    moneyVerbsAfter: words,
    /** Verbs of earning right after such an amount that put it in rupees (21 करोड़ कमा लिए). */
    earnVerbsAfter: words,
    /** Units of time, never counted across a genitive (`दो तांबे के घंटे` are bells). */
    timeUnits: words,
    /** Units of goods: a figure with no currency before a rate word + (a number) + one (`75,687 प्रति 10 ग्राम`) is a price in rupees. */
    pricedPer: words,
    /** Words after such an amount that end its phrase besides stop words and joiners (कलेक्शन 4 करोड़ पार). */
    moneyEnds: words,
    /** A scale word right before करोड़ with no unit is rupees (31.07 लाख करोड़ डूबे). */
    impliedRupees: z.object({ crore: words, scales: words }).prefault({}),
    /** What befalls people, postposition first, after a bare count that then counts people (की हालत गंभीर, के खिलाफ). */
    impliedPeople: words,
    /** …those a case is filed against (के खिलाफ केस, पर मुकदमा): the accused. */
    impliedAccused: words,
    /** Currency signs written before the number, by English unit: rupee: [₹, रु.], dollar: [$]. */
    currency: forms,
    /** Counted nouns by English singular unit; every Hindi form (direct, plural, oblique, adjectival). */
    units: forms,
    /** Counted nouns with two meanings: a form is `unit` when a cue word stands in its sentence (कट्टे: sacks in a mandi report). */
    unitContexts: z.array(z.object({ unit: z.string().min(1), forms: words, cues: words })).default([]),
    /** Forms in `units` that count only at the end of their noun phrase (3 गोल्ड जीते, not 12 गोल्ड बिस्किट). */
    unitsAlone: words,
    /** Units of people that head a compound after another counted noun (ग्राम पंचायत सदस्य: members). */
    compoundHeads: words,
    /** Counted nouns of a body a compound head may follow across (जिला पंचायत सदस्य). */
    compoundBridges: words,
    /** Units that, right after a compound head, are what is counted (… सदस्य सीटों: seats). */
    compoundSlots: words,
    /** Vehicles whose riders (सवार) a count may count (`दो बाइक सवार`; not `26 पर्यटक सवार`, tourists aboard), and the people riders are (`… सवार युवकों`). */
    ridden: z.object({ vehicles: words, riders: words }).prefault({}),
    /** Units with which a bare एक is a quantity (एक प्रतिशत, एक रुपया), not an indefinite article. */
    oneUnits: words,
    /** Units of whole people and things: a fractional figure never counts them. */
    wholeCounts: words,
    /** Nouns after a year's counted noun that make the year name an event (2024 सब इंस्पेक्टर भर्ती, 2023 निकाय चुनाव). */
    yearEventNouns: words,
    /**
     * Words before a figure in these units that name the reading, not a limit (अधिकतम 34°C: the day's maximum), by English
     * unit; never when a word of `notAfter` or a stem of `changes` follows the figure (अधिकतम 3 डिग्री की गिरावट: up to).
     */
    readingNames: z.object({ names: forms, notAfter: words, changes: words }).prefault({}),
    /** Multipliers that make a round figure (दो दर्जन लोग: about 24): the count is "about" unless something else is said. */
    roundMultipliers: words,
    signedUnits: words,
    levelWords: words,
    /** Times of day before a figure of hours (`सुबह 10.30 घंटे पर`): a clock time, no length of time (clock-hours.ts). */
    clockTimeWords: words,
    /** Words right after a figure of hours that make it a clock time (`14.30 घंटे पर`: at that hour). */
    clockTimeAfter: words,
    /** Words of weight: a sentence with one (or a weight in kg) says पाउंड of weight, not money (compound-measures.ts). */
    weightWords: words,
    /** Words for एक/1 that act as an indefinite article unless approximated, multiplied or counted. */
    article: words,
    decimalPoint: words,
    /** "Not even N" (एक सीट भी नहीं, एक भी सीट नहीं): phrases after a quantity, words inside it before a negation. */
    notEven: z.object({ after: words, inside: words, negations: words, spans: words }).prefault({}),
    /** A temperature below zero in words (शून्य से 5 डिग्री नीचे): the words for zero, from and below. */
    belowZero: z.object({ zero: words, from: words, below: words }).prefault({}),
    /** "Only" words (सिर्फ़, केवल) that make a following एक a count. */
    only: words,
    /** Words ending the noun phrase after a number: postpositions, verbs, auxiliaries, particles. */
    stop: words,
    /** Genitive postpositions (का, की, के) that the noun search may cross once (छोटी दूरी की मिसाइलें). */
    genitive: words,
    /** Words joining two numbers into a range (से, या): दो से तीन दिन. */
    rangeJoiners: words,
    /** A number right after these is a reference, not a quantity: धारा 302, अनुच्छेद 370. */
    refuseBefore: words,
    /** A number right before these is not a quantity: 10 बजे, ordinal suffixes, month names. */
    refuseAfter: words,
    /** Words of a train service a five-digit figure before them numbers (`64211 मेमू ट्रेन`): an id, no count. */
    numberedServices: words,
    /** Words of a sentence about trains, where a five-digit figure before a route or in a list of trains is a train's number. */
    railwayWords: words,
    /** How many words may stand between the number and its counted noun. */
    maxGap: z.number().int().min(0).max(8).default(4),
    /** Endings of a finite verb that end the noun phrase after a figure (खरीदेगी): no unit is looked for beyond it. */
    phraseEndSuffixes: words,
  })
  .strict();

export type NumbersData = z.infer<typeof numbersDataSchema>;
