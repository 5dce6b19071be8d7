import type { Snapshot } from '../../core/pipeline/build-snapshot.js';
import { applyTranslations } from '../../core/translation/apply-translations.js';
import type { FactGuard } from '../../core/translation/fact-guard.js';
import type { ContentHolder, ReloadReport } from '../ports/app-port.js';
import type { TranslationStatus } from '../ports/translation-port.js';
import type { ResilientTranslator } from './resilient-translator.js';
import type { TranslationService } from './translation-service.js';

export interface TranslatedContent extends ContentHolder {
  status(): TranslationStatus;
}

/**
 * The content holder the bots and delivery see: the offline snapshot with every cached, guarded
 * translation merged in (pure `applyTranslations`, recomputed only when the snapshot or the cache
 * changed). Never waits on the provider: after a load or reload the missing lines are translated in
 * the background and show up in later digests.
 */
export function createTranslatedContent(base: ContentHolder, service: TranslationService, translator: ResilientTranslator, guard: FactGuard): TranslatedContent {
  let memo: { from: Snapshot; gen: number; merged: ReturnType<typeof applyTranslations> } | null = null;
  const merged = () => {
    const from = base.current();
    const gen = service.generation();
    if (!memo || memo.from !== from || memo.gen !== gen) memo = { from, gen, merged: applyTranslations(from, service.lookup, guard) };
    return memo.merged;
  };
  service.start(base.current().articles);
  return {
    current: () => merged().snapshot,
    async reload(): Promise<ReloadReport> {
      const before = base.current();
      const report = await base.reload();
      // a rescan that found nothing new keeps the same snapshot: nothing to translate
      if (report.ok && base.current() !== before) service.start(base.current().articles);
      return report;
    },
    status: () => ({
      provider: translator.provider,
      model: translator.model,
      lines: merged().lines,
      rejected: service.rejected(),
      failures: translator.failures(),
      down: translator.isDown(),
      running: service.running(),
    }),
  };
}
