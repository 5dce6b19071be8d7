import type { CleaningData } from './cleaning-data.js';
import { compileAll, squeeze, wholeLine, wordCount, type Removal } from './line-tools.js';

/** A whole line between one or two asterisks on each side, none inside. */
const EMPHASIS = /^\s*\*{1,2}([^*]+?)\*{1,2}\s*$/u;

interface KindPatterns {
  kind: string;
  regexes: RegExp[];
}

function byKind(record: Record<string, string[]>, flags: string, wrap?: (s: string) => string): KindPatterns[] {
  return Object.entries(record).map(([kind, sources]) => ({ kind, regexes: compileAll(sources, flags, wrap) }));
}

/**
 * Removes furniture inside lines (HTML remnants, bracketed photo credits) and whole furniture lines
 * (share prompts, advertisements, credits, bylines, timestamps). A long line is prose: never dropped whole.
 */
export function createLineFurniture(data: CleaningData): (lines: string[], removed: Removal[]) => string[] {
  const inline = [...byKind(data.inline, 'giu'), ...byKind(data.inlineExact, 'gu')];
  const whole = byKind(data.lines, 'iu', wholeLine);
  const maxWords = data.lineMaxWords;

  const stripInline = (line: string, removed: Removal[]): string => {
    let out = line;
    for (const { kind, regexes } of inline) {
      for (const regex of regexes) {
        out = out.replace(regex, (match) => {
          if (match.trim() !== '') removed.push({ kind, text: match.trim() });
          return ' ';
        });
      }
    }
    return out === line ? line : squeeze(out);
  };

  const wholeKind = (line: string): string | null => {
    if (wordCount(line) > maxWords) return null;
    for (const { kind, regexes } of whole) if (regexes.some((r) => r.test(line))) return kind;
    return null;
  };

  return (lines, removed) =>
    lines.map((wrapped) => {
      if (wrapped === '') return wrapped;
      // a line set in bold with markdown asterisks at both ends (`*राष्ट्रीय डेंगू दिवस मनाया गया*`) is its words; one
      // asterisk before a line is a bullet and stays (a deck line)
      const raw = EMPHASIS.exec(wrapped)?.[1] ?? wrapped;
      const kind = wholeKind(raw);
      if (kind) {
        removed.push({ kind, text: raw });
        return '';
      }
      const line = stripInline(raw, removed);
      if (line === '') return line;
      const after = wholeKind(line);
      if (after) {
        removed.push({ kind: after, text: line });
        return '';
      }
      return line;
    });
}
