import { describe, expect, it } from 'vitest';
import { numbersIn } from './extract.js';

/** Facts as [text, value, unit, role] (role null when none). */
const show = (text: string) => numbersIn(text).map((f) => [f.text, f.value, f.unit, f.role ?? null]);

describe('"of these": a bare figure counts what the figure before it counted', () => {
  it.each([
    ['हादसे में 12 लोग घायल हुए, जिनमें से 3 की हालत गंभीर है।', [['12 लोग', 12, 'person', 'injured'], ['3', 3, 'person', null]]],
    ['हादसे में 12 लोग घायल हुए, जिनमें से 3 की मौत हो गई।', [['12 लोग', 12, 'person', 'injured'], ['3', 3, 'person', 'killed']]],
    ['परीक्षा में 40 छात्र बैठे थे, इनमें 25 पास हुए।', [['40 छात्र', 40, 'student', null], ['25', 25, 'student', null]]],
    // the last counted figure is the set, not the first
    ['5 गांवों के 60 मकान ढहे, उनमें से 8 पक्के थे।', [['5 गांवों', 5, 'village', null], ['60 मकान', 60, 'house', null], ['8', 8, 'house', null]]],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});
