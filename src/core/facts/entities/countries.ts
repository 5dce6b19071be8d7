import type { EntitiesData } from './entities-data.js';
import type { EntitySource } from './gazetteer-index.js';
import { printedSpellings } from './printed-spellings.js';

const A = 'A'.charCodeAt(0);

/** Every two-letter region code CLDR knows a Hindi name for (ISO 3166 and a few extras). */
function regionCodes(): string[] {
  const codes: string[] = [];
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) codes.push(String.fromCharCode(A + a, A + b));
  }
  return codes;
}

/** CLDR English to Wikipedia style: `&` → and, `St.` → Saint, no parenthesised qualifier. */
function wikipediaStyle(english: string): string {
  return english
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/ & /g, ' and ')
    .replace(/\bSt\. /g, 'Saint ')
    .trim();
}

/** Splits `म्यांमार (बर्मा)` into the name and the parenthesised alternative. */
function splitParenthesis(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+/gu, ' ').trim();
  const alt = /\(([^)\s,]+)\)\s*$/u.exec(name)?.[1];
  return [bare, ...(alt === undefined ? [] : [alt])].filter((s) => s.length > 0);
}

/**
 * Countries from `Intl.DisplayNames('hi', {type: 'region'})`: Hindi names, with English names from
 * `Intl.DisplayNames('en')` mapped to Wikipedia titles where config says so (US → United States).
 */
export function countrySources(data: EntitiesData, everyday: (form: string) => boolean = () => false): EntitySource[] {
  let hi: Intl.DisplayNames;
  let en: Intl.DisplayNames;
  try {
    hi = new Intl.DisplayNames('hi', { type: 'region', fallback: 'none' });
    en = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  } catch {
    return [];
  }
  const exclude = new Set(data.countries.exclude.map((c) => c.toUpperCase()));
  const byName = new Map<string, EntitySource>();
  for (const code of regionCodes()) {
    if (exclude.has(code)) continue;
    const hindi = safeName(hi, code);
    const english = safeName(en, code);
    if (!hindi || !english || /[A-Za-z]/.test(hindi)) continue;
    const title = data.countries.english[code] ?? wikipediaStyle(english);
    const latin = [...new Set([title.replace(/\s*\(.*\)$/, ''), wikipediaStyle(english)])];
    const known = byName.get(title);
    const forms = splitParenthesis(hindi).flatMap((name) => printedSpellings(name, everyday));
    if (known) {
      byName.set(title, { ...known, hi: [...new Set([...known.hi, ...forms])], latin: [...new Set([...(known.latin ?? []), ...latin])] });
    } else {
      byName.set(title, { kind: 'place', en: title, hi: forms, latin, type: 'country' });
    }
  }
  return [...byName.values()];
}

function safeName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** Extra spellings and demonyms from config/entities.yaml, as place sources. */
export function placeVariantSources(data: EntitiesData, countries: readonly EntitySource[]): EntitySource[] {
  const countryNames = new Set(countries.map((c) => c.en));
  const names = new Set([...Object.keys(data.placeVariants), ...Object.keys(data.demonyms)]);
  return [...names].map((en) => {
    const forms = data.placeVariants[en] ?? [];
    return {
      kind: 'place' as const,
      en,
      hi: forms.filter((f) => !/[A-Za-z]/.test(f)),
      latin: forms.filter((f) => /[A-Za-z]/.test(f)),
      adjectives: data.demonyms[en] ?? [],
      type: countryNames.has(en) ? 'country' : undefined,
    };
  });
}
