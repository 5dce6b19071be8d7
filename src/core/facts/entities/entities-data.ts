import { z } from 'zod';
import { roleDateSchema } from './gazetteer-data.js';

const words = z.array(z.string().min(1)).default([]);
const table = z.record(z.string(), z.string()).default({});
const variants = z.record(z.string(), z.array(z.string().min(1))).default({});

/** A title (office, rank, job) printed before a name: `राष्ट्रपति` → President. */
export const titleSchema = z.object({ hi: z.array(z.string().min(1)).min(1), en: z.string().min(1) });

/** A government portfolio: `विदेश` + मंत्री → Foreign Minister, + मंत्रालय → Ministry of Foreign Affairs. */
export const portfolioSchema = z.object({
  hi: z.array(z.string().min(1)).min(1),
  minister: z.string().min(1),
  ministry: z.string().min(1),
});

/** An organisation named by a fixed phrase, optionally only after a country (`<country> का …`). */
export const organisationPatternSchema = z.object({
  hi: z.array(z.string().min(1)).min(1),
  en: z.string().min(1),
  country: z.string().optional(),
});

/**
 * A place's own body named by a head noun after the place (`<place> पुलिस`): by the country's own
 * name (`names`), or for Indian places of `types` by `template` (`{place} Police`).
 */
export const placeBodySchema = z.object({
  hi: z.array(z.string().min(1)).min(1),
  template: z.string().min(1).optional(),
  types: words,
  names: table,
  type: z.string().optional(),
  /** Words right after the head that make it no body: विधानसभा क्षेत्र/चुनाव is a constituency or an election. */
  notBefore: words,
  /** Only the places in `names` have such a body (a state's school board): the template names no other. */
  namedOnly: z.boolean().default(false),
  /** The head may stand before the place too, joined to it (`नगर पालिका डोईवाला`, `जिला पंचायत इटावा`). */
  headFirst: z.boolean().default(false),
});

