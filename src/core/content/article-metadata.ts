import type { Problem } from '../types.js';
import type { MetadataEntry } from './metadata.js';
import { parsePublished, type Published } from './published-date.js';
import type { UpdateLineParser } from './update-line.js';

/** The language the pipeline reads; others load with a warning. */
const LANGUAGE = 'hi';

/**
 * An article's publication date: metadata first, else its printed `Update:` line. An invalid
 * metadata date is a warning when the page's own line saves the article, an error when it is
 * skipped; no date at all is a warning naming the file (the article is skipped).
 */
export function resolvePublished(
  file: string,
  text: string,
  entry: MetadataEntry | undefined,
  metadataFile: string,
  tz: string,
  readUpdateLine: UpdateLineParser,
  problems: Problem[],
): Published | null {
  const written = entry?.published;
  const fromMetadata = written === undefined || written === null ? null : parsePublished(written, tz);
  if (fromMetadata) return fromMetadata;
  const stamp = text.split('\n').map(readUpdateLine).find((s) => s !== null);
  const fromPage = stamp ? parsePublished(stamp, tz) : null;
  if (written !== undefined && written !== null) {
    const shown = written instanceof Date ? written.toISOString() : String(written);
    const outcome = fromPage ? 'using the printed Update line' : 'no printed Update line either; article skipped';
    problems.push({
      file: metadataFile,
      ...(entry?.publishedLine ? { line: entry.publishedLine } : {}),
      message: `${file}: invalid published date "${shown}" (expected YYYY-MM-DD or YYYY-MM-DDTHH:MMZ); ${outcome}`,
      severity: fromPage ? 'warning' : 'error',
    });
  }
  if (fromPage) return fromPage;
  if (written === undefined || written === null) {
    problems.push({
      file,
      message: `no publication date: no "published" in ${metadataFile} and no printed "Update: YYYY-MM-DD HH:MM GMT" line; skipped`,
      severity: 'warning',
    });
  }
  return null;
}

/** The metadata language, `hi` when absent; anything else is a warning. */
export function languageOf(file: string, entry: MetadataEntry | undefined, metadataFile: string, problems: Problem[]): string {
  const written = entry?.language;
  if (written === undefined || written === null) return LANGUAGE;
  const line = entry?.line ? { line: entry.line } : {};
  if (typeof written !== 'string' || written.trim() === '') {
    problems.push({ file: metadataFile, ...line, message: `${file}: language must be a code like "hi"; using "hi"`, severity: 'warning' });
    return LANGUAGE;
  }
  const language = written.trim().toLowerCase();
  if (language !== LANGUAGE) {
    problems.push({ file: metadataFile, ...line, message: `${file}: language "${language}" is not Hindi (hi); loaded, but analysis expects Hindi`, severity: 'warning' });
  }
  return language;
}
