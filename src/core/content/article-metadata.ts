import { localDate } from '../calendar/zoned-time.js';
import type { Problem } from '../types.js';
import type { MetadataEntry } from './metadata.js';
import { parsePublished, type Published } from './published-date.js';
import type { UpdateLineParser } from './update-line.js';

/** The language the pipeline reads; others load with a warning. */
const LANGUAGE = 'hi';
/** A timestamp this far ahead of the clock is still "now" (clock skew between machines). */
const FUTURE_SLACK_MS = 10 * 60_000;

/** What every article of one load shares. */
export interface MetadataContext {
  metadataFile: string;
  tz: string;
  readUpdateLine: UpdateLineParser;
  /** False when metadata.yaml could not be fully read: a missing entry may be in the broken part. */
  metadataComplete: boolean;
  now: Date;
}

/**
 * An article's publication date: metadata first, else its printed `Update:` line. An invalid or
 * unreadable metadata entry is a warning when the page's own line saves the article, an error when
 * it is skipped; no date at all is an error naming the file (the article is skipped). A date after
 * `now` is a warning on the line that gives it.
 */
export function resolvePublished(file: string, text: string, entry: MetadataEntry | undefined, ctx: MetadataContext, problems: Problem[]): Published | null {
  const { metadataFile } = ctx;
  const written = entry?.published;
  const fromMetadata = written === undefined || written === null ? null : parsePublished(written, ctx.tz);
  if (fromMetadata) return checkFuture(fromMetadata, metadataFile, entry?.publishedLine, `${file}: published`, ctx, problems);
  const lines = text.split('\n');
  let stampLine = -1;
  let stamp: string | null = null;
  for (let i = 0; i < lines.length && stamp === null; i++) {
    stamp = ctx.readUpdateLine(lines[i] as string);
    stampLine = i + 1;
  }
  const fromPage = stamp ? parsePublished(stamp, ctx.tz) : null;
  const outcome = fromPage ? 'using the printed Update line' : 'no printed Update line either; article skipped';
  const at = (line: number | undefined) => (line ? { line } : {});
  if (entry?.unreadable) {
    problems.push({
      file: metadataFile,
      ...at(entry.line),
      message: `${file}: its metadata entry is not valid YAML (${entry.unreadable}); ${outcome}`,
      severity: fromPage ? 'warning' : 'error',
    });
  } else if (written !== undefined && written !== null) {
    const shown = written instanceof Date ? written.toISOString() : String(written);
    problems.push({
      file: metadataFile,
      ...at(entry?.publishedLine),
      message: `${file}: invalid published date "${shown}" (expected YYYY-MM-DD or YYYY-MM-DDTHH:MMZ); ${outcome}`,
      severity: fromPage ? 'warning' : 'error',
    });
  } else if (!fromPage) {
    const why = ctx.metadataComplete ? `no "published" in ${metadataFile}` : `${metadataFile} could not be fully read (see its errors)`;
    problems.push({ file, message: `no publication date: ${why} and no printed "Update: YYYY-MM-DD HH:MM GMT" line; skipped`, severity: 'error' });
  }
  return fromPage ? checkFuture(fromPage, file, stampLine, 'printed Update line', ctx, problems) : null;
}

function checkFuture(published: Published, file: string, line: number | undefined, what: string, ctx: MetadataContext, problems: Problem[]): Published {
  const today = localDate(ctx.now, ctx.tz);
  const ahead = published.at ? Date.parse(published.at) - ctx.now.getTime() > FUTURE_SLACK_MS : published.date > today;
  if (ahead) {
    const shown = published.at ? `${published.at.slice(0, 16)}Z` : published.date;
    problems.push({ file, ...(line ? { line } : {}), message: `${what} ${shown} is in the future (today is ${today} in ${ctx.tz})`, severity: 'warning' });
  }
  return published;
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
