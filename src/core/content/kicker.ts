import type { CleaningData } from './cleaning-data.js';
import { compile, squeeze, wordCount, type Removal } from './line-tools.js';

/**
 * Line-start clean-up of mixed-script pages: the SEO kicker (`Russian President Putin: रूस के …`,
 * `IPL 2024: …`) goes, and a Latin duplicate of a Hindi dateline (`मॉस्को moscow :`) is dropped.
 */
export function createKickerRemover(data: CleaningData): (line: string, removed: Removal[]) => string {
  const kicker = compile(data.kicker.pattern, 'u');
  const dateline = compile(data.datelineDuplicate, 'u');
  const maxWords = data.kicker.maxWords;

  return (line, removed) => {
    let out = line;
    const k = kicker?.exec(out);
    const phrase = k?.groups?.kicker ?? k?.[0];
    if (k && phrase && wordCount(phrase) <= maxWords) {
      removed.push({ kind: 'kicker', text: phrase.trim() });
      out = out.slice(k.index + k[0].length);
    }
    const d = dateline?.exec(out);
    const latin = d?.groups?.latin;
    if (d && latin !== undefined) {
      const start = d.index + (d.groups?.hindi?.length ?? 0);
      removed.push({ kind: 'dateline-duplicate', text: latin.trim() });
      out = `${out.slice(0, start)} ${out.slice(start + latin.length)}`;
    }
    return out === line ? line : squeeze(out);
  };
}
