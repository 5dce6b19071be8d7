import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Real article folders the synthetic pages are made from (seeds and the unseen fixtures). */
export const SOURCE_DIRS = ['content', 'test/fixtures/unseen-facts', 'test/fixtures/unseen-news', 'test/fixtures/unseen-english'];

/** Every real page of `dirs` (relative to `root`). */
export function readRealPages(root: string, dirs: readonly string[] = SOURCE_DIRS): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(root, dir, f), 'utf8')),
  );
}

/**
 * Page `i` of a synthetic archive: a real page with variations, so that no two pages are the same
 * file: its numbers shifted by `i`, its paragraphs rotated, and an extra paragraph naming `i`.
 */
export function syntheticPage(pages: readonly string[], i: number): string {
  const base = pages[i % pages.length] ?? '';
  const shift = 1 + Math.floor(i / pages.length);
  const shifted = base.replace(/(?<![\d.])(\d{1,3})(?![\d.:/-])/gu, (digits) => String(Number(digits) + (shift % 7)));
  const paragraphs = shifted.split('\n');
  const head = paragraphs.slice(0, 2);
  const rest = paragraphs.slice(2);
  const turn = rest.length > 0 ? shift % rest.length : 0;
  const rotated = [...head, ...rest.slice(turn), ...rest.slice(0, turn)];
  return `${rotated.join('\n')}\nयह संग्रह का लेख संख्या ${i} है।\n`;
}

/** Publication date of page `i`: days spread over 2023–2024. */
export function syntheticDate(i: number): string {
  const day = new Date(Date.UTC(2023, 0, 1) + (i % 700) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * Writes `count` synthetic pages and their metadata.yaml into `dir` (created), in sub-folders of
 * 500 files. Returns the article file paths (relative to `dir`).
 */
export function writeSyntheticContent(dir: string, count: number, root = process.cwd()): string[] {
  const pages = readRealPages(root);
  const files: string[] = [];
  const meta: string[] = ['articles:'];
  for (let i = 0; i < count; i++) {
    const file = `part-${String(Math.floor(i / 500)).padStart(3, '0')}/a${String(i).padStart(6, '0')}.txt`;
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), syntheticPage(pages, i));
    meta.push(`  ${file.split('/').pop() ?? file}: { published: ${syntheticDate(i)}, language: hi }`);
    files.push(file);
  }
  writeFileSync(join(dir, 'metadata.yaml'), `${meta.join('\n')}\n`);
  return files;
}