/** Schema of config/entities.yaml. Every field defaults, so `{}` is valid (empty) data. */
export const entitiesDataSchema = z.object({
  countries: z
    .object({
      /** ISO / CLDR region codes that are not countries (EU, UN, ZZ) or too ambiguous to match. */
      exclude: words,
      /** Region code → Wikipedia title where CLDR's English name differs (US → United States). */
      english: table,
    })
    .default({ exclude: [], english: {} }),
  cities: z
    .object({
      /** CLDR zone areas (Antarctica, Etc) and zone ids (Pacific/Truk) to leave out. */
      exclude: words,
      /** Zone id → Wikipedia title where CLDR's English exemplar city differs. */
      english: table,
    })
    .default({ exclude: [], english: {} }),
  /** Hindi (or Latin) forms never matched as places although CLDR lists them (जर्सी = jersey, माली = gardener). */
  ambiguousPlaces: words,
  /** English place name → extra Hindi/Latin spellings (अमेरिका → United States). */
  placeVariants: variants,
  /** English country name → demonym adjectives (रूसी → Russia). */
  demonyms: variants,
  demonymRule: z
    .object({
      /** Demonyms with a common non-place sense (चीनी = sugar): counted only before an affiliation head. */
      ambiguous: words,
      /** Nouns that make a demonym an affiliation (राष्ट्रपति, सरकार, सेना, कंपनी …), oblique forms folded in. */
      heads: words,
      /** Words after a demonym that mean language/food, never a place (भाषा, मिल, कीमत …). */
      blockers: words,
    })
    .default({ ambiguous: [], heads: [], blockers: [] }),
  titles: z.array(titleSchema).default([]),
  portfolios: z.array(portfolioSchema).default([]),
  /** Words before a title that qualify it (उप → Deputy, पूर्व → Former). */
  titleModifiers: table,
  /** Country → generic English role → that country's official title (United States: Foreign Minister → Secretary of State). */
  countryRoles: z.record(z.string(), table).default({}),
  /** Country → generic ministry name → that country's own body (United States: Ministry of Defence → United States Department of Defense). */
  countryMinistries: z.record(z.string(), table).default({}),
  /** Fixed-phrase organisations (विदेश विभाग → United States Department of State). */
  organisationPatterns: z.array(organisationPatternSchema).default([]),
  /** Bodies named by a place and a head noun (बिहार पुलिस, नेपाली सेना). */
  placeBodies: z.array(placeBodySchema).default([]),
  /** Nouns before a quoted work title (फिल्म ‘…’): the title names no person or place. */
  workNouns: words,
  /** Words right before a listed person that make them a local resident, a namesake (`… के रहने वाले लालू यादव`). */
  residentPhrases: words,
  /** Local offices (English role heads: Mayor, Councillor): a listed figure given one they never held is a namesake. */
  localOffices: words,
  /** Heads of `placeBodies` that, named bare (`हाईकोर्ट ने`), stand for the body of the article's state. */
  stateBodies: words,
  /** Surnames spelt by region in English (राय: Roy in West Bengal): states and Hindi → English words. */
  regionalSpellings: z.array(z.object({ states: z.array(z.string().min(1)).min(1), words: z.record(z.string().min(1), z.string().min(1)), except: z.array(z.string().min(1)).default([]) })).default([]),
  /** Heads of a town's bodies named bare (नगर निगम): the dateline town's body (see city-bodies.ts). */
  cityBodies: words,
  /** Honorifics before a name: they mark a name but carry no role (श्री, डॉ). */
  honorifics: words,
  /** Kinship nouns before a name (पत्नी, बेटे): like honorifics, a name follows, no role; `उनके बड़े बेटे X` too. */
  kinship: words,
  /** Words before a title that make it plural/generic (दोनों नेता, सभी मंत्री): no name follows. */
  determiners: words,
  /** Cues after a name that mark a speaker: `X ने कहा`, `X के अनुसार`. */
  attributionCues: words,
  /** Cues after a name that mark a person by a deed or an age (`X ने # रन`, `X के # विकेट`, `X उम्र #`); `#` is a number. */
  actionCues: words,
  /** Kinship words after a name in police and court copy (`पारस डोगरा पुत्र सुखदेव`): the words before are a person's name. */
  kinshipCues: words,
  /** Titles of a record that lead a list of names (आरोपी सलमान, नदीम और शोएब को) and the words that close such a list. */
  recordLists: z.object({ leads: words, closers: words }).prefault({}),
  /** Plural nouns of a group of people before में, and what closes the names it holds (`मृतकों में गोलू, रिंकू और सौरभ शामिल`). */
  memberLists: z.object({ groups: words, closers: words }).prefault({}),
  /** People of a result table, named by their votes or rank (`गौरव को 287 मत मिले`, `प्रतिभा (प्रथम)`). */
  resultNames: z.object({ votes: words, markers: words, scales: words, ranks: words, notAfter: words }).prefault({}),
  /** Nouns of people a count and a list of names follow (`पांच लड़के गोलू, मोनू …`), and words that count two (दोनों). */
  countedLists: z.object({ nouns: words, both: words, activities: words }).prefault({}),
  /** Phrases that name a person outright (`मृतक की पहचान X के रूप में`, `X नाम के युवक`): the person's nouns, the cue nouns, what closes the name, what joins it to the noun after. */
  namingCues: z.object({ owners: words, persons: words, cues: words, ends: words, kinshipEnds: words, weakEnds: words, residentEnds: words, ageWords: words, pseudonyms: words, calledBy: words }).prefault({}),
  /** Names right after an age (`24 वर्षीय अंकित, …`): what may close such a name, what joins a list of them (the words of age and of a changed name are namingCues'). */
  agedNames: z.object({ closes: words, joiners: words }).prefault({}),
  /** A listed given name said alone (`मनीष को 412 मत`): the case markers after it, the words before it that make it no one, the names never alone. */
  loneGivenNames: z.object({ closes: words, notAfter: words, never: words }).prefault({}),
  /** Words never a name by themselves, from any source (गया = went, not Gaya): pronouns, postpositions, verbs. */
  neverNames: words,
  /** Common nouns never part of a guessed person's name (सरकार, पुलिस, मंत्रालय). */
  stopwords: words,
  /** Copulas: a word right before one is a predicate (`खिलाड़ी फिट है`), not a name after a title. */
  copulas: words,
  /** Word endings that are never a name's (plural oblique ों, future tense ेंगे). */
  nonNameEndings: words,
  /** Hindi name token → usual English spelling (कर्ट → Kurt), for names not in the gazetteer. */
  respellings: table,
  /** Person short forms that are everyday words (गंभीर, विराट): valid only when the article names the person in full. */
  commonShortForms: words,
  /** Offices spelled in letters before a listed person's one-word name that are the person's own office (पी.एम. मोदी): no initials. */
  officeLetters: words,
  /** Words that end a name before them (`कला कुआं निवासी रवि प्रकाश`: the resident is Ravi Prakash). */
  nameBreakers: words,
  /** Words that show an article's sport (क्रिकेट, विकेट; हॉकी): a team of a sport counts only where it is played. */
  sportWords: z.record(z.string(), words).default({}),
  /** Sport words that are everyday words too: they count only when no other sport has a word of its own. */
  weakSportWords: words,
  /** Names of a country's or an Indian state's team of a sport the gazetteer does not list (`{place} national cricket team`). */
  sportTeams: z.record(z.string(), z.object({ national: z.string().min(1), nationalWomen: z.string().min(1), state: z.string().min(1), stateWomen: z.string().min(1) })).default({}),
  /** Words of a clause where a place plays (बनाम, की टीम, को … हराया, पर जीत): see sport-teams.ts. */
  teamFrames: z.object({
    versus: words, against: words, team: words, women: words, men: words, youth: words, league: words, stateCompetitions: words, clubs: words, matchWords: words, scoreWords: words, win: words, loss: words,
  }).default({ versus: [], against: [], team: [], women: [], men: [], youth: [], league: [], stateCompetitions: [], clubs: [], matchWords: [], scoreWords: [], win: [], loss: [] }),
  /** Words of a goal report (गोल, हॉकी): a bracketed minute after a name (`टॉम क्रेग (41वें)`) is a scorer's. */
  goalWords: words,
  /** Words that end a name after a title (इंदू रानी) without being surnames. */
  nameEnds: words,
  /** Foreign places whose Hindi name is an everyday word (पोखरा, a pond): kept only where the article names their country. */
  countryBoundPlaces: words,
  /** Delhi's colony names other towns share (ग्रीन पार्क): kept only where the article names a place of their state. */
  stateBoundPlaces: words,
  /** Storms named after their kind (`चक्रवाती तूफान गाजा`: no Gaza): the kind's words, postpositions after a place reached. */
  stormNames: z.object({ heads: words, placeAfter: words }).prefault({}),
  /** One-word women's names before a name end (`रुकमिणिया देवी,`): the ends, and goddesses and worship words that are no woman. */
  womanNames: z.object({ ends: words, goddesses: words, before: words, after: words }).prefault({}),
  /** Middle names as often as surnames (कुमार, प्रसाद): a known full name ending in one may go on (मनोज कुमार कसेरा). */
  middleNames: words,
  /** Given names never said alone (मोहम्मद): the word after one is the name's, even an everyday word (मोहम्मद कैश). */
  boundGivenNames: words,
  /** Nouns after a person's name that make it a named place or prize (… हवाई अड्डा, … ट्रॉफी): not a person. */
  /** Words after a surname that make it a community's or a title's (यादव समाज, सिंह साहब): no end of a longer name. */
  surnameGroups: words,
  namedAfterHeads: words,
  /** Verbs of arriving after a named-after head and में: the name before the head is the person's (सभागार में पहुंचे). */
  arrivalVerbs: words,
  /** Words for a government that name it by its leader before them (योगी सरकार, नीतीश सरकार): the leader is named too. */
  leaderGovernmentHeads: words,
  /** Adjectives that may stand between a person's name and a named-after head (ध्यानचंद नेशनल स्टेडियम). */
  namedAfterAdjectives: words,
  /** A sport's name between a person's name and one of `heads` (महात्मा गांधी फुटबॉल टूर्नामेंट); before no other head. */
  namedAfterEvents: z.object({ sports: words, heads: words, afterAdjective: words, visits: words }).prefault({}),
  /** Gazetteer roles of a sport's players (cricket: Cricketer …): in an article of the sport, a player's unique surname alone names them. */
  sportRoles: z.record(z.string(), words).default({}),
  /** Heads of local institutions named by their own words (इंटर कॉलेज → Inter College): `देव कबड्डी एकेडमी`. */
  institutionHeads: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Heads of a town's bodies after its own unlisted name (नगर निगम → Municipal Corporation), and what rules a name out. */
  townBodyHeads: z.record(z.string().min(1), z.string().min(1)).default({}),
  townBodyNotBefore: words,
  townBodyNotAfter: words,
  townBodyNotEndings: words,
  /** Heads of companies and clubs (फार्मा → Pharma): a given name may begin them (विपुल ऑर्गेनिक्स). */
  companyHeads: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Generic nouns after a company head that make it no name (फार्मा कंपनियों). */
  companyGenericAfter: words,
  /** First words that make a company head generic (भारतीय फार्मा उद्योग). */
  companyNameStops: words,
  /** Words that end an institution's name on its left: postpositions and localities (बीएसईबी कॉलोनी डीएवी पब्लिक स्कूल). */
  institutionNameStops: words,
  /** `<place> निवासी <name>`: the words after the place's resident cue name a person. */
  residentCues: words,
  /** A word joining a person's name and alias (`विकास उर्फ कल्लू`): the words before it are a person. */
  aliasCues: words,
  /** `<place> निवासी <name>`: words for a place before the cue, and what may follow a name the lists do not know. */
  residentNames: z.object({ places: words, closers: words }).prefault({}),
  /** Words for a village before its name (गांव, ग्राम, मोहल्ला): a guessed name right after one opens with the village's. */
  villageNouns: words,
  /** Verbs of defeat: `<place> के <name> को … हराकर` names a player, even in one unlisted word. */
  defeatCues: words,
  /** A side's phrase after a place or team (`श्रीलंका के लिए`, `पाकिस्तान की ओर से`): a name after it, before ने, is its player's. */
  sideCues: words,
  /** Heads of a building named after a place (हैदराबाद हाउस in New Delhi): the place is not mentioned. */
  placeNamedAfterHeads: words,
  /** Words before a place's name that make it a hotel's (होटल), unless a plural's word stands before them (सभी होटल). */
  placeNamedBeforeHeads: words,
  placeNamedBeforeNotAfter: words,
  /** Heads of an index named after a main index and its genitive (निफ्टी का रियल्टी इंडेक्स): no main index there. */
  sectorIndexHeads: words,
  /** Heads of a street or colony named after one place (हमीरपुर रोड): no mention of the place; a pair of places is still named. */
  placeStreetHeads: words,
  /** Heads after a river's name that make it an institution's (नर्मदा हॉस्पिटल, गंगा होटल): never the river. */
  riverNamedAfterHeads: words,
  /** Scheme, mission and slogan names holding a place name (आयुष्मान भारत): the place inside is not mentioned. */
  schemes: words,
  /** Words around a name that make it a district (मलप्पुरम जिले, जनपद बलिया). */
  districtWords: z.object({ after: words, before: words, notPlaces: words, placeEndings: words, seats: words.default([]) }).default({ after: [], before: [], notPlaces: [], placeEndings: [], seats: [] }),
  /** Given names: with a surname, or one more name word and a postposition, they make a person. */
  givenNames: words,
  /** Given names that are also everyday words (विजय, किरण): a person only with a surname after. */
  weakGivenNames: words,
  /** Common surnames. */
  surnames: words,
  /** Words that make a news medium's name a credit, not news: before it (फोटो, सौजन्य), after it (संवाददाता, डेस्क), or two words after it that make it the one a source spoke to (से कहा). */
  creditCues: z.object({ before: words, after: words, told: words }).default({ before: [], after: [], told: [] }),
  /**
   * When the gazetteer's undated `role`s hold (the period it was written for): an article published
   * outside it gets no role from them, only from dated `roles` (a 2023 article never gets a 2025 title).
   */
  undatedRoles: z
    .object({ from: roleDateSchema, to: roleDateSchema })
    .optional(),
});

export type EntitiesData = z.infer<typeof entitiesDataSchema>;
export type TitleData = z.infer<typeof titleSchema>;
export type PortfolioData = z.infer<typeof portfolioSchema>;
export type PlaceBodyData = z.infer<typeof placeBodySchema>;
export type OrganisationPatternData = z.infer<typeof organisationPatternSchema>;
