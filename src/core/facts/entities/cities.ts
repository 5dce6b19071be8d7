import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EntitiesData } from './entities-data.js';
import type { EntitySource } from './gazetteer-index.js';
import { printedSpellings } from './printed-spellings.js';

type ZoneTree = { [key: string]: ZoneTree | string };

/** Reads `main/<locale>/timeZoneNames.json` of cldr-dates-full; null when the package is missing. */
function readZones(locale: string): ZoneTree | null {
  try {
    const path = createRequire(import.meta.url).resolve(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
    const json = JSON.parse(readFileSync(path, 'utf8')) as {
      main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }>;
    };
    return json.main[locale]?.dates.timeZoneNames.zone ?? null;
  } catch {
    return null;
  }
}

/** Zone id (Asia/Pyongyang) → exemplar city of one locale. */
function exemplarCities(tree: ZoneTree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') continue;
    const id = prefix ? `${prefix}/${key}` : key;
    const city = value['exemplarCity'];
    if (typeof city === 'string') out.set(id, city);
    else exemplarCities(value, id, out);
  }
  return out;
}

/**
 * Cities from CLDR's time-zone exemplar cities (Asia/Pyongyang → प्योंगयांग / Pyongyang), minus
 * the zones config/entities.yaml excludes. Loaded once, by the extractor factory.
 */
export function citySources(data: EntitiesData, everyday: (form: string) => boolean = () => false): EntitySource[] {
  const hi = readZones('hi');
  if (!hi) return [];
  const en = exemplarCities(readZones('en') ?? {});
  const excluded = (id: string): boolean => data.cities.exclude.some((x) => id === x || id.startsWith(`${x}/`));
  const out: EntitySource[] = [];
  for (const [id, hindi] of exemplarCities(hi)) {
    if (excluded(id)) continue;
    const fallback = (id.split('/').pop() ?? id).replace(/_/g, ' ');
    const english = data.cities.english[id] ?? en.get(id) ?? fallback;
    const name = hindi.split(/[,،]/u)[0]?.trim() ?? '';
    if (name.length === 0 || /[,]/.test(english)) continue;
    out.push({ kind: 'place', en: english, hi: printedSpellings(name, everyday), type: 'city' });
  }
  return out;
}
