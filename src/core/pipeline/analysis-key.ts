import { createHash } from 'node:crypto';
import type { SourceArticle } from '../types.js';

/**
 * The cache key of one article's analysis: a hash of everything the analyser reads from the source
 * (id, file, publication date and time, language and the text) and of `version` — the data and code
 * the analysis was made with (see src/app/analysis/analysis-version.ts). Same key, same analysis.
 */
export function analysisKey(source: SourceArticle, version: string): string {
  const head = JSON.stringify([version, source.id, source.file, source.published, source.publishedAt ?? null, source.language]);
  return createHash('sha256').update(head).update('\n').update(source.raw).digest('base64url');
}
