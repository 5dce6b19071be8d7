import { join } from 'node:path';
import { loadData } from '../../../../src/core/data/load-data.js';
import { readCommonWords } from '../../../../src/core/facts/entities/common-words.js';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { entitiesDataSchema, type EntitiesData } from '../../../../src/core/facts/entities/entities-data.js';
import type { Gazetteer, GazetteerEntry } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { splitSentences } from '../../../../src/core/text/sentences.js';
import type { EntityExtractor, EntityMention } from '../../../../src/core/types.js';

const entry = (e: Partial<GazetteerEntry> & { en: string; hi: string[] }): GazetteerEntry => ({ latin: [], short: [], ...e });

/** A small gazetteer for the tests (the real one lives in config/gazetteer and changes). */
export const TEST_GAZETTEER: Gazetteer = {
  people: [
    entry({ en: 'Vladimir Putin', hi: ['व्लादिमीर पुतिन'], latin: ['Vladimir Putin', 'Putin'], short: ['पुतिन'], role: 'President', country: 'Russia' }),
    entry({ en: 'Kim Jong Un', hi: ['किम जोंग उन', 'किम जोंग'], latin: ['Kim Jong Un'], short: ['किम'], role: 'Supreme Leader', country: 'North Korea' }),
    entry({ en: 'Kim Yo Jong', hi: ['किम यो जोंग'], short: ['किम'], country: 'North Korea' }),
    entry({ en: 'Virat Kohli', hi: ['विराट कोहली'], short: ['कोहली', 'विराट'], country: 'India' }),
    entry({ en: 'Rohit Sharma', hi: ['रोहित शर्मा'], short: ['रोहित'], country: 'India' }),
    entry({ en: 'Narendra Modi', hi: ['नरेंद्र मोदी'], short: ['मोदी'], role: 'Prime Minister', country: 'India' }),
    entry({ en: 'Yogi Adityanath', hi: ['योगी आदित्यनाथ'], short: ['योगी'], country: 'India' }),
  ],
  places: [
    entry({ en: 'Uttar Pradesh', hi: ['उत्तर प्रदेश'], type: 'state', country: 'India' }),
    entry({ en: 'Bihar', hi: ['बिहार'], type: 'state', country: 'India' }),
    entry({ en: 'Mumbai', hi: ['मुंबई'], type: 'city', country: 'India' }),
    entry({ en: 'Seoul', hi: ['सियोल'], type: 'capital', country: 'South Korea' }),
  ],
  organisations: [
    entry({ en: 'Kremlin', hi: ['क्रेमलिन'], latin: ['Kremlin'], country: 'Russia' }),
    entry({ en: 'TASS', hi: ['तास', 'टास'], latin: ['TASS'], type: 'news agency', country: 'Russia' }),
    entry({ en: 'Korean Central News Agency', hi: ['केसीएनए', 'कोरियाई सेंट्रल न्यूज एजेंसी'], latin: ['KCNA', 'KNCA'], type: 'news agency' }),
    entry({ en: 'Asian News International', hi: ['एएनआई', 'एएनई'], latin: ['ANI'], type: 'news agency', country: 'India' }),
    entry({ en: 'Al Jazeera', hi: ['अल जज़ीरा', 'अलजजीरा'], latin: ['Al Jazeera'], type: 'company' }),
    entry({ en: 'United Nations', hi: ['संयुक्त राष्ट्र'], latin: ['UN'], type: 'body' }),
    entry({ en: 'United Nations Security Council', hi: ['संयुक्त राष्ट्र सुरक्षा परिषद', 'सुरक्षा परिषद'], latin: ['UNSC'], type: 'body' }),
    entry({ en: 'Yonhap News Agency', hi: ['योनहाप'], latin: ['Yonhap'], type: 'news agency', country: 'South Korea' }),
    entry({ en: 'Rodong Sinmun', hi: ['रोडोंग सिनमुन'], type: 'company', country: 'North Korea' }),
    entry({ en: 'Indian Space Research Organisation', hi: ['इसरो', 'भारतीय अंतरिक्ष अनुसंधान संगठन'], latin: ['ISRO'], country: 'India' }),
    entry({ en: 'India Meteorological Department', hi: ['भारत मौसम विज्ञान विभाग', 'आईएमडी'], latin: ['IMD'], country: 'India' }),
    entry({ en: 'Reliance Industries', hi: ['रिलायंस इंडस्ट्रीज'], type: 'company', country: 'India' }),
    entry({ en: 'Supreme Court of India', hi: ['सुप्रीम कोर्ट', 'उच्चतम न्यायालय'], type: 'court', country: 'India' }),
  ],
};

