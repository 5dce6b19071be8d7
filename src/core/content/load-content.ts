import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem, SourceArticle } from '../types.js';
import { decodeText } from './decode-text.js';
import { listFiles } from './list-files.js';
import { matchMetadata } from './match-metadata.js';
import { languageOf, resolvePublished, type MetadataContext } from './article-metadata.js';
import { readMetadata, type Metadata, type MetadataEntry } from './metadata.js';
import { isTimeZone } from '../calendar/zoned-time.js';
import { createUpdateLineParser } from './update-line.js';

const METADATA_FILES = ['metadata.yaml', 'metadata.yml'];
const ARTICLE = /\.txt$/i;

/**
 * Loads every `*.txt` article below `dir` with its publication date from metadata.yaml (else the
 * printed `Update:` line) as a local date in `options.timezone`. Never throws: bad YAML, bad
 * dates, empty/binary files and unreadable folders become problems, and the rest still loads.
 * Problems that keep an article out are errors, the rest warnings. Articles are sorted by id.
 * `now` (default: the clock) is what publication dates in the future are measured against.
 */
export function loadContent(dir: string, options: { timezone: string; now?: Date }): { articles: SourceArticle[]; problems: Problem[] } {
  try {
    return load(dir, options.timezone, options.now ?? new Date());
  } catch (cause) {
    return { articles: [], problems: [{ file: dir, message: `cannot load content: ${(cause as Error).message}`, severity: 'error' }] };
  }
}

function load(dir: string, timezone: string, now: Date): { articles: SourceArticle[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let tz = timezone;
  if (!isTimeZone(tz)) {
    problems.push({ file: dir, message: `unknown time zone "${timezone}"; dates are taken in UTC`, severity: 'warning' });
    tz = 'UTC';
  }
  const listing = listFiles(dir);
  problems.push(...listing.problems);
  if (!listing.ok) return { articles: [], problems };

  const files = listing.files.filter((f) => ARTICLE.test(f));
  const metadataFile = METADATA_FILES.find((f) => listing.files.includes(f));
  const metadata = metadataFile ? readMetadataFile(dir, metadataFile, problems) : { entries: [], complete: true };
  const byFile = matchMetadata(metadata.entries, files, metadataFile ?? 'metadata.yaml', problems);

  const ctx: MetadataContext = { metadataFile: metadataFile ?? 'metadata.yaml', tz, readUpdateLine: createUpdateLineParser(), metadataComplete: metadata.complete, now };
  const loaded: SourceArticle[] = [];
  for (const file of files) {
    const article = loadArticle(dir, file, byFile.get(file), ctx, problems);
    if (article) loaded.push(article);
  }
  return { articles: uniqueIds(loaded, problems), problems };
}

function readMetadataFile(dir: string, file: string, problems: Problem[]): Pick<Metadata, 'entries' | 'complete'> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, file));
  } catch (cause) {
    problems.push({ file, message: `cannot read metadata: ${(cause as Error).message}`, severity: 'error' });
    return { entries: [], complete: false };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const empty = decoded.message === 'empty file';
    problems.push({ file, ...(decoded.line ? { line: decoded.line } : {}), message: `metadata: ${decoded.message}`, severity: empty ? 'warning' : 'error' });
    return { entries: [], complete: empty };
  }
  const metadata = readMetadata(decoded.text, file);
  problems.push(...metadata.problems);
  return metadata;
}

function loadArticle(
  dir: string,
  file: string,
  entry: MetadataEntry | undefined,
  ctx: MetadataContext,
  problems: Problem[],
): SourceArticle | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, file));
  } catch (cause) {
    problems.push({ file, message: `cannot read file: ${(cause as Error).message}`, severity: 'error' });
    return null;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push({ file, ...(decoded.line ? { line: decoded.line } : {}), message: `${decoded.message}; skipped`, severity: 'error' });
    return null;
  }
  const published = resolvePublished(file, decoded.text, entry, ctx, problems);
  if (!published) return null;
  const id = (file.split('/').pop() ?? file).replace(ARTICLE, '');
  return {
    id,
    file,
    published: published.date,
    ...(published.at ? { publishedAt: published.at } : {}),
    language: languageOf(file, entry, ctx.metadataFile, problems),
    raw: decoded.text,
  };
}

/** Keeps the first file of each id (files are in path order); the others are not loaded: errors. */
function uniqueIds(articles: SourceArticle[], problems: Problem[]): SourceArticle[] {
  const byId = new Map<string, SourceArticle>();
  for (const article of articles) {
    const first = byId.get(article.id);
    if (first) {
      problems.push({ file: article.file, message: `duplicate article id "${article.id}" (also ${first.file}); skipped`, severity: 'error' });
      continue;
    }
    byId.set(article.id, article);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
