import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleaningDataSchema, type CleaningData } from '../content/cleaning-data.js';
import { datesDataSchema, type DatesData } from '../facts/dates/dates-data.js';
import { readCommonWords } from '../facts/entities/common-words.js';
import { entitiesDataSchema, type EntitiesData } from '../facts/entities/entities-data.js';
import { gazetteerFileSchema, mergeGazetteers, type Gazetteer, type GazetteerFile } from '../facts/entities/gazetteer-data.js';
import { numbersDataSchema, type NumbersData } from '../facts/numbers/numbers-data.js';
import { lexiconDataSchema, type LexiconData } from '../summary/lexicon-data.js';
import type { Problem } from '../types.js';
import { readYaml } from './read-yaml.js';

/** Everything the core reads from `config/`: lexicons, gazetteer, cleaning patterns. */
export interface KhabarData {
  cleaning: CleaningData;
  dates: DatesData;
  numbers: NumbersData;
  entities: EntitiesData;
  gazetteer: Gazetteer;
  /** Folded everyday words from config/common-words.txt: never a guessed name by themselves. */
  commonWords: string[];
  lexicon: LexiconData;
}

export interface LoadedData {
  data: KhabarData;
  problems: Problem[];
  /** True when every file loaded; a reload keeps the old snapshot otherwise. */
  ok: boolean;
}

/** Loads and validates every data file under `configDir`. Never throws. */
export function loadData(configDir: string): LoadedData {
  const problems: Problem[] = [];
  const read = <T>(file: string, schema: import('zod').ZodType<T>): T | null => {
    const result = readYaml(join(configDir, file), schema, join('config', file));
    problems.push(...result.problems);
    return result.value;
  };
  const cleaning = read('cleaning.yaml', cleaningDataSchema);
  const dates = read('dates.yaml', datesDataSchema);
  const numbers = read('numbers.yaml', numbersDataSchema);
  const entities = read('entities.yaml', entitiesDataSchema);
  const lexicon = read('lexicon.yaml', lexiconDataSchema);
  const gazetteerFiles: GazetteerFile[] = [];
  for (const file of listYaml(join(configDir, 'gazetteer'), problems)) {
    const value = read(join('gazetteer', file), gazetteerFileSchema);
    if (value) gazetteerFiles.push(value);
  }
  const common = readCommonWords(join(configDir, 'common-words.txt'), join('config', 'common-words.txt'));
  problems.push(...common.problems);
  const parts = [cleaning, dates, numbers, entities, lexicon];
  const ok = parts.every((p) => p !== null) && !problems.some((p) => p.severity === 'error');
  return {
    ok,
    problems,
    data: {
      cleaning: cleaning ?? cleaningDataSchema.parse({}),
      dates: dates ?? datesDataSchema.parse({}),
      numbers: numbers ?? numbersDataSchema.parse({}),
      entities: entities ?? entitiesDataSchema.parse({}),
      lexicon: lexicon ?? lexiconDataSchema.parse({}),
      gazetteer: mergeGazetteers(gazetteerFiles),
      commonWords: common.keys,
    },
  };
}

function listYaml(dir: string, problems: Problem[]): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    problems.push({ file: 'config/gazetteer', message: 'gazetteer folder is missing', severity: 'warning' });
    return [];
  }
}
