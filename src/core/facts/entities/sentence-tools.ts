import type { NamedAfterEvents } from './named-after.js';
import type { CommonWordTrim } from './common-word-trim.js';
import type { NameFinder, NameSpan } from './context-names.js';
import type { createCreditRule } from './credit-rule.js';
import type { DemonymRule } from './demonyms.js';
import type { RecordListFinder } from './record-lists.js';
import type { MemberListFinder } from './member-lists.js';
import type { CountedListFinder } from './counted-names.js';
import type { createAgedNames } from './aged-names.js';
import type { createLoneGivenNames } from './lone-given-names.js';
import type { createNamingCues } from './naming-cues.js';
import type { createResultNames } from './result-names.js';
import type { createStormNames } from './storm-names.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import type { KnownNames } from './known-names.js';
import type { MinistryMatcher } from './organisations.js';
import type { createInstitutionFinder } from './named-institutions.js';
import type { PlaceBodyFinder } from './place-bodies.js';
import type { SchemeFinder } from './schemes.js';
import type { TitleMatcher } from './titles.js';
import type { TokenisedSentence } from './tokens.js';

/** What the per-sentence mention finder uses: the gazetteer index, the matchers and rules built from config. */
export interface SentenceTools {
  index: GazetteerIndex;
  titles: TitleMatcher;
  ministries: MinistryMatcher;
  /** A place's own body after it (बिहार पुलिस, नेपाली सेना). */
  placeBodies: PlaceBodyFinder;
  names: NameFinder;
  demonym: DemonymRule;
  romaniseName: (hindi: string) => string;
  known: KnownNames;
  districts: (tokens: TokenisedSentence['tokens'], claimed: readonly boolean[], placeAt?: ReadonlyMap<number, unknown>) => NameSpan[];
  /** A word shaped like a town or village name (महेशपुर, बड़ागांव). */
  placeLike: (word: string) => boolean;
  /** Offices spelled in letters that are a listed person's own (पीएम, सीएम), folded. */
  officeLetters: ReadonlySet<string>;
  /** Folded nouns after a person's name that make it a named place or prize (… ट्रॉफी). */
  namedAfter: ReadonlySet<string>;
  /** Verbs of arriving: after a named-after head and में the name is the person's (config `arrivalVerbs`). */
  arrivals: ReadonlySet<string>;
  /** Adjectives between a name and its named-after head (नेशनल in ध्यानचंद नेशनल स्टेडियम). */
  namedAfterAdjectives: ReadonlySet<string>;
  /** Sport words that may stand between a name and an event head, and those heads (config `namedAfterEvents`). */
  namedAfterEvents: NamedAfterEvents;
  /** Heads of a street or colony named after one place (config `placeStreetHeads`). */
  placeStreets: ReadonlySet<string>;
  placeNamedAfter: ReadonlySet<string>;
  /** Words before a place's name that make it a hotel's (होटल ताज महल): no place (config `placeNamedBeforeHeads`). */
  placeNamedBefore: ReadonlySet<string>;
  /** Words before such a head that make it a plural (सभी होटल शिमला में): the place stays (config `placeNamedBeforeNotAfter`). */
  placeNamedBeforeNotAfter: ReadonlySet<string>;
  /** Heads of an index named after a main index and its genitive (निफ्टी का रियल्टी इंडेक्स; config `sectorIndexHeads`). */
  sectorIndexHeads: ReadonlySet<string>;
  /** Heads after a river's name that make it the name of a hospital, hotel or school (नर्मदा हॉस्पिटल), with `placeNamedAfter`. */
  riverNamedAfter: ReadonlySet<string>;
  /** Local institutions named by their own words and a head (जोखना देवी इंटर कॉलेज). */
  institutions: ReturnType<typeof createInstitutionFinder>;
  /** An everyday word (config/common-words.txt), a given name that is one too (टीम folds like टिम). */
  isCommon: (word: string) => boolean;
  /** Everyday words at the edges of a guessed name are trimmed off (config/common-words.txt). */
  trimCommon: CommonWordTrim;
  /** Short forms that are everyday words too (गंभीर, विजय, प्रचंड): never the start of a longer unlisted name. */
  commonShortForms: ReadonlySet<string>;
  /** Scheme names holding a place name (आयुष्मान भारत): claimed before the gazetteer. */
  schemes: SchemeFinder;
  /** A news medium named as a credit or byline (`(एपी)`, `फोटो: पीटीआई`, `आजतक संवाददाता`): furniture. */
  isCredit: ReturnType<typeof createCreditRule>;
  /** Words of a cricket report (रन, पारी): a bracketed score after a name is a scorecard entry. */
  cricketWords: ReadonlySet<string>;
  /** Words of a goal report (गोल, हॉकी): a bracketed minute after a name is a scorer's. */
  goalWords: ReadonlySet<string>;
  /** Titles of a police or court record that lead a list of names, and what closes such a list (record-lists.ts). */
  recordLists: RecordListFinder;
  /** The names a group of people is said to hold (`मृतकों में … शामिल`). */
  memberLists: MemberListFinder;
  /** People of a result table named by their votes or rank: `गौरव को 287 मत`, `प्रतिभा (प्रथम)` (result-names.ts). */
  resultNames: ReturnType<typeof createResultNames>;
  /** People listed after their count: `पांच लड़के गोलू, मोनू, रिंकू, पिंटू और तौहीद` (counted-names.ts). */
  countedLists: CountedListFinder;
  /** People named outright: `मृतक की पहचान X के रूप में`, `युवक का नाम X बताया`, `X नाम के युवक` (naming-cues.ts). */
  namingCues: ReturnType<typeof createNamingCues>;
  /** People named right after their age: `24 वर्षीय किरत, 61 वर्षीय कृष्णा` (aged-names.ts). */
  agedNames: ReturnType<typeof createAgedNames>;
  /** A listed given name said alone before a case marker or a bracket (`मनीष को 412 मत`). */
  loneGivenNames: ReturnType<typeof createLoneGivenNames>;
  /** A word that ends whatever name stands before it (निवासी; config nameBreakers). */
  isBreaker: (word: string) => boolean;
  /** A word for a village before its name (गांव, ग्राम; config villageNouns). */
  isVillageNoun: (word: string) => boolean;
  /** Drops a storm's name read as a place (`चक्रवाती तूफान गाजा`; storm-names.ts). */
  stormNames: ReturnType<typeof createStormNames>;
  /** A person's noun (युवक, मृतक, अधेड़): never a name (config namingCues owners and persons). */
  isPersonNoun: (word: string) => boolean;
}
