import type { CleaningData } from './cleaning-data.js';
import { compile, squeeze, wordCount, type Removal } from './line-tools.js';

/**
 * Line-start clean-up of mixed-script pages: the SEO kicker (`Russian President Putin: रूस के …`,
 * `IPL 2024: …`) goes (unless `keepKicker`: the cleaner keeps it in body lines), and a Latin duplicate
 * of a Hindi dateline (`मॉस्को moscow :`) is dropped.
 */
export function createKickerRemover(data: CleaningData): (line: string, removed: Removal[], keepKicker?: boolean) => string {
  const kicker = compile(data.kicker.pattern, 'u');
  const dateline = compile(data.datelineDuplicate, 'u');
  const maxWords = data.kicker.maxWords;

  const stripDuplicate = (line: string, removed: Removal[]): string => {
    let out = line;
    const d = dateline?.exec(out);
    const latin = d?.groups?.latin;
    if (d && latin !== undefined) {
      const start = d.index + (d.groups?.hindi?.length ?? 0);
      removed.push({ kind: 'dateline-duplicate', text: latin.trim() });
      out = `${out.slice(0, start)} ${out.slice(start + latin.length)}`;
    }
    return out === line ? line : squeeze(out);
  };

  const strip = (line: string, removed: Removal[], keepKicker = false): string => {
    let out = line;
    const k = kicker?.exec(out);
    const phrase = k?.groups?.kicker ?? k?.[0];
    if (!keepKicker && k && phrase && wordCount(phrase) <= maxWords) {
      removed.push({ kind: 'kicker', text: phrase.trim() });
      out = out.slice(k.index + k[0].length);
    }
    const rest = stripDuplicate(out, removed);
    return rest === out && out === line ? line : squeeze(rest);
  };
  return strip;
}

/** Kickers taken off the lines before the headline search, and how to settle them once the headline is known. */
export interface KickedLines {
  lines: string[];
  /** Records the kickers dropped for good and returns how a body line gets its kicker back. */
  settle(title: string | null, removed: Removal[]): (line: string) => string;
}

/**
 * The SEO kicker goes from the headline only: a label kicker (`LIVE Updates:`) goes from every line; a topic
 * kicker in a body line (`Budget 2024: वित्त मंत्री …`) is page text and comes back, unless it repeats the
 * headline's own kicker or its last words (the SEO tag printed on every paragraph).
 */
export function takeKickers(
  lines: readonly string[],
  removed: Removal[],
  strip: (line: string, removed: Removal[], keepKicker?: boolean) => string,
  isLabel: (kicker: string) => boolean,
): KickedLines {
  const kicked = new Map<string, { line: string; removal: Removal[] }>();
  const out = lines.map((line) => {
    const removal: Removal[] = [];
    const rest = line === '' ? line : strip(line, removal);
    const kicker = removal.find((r) => r.kind === 'kicker');
    if (kicker === undefined || isLabel(kicker.text)) removed.push(...removal);
    else kicked.set(rest, { line: strip(line, [], true), removal });
    return rest;
  });
  const settle = (title: string | null, into: Removal[]): ((line: string) => string) => {
    const titleKicker = kicked.get(title ?? '')?.removal.find((r) => r.kind === 'kicker')?.text.toLowerCase();
    // (a shorter form of it echoes it too: `Mandi bhav:` on the paragraphs under `Ashta Mandi bhav:`)
    const echoes = (removal: Removal[]): boolean =>
      removal.some((r) => r.kind === 'kicker' && titleKicker !== undefined && (r.text.toLowerCase() === titleKicker || titleKicker.endsWith(` ${r.text.toLowerCase()}`)));
    for (const [line, { removal }] of kicked) into.push(...(line === title || echoes(removal) ? removal : removal.filter((r) => r.kind !== 'kicker')));
    return (line) => {
      const k = kicked.get(line);
      return k === undefined || echoes(k.removal) ? line : k.line;
    };
  };
  return { lines: out, settle };
}
