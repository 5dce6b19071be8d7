import { alternation } from '../text/boundaries.js';
import type { CleaningData } from './cleaning-data.js';
import { compileAll, squeeze, wholeLine, wordCount, type Removal } from './line-tools.js';

/**
 * Removes the agency credit at the end of the body — a bracket `(एएनआई)`, `(PTI/IANS)` or a credit
 * line `(इनपुट: भाषा)` — and keeps the agency as a `credit` removal so it can become a source.
 */
export function createCreditRemover(data: CleaningData): (lines: string[], removed: Removal[]) => string[] {
  const agencies = alternation(data.agencies);
  const bracket = agencies
    ? new RegExp(`\\s*\\(\\s*((?:${agencies})(?:\\s*[/,|&]\\s*(?:${agencies}))*)\\s*\\)\\s*[।.]?\\s*$`, 'iu')
    : null;
  const creditLines = compileAll(data.creditLines, 'iu', wholeLine);

  return (lines, removed) => {
    const out = lines.filter((l) => l !== '');
    const last = out.length - 1;
    const tail = out[last];
    if (tail === undefined) return out;
    const line = creditLines.map((r) => r.exec(tail)).find((m) => m !== null);
    if (line && wordCount(tail) <= 8) {
      removed.push({ kind: 'credit', text: (line.groups?.agency ?? tail).trim() });
      out.pop();
      return out.length > 0 ? withBracket(out, bracket, removed) : out;
    }
    return withBracket(out, bracket, removed);
  };
}

function withBracket(lines: string[], bracket: RegExp | null, removed: Removal[]): string[] {
  const last = lines.length - 1;
  const tail = lines[last];
  const m = tail === undefined ? null : bracket?.exec(tail);
  if (!m || tail === undefined) return lines;
  removed.push({ kind: 'credit', text: (m[1] ?? '').trim() });
  const rest = squeeze(tail.slice(0, m.index));
  if (rest === '') lines.pop();
  else lines[last] = rest;
  return lines;
}