/** The real config/entities.yaml (fails the test run if it does not validate). */
export function realEntitiesData(): EntitiesData {
  const { data, problems } = loadData(join(process.cwd(), 'config'));
  const mine = problems.filter((p) => p.file.includes('entities.yaml'));
  if (mine.length > 0) throw new Error(`config/entities.yaml: ${JSON.stringify(mine)}`);
  return data.entities;
}

/** The real config/common-words.txt, folded (fails the test run if a line does not validate). */
export function realCommonWords(): string[] {
  const { keys, problems } = readCommonWords(join(process.cwd(), 'config', 'common-words.txt'));
  if (problems.length > 0 || keys.length === 0) throw new Error(`config/common-words.txt: ${JSON.stringify(problems)}`);
  return keys;
}

/** The real number words of config/numbers.yaml (a count before a list of names: counted-names.ts). */
export function realNumberWords(): Record<string, number> {
  return loadData(join(process.cwd(), 'config')).data.numbers.words;
}

export function emptyEntitiesData(): EntitiesData {
  return entitiesDataSchema.parse({});
}

let cached: EntityExtractor | null = null;

/** Extractor over the test gazetteer, the real config/entities.yaml and config/common-words.txt. */
export function testExtractor(): EntityExtractor {
  cached ??= createEntityExtractor(TEST_GAZETTEER, realEntitiesData(), realCommonWords(), realNumberWords());
  return cached;
}

let real: EntityExtractor | null = null;

/**
 * Extractor over the real gazetteer, config/entities.yaml and config/common-words.txt, built once per worker: test
 * files share their worker's modules (vitest `isolate: false`), and one such extractor per file kept a dozen full
 * gazetteer indexes alive at once (the fuzz test, later in the same worker, slowed past its timeout).
 */
export function realExtractor(): EntityExtractor {
  real ??= createEntityExtractor(loadData(join(process.cwd(), 'config')).data.gazetteer, realEntitiesData(), realCommonWords(), realNumberWords());
  return real;
}

/** Mentions of a Hindi text (split into sentences like the pipeline does). */
export function mentionsOf(text: string, extract: EntityExtractor = testExtractor()): EntityMention[] {
  return extract(splitSentences(text));
}

/** Cities named in full, and one whose short form is an everyday word (सूरत = face, situation): listed-places tests. */
export function listedPlacesExtractor(): EntityExtractor {
  const gazetteer: Gazetteer = {
    ...TEST_GAZETTEER,
    places: [
      ...TEST_GAZETTEER.places,
      { en: 'Surat', hi: ['सूरत शहर'], latin: [], short: ['सूरत'], type: 'city', country: 'India' },
      { en: 'Nashik', hi: ['नासिक'], latin: [], short: [], type: 'city', country: 'India' },
      { en: 'Chandigarh', hi: ['चंडीगढ़'], latin: [], short: [], type: 'capital', country: 'India' },
      // गया is also "went" (neverNames): the index never matches it outside a list
      { en: 'Gaya, India', hi: ['गयाजी'], latin: [], short: ['गया'], type: 'city', country: 'India' },
    ],
  };
  return createEntityExtractor(gazetteer, realEntitiesData(), realCommonWords());
}

