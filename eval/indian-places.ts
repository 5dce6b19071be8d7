import { resolve } from 'node:path';
import { loadData } from '../src/core/data/load-data.js';

/** English names of the gazetteer's places in India: a disambiguator naming one keeps an entity in India. */
export function indianPlaces(): string[] {
  return loadData(resolve('config')).data.gazetteer.places.filter((p) => p.country === 'India').map((p) => p.en);
}
