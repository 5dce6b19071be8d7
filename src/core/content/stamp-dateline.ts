import { foldKey } from '../text/devanagari.js';
import type { Dateline } from '../types.js';
import type { CleaningData } from './cleaning-data.js';
import { compileWithMonths } from './month-words.js';
import type { Removal } from './line-tools.js';

const WORD = '[\\p{Script=Devanagari}\\u200C\\u200D]+';

/**
 * Stamp lines that carry the dateline (`aajtak.in नई दिल्ली, 30 जुलाई 2020, अपडेटेड 16:37 IST`,
 * `नई दिल्ली 08-Apr-2017`): the whole line is removed (kind `dateline-stamp`) and the first one
 * gives a dateline of its place and date (`नई दिल्ली, 30 जुलाई 2020`); the site address and the
 * update stamp are furniture. Only lines that match a stamp pattern whole are taken.
 */
export function createStampDateline(data: CleaningData, months: string): (lines: string[], removed: Removal[]) => { lines: string[]; dateline: Dateline | null } {
  const place = `${WORD}(?:\\s+${WORD}){0,${data.dateline.maxPlaceWords - 1}}`;
  const stamps = compileWithMonths(
    data.dateline.stamps.map((s) => s.replaceAll('{place}', place)),
    'iu',
    months,
  );
  const banned = new Set([...data.headline.stopwords, ...data.dateline.notPlaces].map(foldKey));

  const read = (line: string): Dateline | null => {
    for (const regex of stamps) {
      const m = regex.exec(line);
      const placeText = m?.groups?.place;
      const date = m?.groups?.date;
      if (!m || placeText === undefined || date === undefined) continue;
      if (placeText.split(/\s+/u).some((w) => banned.has(foldKey(w)))) continue;
      const start = line.indexOf(placeText, m.index);
      const end = line.indexOf(date, start) + date.length;
      return { text: line.slice(start, end), place: placeText, date };
    }
    return null;
  };

  return (lines, removed) => {
    let dateline: Dateline | null = null;
    const out = lines.map((line) => {
      const found = line === '' ? null : read(line);
      if (found === null) return line;
      dateline ??= found;
      removed.push({ kind: 'dateline-stamp', text: line });
      return '';
    });
    return { lines: out, dateline };
  };
}