/** Towns that carry their state (gazetteer `state`), a short form two states share (औरंगाबाद): state-body and state-place tests. */
export const STATE_GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  places: [
    ...TEST_GAZETTEER.places,
    entry({ en: 'Uttarakhand', hi: ['उत्तराखंड'], type: 'state', country: 'India' }),
    entry({ en: 'Nainital', hi: ['नैनीताल'], type: 'city', country: 'India', state: 'Uttarakhand' }),
    entry({ en: 'Haldwani', hi: ['हल्द्वानी'], type: 'city', country: 'India', state: 'Uttarakhand' }),
    entry({ en: 'Prayagraj', hi: ['प्रयागराज', 'इलाहाबाद'], type: 'city', country: 'India', state: 'Uttar Pradesh' }),
    entry({ en: 'Arwal', hi: ['अरवल'], type: 'district', country: 'India', state: 'Bihar' }),
    entry({ en: 'Buxar', hi: ['बक्सर'], type: 'city', country: 'India', state: 'Bihar' }),
    entry({ en: 'Aurangabad district, Bihar', hi: ['औरंगाबाद जिला'], short: ['औरंगाबाद'], type: 'district', country: 'India', state: 'Bihar' }),
    entry({ en: 'Chhatrapati Sambhajinagar', hi: ['छत्रपति संभाजीनगर'], short: ['औरंगाबाद'], type: 'city', country: 'India', state: 'Maharashtra' }),
    entry({ en: 'Pune', hi: ['पुणे'], type: 'city', country: 'India', state: 'Maharashtra' }),
    // a full form another state's place has as its short form (रायगढ़: Raigarh; Raigad in Maharashtra's Hindi)
    entry({ en: 'Chhattisgarh', hi: ['छत्तीसगढ़'], type: 'state', country: 'India' }),
    entry({ en: 'Raigarh', hi: ['रायगढ़'], type: 'district', country: 'India', state: 'Chhattisgarh' }),
    entry({ en: 'Raigad', hi: ['रायगड'], short: ['रायगढ़'], type: 'district', country: 'India', state: 'Maharashtra' }),
    entry({ en: 'Maharashtra', hi: ['महाराष्ट्र'], type: 'state', country: 'India' }),
    entry({ en: 'Gujarat', hi: ['गुजरात'], type: 'state', country: 'India' }),
    entry({ en: 'Delhi', hi: ['दिल्ली'], type: 'union territory', country: 'India' }),
    entry({ en: 'New Delhi', hi: ['नई दिल्ली'], type: 'capital', country: 'India', state: 'Delhi' }),
    entry({ en: 'Patna', hi: ['पटना'], type: 'capital', country: 'India', state: 'Bihar' }),
    entry({ en: 'Lucknow', hi: ['लखनऊ'], type: 'capital', country: 'India', state: 'Uttar Pradesh' }),
  ],
  // a body the gazetteer names whole, after its place (दिल्ली पुलिस: Delhi's)
  organisations: [...TEST_GAZETTEER.organisations, entry({ en: 'Delhi Police', hi: ['दिल्ली पुलिस'], type: 'police', country: 'India' })],
};


/** A player known by one word (हर्षित), a minister whose given name is that word a letter longer (हर्षिता झिंगरन), and another man. */
export const RESPELT_GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  people: [
    ...TEST_GAZETTEER.people,
    entry({ en: 'Harshit Rawal', hi: ['हर्षित रावल', 'हर्षित'], role: 'Cricketer', country: 'India' }),
    entry({ en: 'Harshita Jhingran', hi: ['हर्षिता झिंगरन'], role: 'Minister', country: 'India' }),
    entry({ en: 'Harshvardhan Mehrotra', hi: ['हर्षवर्धन मेहरोत्रा'], country: 'India' }),
  ],
};
