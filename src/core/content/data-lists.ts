import type { CleaningData } from './cleaning-data.js';
import { compileAll } from './line-tools.js';

/**
 * Lists of figures printed as lines (`- पंजाब कांग्रेस-77 सीटें`, `- अन्य-02`) under a header line
 * (`पंजाब(117 सीटें) :`) are article content, though they are short and end without a stop like
 * headlines. A line counts only inside a run of at least two such lines (a lone `Page - 2` is not a
 * list) or right under a header; a header counts only right above an item.
 */
export interface DataLists {
  /** Per line, whether it belongs to a list. */
  find: (lines: readonly string[]) => boolean[];
  /** The line has the shape of a list item (a page cut off after one is not cut mid-sentence). */
  isItem: (line: string) => boolean;
  /** A list item with its separator (group `sep`) printed as `: `: `- कांग्रेस-77 सीटें` → `- कांग्रेस: 77 सीटें`. */
  normalise: (line: string) => string;
}

export function createDataLists(data: CleaningData): DataLists {
  const items = compileAll(data.dataLists.items, 'du');
  const headers = compileAll(data.dataLists.headers, 'u');
  const priceRows = compileAll(data.dataLists.priceRows, 'du');
  const priceHeaders = compileAll(data.dataLists.priceHeaders, 'u');
  const isPriceRow = (line: string): boolean => priceRows.some((r) => r.test(line));
  const rows = [...items, ...priceRows];
  const isListItem = (line: string): boolean => items.some((r) => r.test(line));
  const isItem = (line: string): boolean => isListItem(line) || isPriceRow(line);
  const isHeader = (line: string): boolean => headers.some((r) => r.test(line));

  const find = (lines: readonly string[]): boolean[] => {
    const item = lines.map(isListItem);
    const header = lines.map((line, i) => item[i + 1] === true && isHeader(line));
    const listed = item.map((it, i) => header[i] === true || (it && (item[i - 1] === true || item[i + 1] === true || header[i - 1] === true)));
    // price rows count in a run that starts right under a line announcing prices (`सरसों के ताजा भाव:`)
    let run = false;
    lines.forEach((line, i) => {
      run = isPriceRow(line) && (run || priceHeaders.some((r) => r.test(lines[i - 1] ?? '')));
      if (run) listed[i] = true;
    });
    return listed;
  };
  const normalise = (line: string): string => {
    for (const regex of rows) {
      const sep = regex.exec(line)?.indices?.groups?.sep;
      if (sep) return `${line.slice(0, sep[0])}: ${line.slice(sep[1])}`;
    }
    return line;
  };
  return { find, isItem, normalise };
}
