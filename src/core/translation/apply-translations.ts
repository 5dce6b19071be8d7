import { buildEventIndex } from '../events/event-index.js';
import type { Snapshot } from '../pipeline/build-snapshot.js';
import type { AnalysedArticle, EnSource } from '../types.js';
import type { FactGuard } from './fact-guard.js';
import { articleUnits, normaliseSentence, type TranslationUnit } from './translation-units.js';

/** A cached provider English for a normalised Hindi line, or undefined. */
export type TranslationLookup = (normalisedHindi: string) => string | undefined;

export interface TranslatedSnapshot {
  snapshot: Snapshot;
  /** Headline and summary lines: all of them, and those now in the provider's English. */
  lines: { total: number; provider: number };
}

/**
 * Pure merge: the snapshot with every headline, summary line and dated sentence whose cached
 * translation passes the fact guard replaced by it (`enSource: 'provider'`); the rest keep the
 * offline line. The guard runs again here, so a cached line never outlives a fact found later.
 */
export function applyTranslations(snapshot: Snapshot, lookup: TranslationLookup, guard: FactGuard): TranslatedSnapshot {
  let total = 0;
  let provider = 0;
  const use = (unit: TranslationUnit): string | null => {
    const english = lookup(normaliseSentence(unit.hi));
    if (english === undefined) return null;
    return guard({ hindi: unit.hi, english, facts: unit.facts, published: unit.published }).ok ? english.trim() : null;
  };
  const articles = snapshot.articles.map((article): AnalysedArticle => {
    const units = articleUnits(article);
    const title = use(units.title);
    const en = [...article.summary.en];
    const enSource: EnSource[] = [...article.summary.enSource];
    units.summary.forEach((unit, i) => {
      const line = use(unit);
      if (line !== null) [en[i], enSource[i]] = [line, 'provider'];
    });
    const english = new Map(article.english);
    for (const [index, unit] of units.events) {
      const line = use(unit);
      if (line !== null) english.set(index, line);
    }
    total += 1 + article.summary.en.length;
    provider += (title !== null ? 1 : 0) + enSource.filter((s) => s === 'provider').length;
    return {
      ...article,
      title: title !== null ? { ...article.title, en: title, enSource: 'provider' } : article.title,
      summary: { ...article.summary, en, enSource },
      english,
    };
  });
  return { snapshot: { ...snapshot, articles, events: buildEventIndex(articles) }, lines: { total, provider } };
}
