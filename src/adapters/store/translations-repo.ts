import type { Database } from 'better-sqlite3';
import type { CachedTranslation, TranslationCache } from '../../app/ports/translation-port.js';
import { guard } from './store-errors.js';

/** Most sentences per IN (…) lookup: well under SQLite's variable limit. */
const CHUNK = 400;

/** The translation cache (migration 3); keys are normalised Hindi sentences. */
export function createTranslationsRepo(db: Database, now: () => Date): TranslationCache {
  const upsert = db.prepare<{ hindi: string; provider: string; model: string; english: string; accepted: number; at: string }>(
    `INSERT INTO translations (hindi, provider, model, english, accepted, created_at)
     VALUES (@hindi, @provider, @model, @english, @accepted, @at)
     ON CONFLICT (hindi, provider, model) DO UPDATE SET english = excluded.english, accepted = excluded.accepted, created_at = excluded.created_at`,
  );
  const counts = db.prepare<[string, string], { accepted: number | null; total: number }>(
    'SELECT SUM(accepted) AS accepted, COUNT(*) AS total FROM translations WHERE provider = ? AND model = ?',
  );
  const putAll = db.transaction((rows: { hindi: string; english: string; accepted: boolean }[], provider: string, model: string) => {
    const at = now().toISOString();
    for (const r of rows) upsert.run({ hindi: r.hindi, provider, model, english: r.english, accepted: r.accepted ? 1 : 0, at });
  });
  return {
    getMany: (hindi, provider, model) =>
      guard('translations.getMany', () => {
        const found = new Map<string, CachedTranslation>();
        const keys = [...new Set(hindi)];
        for (let i = 0; i < keys.length; i += CHUNK) {
          const part = keys.slice(i, i + CHUNK);
          const rows = db
            .prepare<unknown[], { hindi: string; english: string; accepted: number }>(
              `SELECT hindi, english, accepted FROM translations WHERE provider = ? AND model = ? AND hindi IN (${part.map(() => '?').join(', ')})`,
            )
            .all(provider, model, ...part);
          for (const row of rows) found.set(row.hindi, { english: row.english, accepted: row.accepted === 1 });
        }
        return found;
      }),
    put: (entries, provider, model) => guard('translations.put', () => putAll(entries.slice(), provider, model)),
    count: (provider, model) =>
      guard('translations.count', () => {
        const row = counts.get(provider, model);
        return { accepted: row?.accepted ?? 0, total: row?.total ?? 0 };
      }),
  };
}
