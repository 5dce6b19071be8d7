import { describe, expect, it } from 'vitest';
import { titleFallback } from '../../../src/core/pipeline/title-fallback.js';
import type { BilingualLines } from '../../../src/core/types.js';

const lines = (en: string[]): BilingualLines => ({ hi: en.map((_, i) => `वाक्य ${i}`), en, enSource: en.map((_, i) => (i === 1 ? 'rules' : 'facts')) });
const entities = {
  people: [{ hi: 'सुनील', en: 'Sunil', mentions: 1 }],
  places: [{ hi: 'हरियाणा', en: 'Haryana', mentions: 3 }, { hi: 'पंजाब', en: 'Punjab', mentions: 2 }],
  organisations: [{ hi: 'भारतीय ओलंपिक संघ', en: 'Indian Olympic Association', mentions: 1 }],
};
const none = { people: [], places: [], organisations: [] };

describe('the English title when the headline gave no English line', () => {
  it.each([
    ['a headline line stands', { text: 'Landslide kills five', source: 'rules' as const }, lines(['Haryana · two golds']), entities, { text: 'Landslide kills five', source: 'rules' }],
    ['the first summary line with a figure', { text: '', source: 'facts' as const }, lines(['When: 11 February 2025', 'Haryana won 2 golds', 'x']), entities, { text: 'Haryana won 2 golds', source: 'rules' }],
    ['an empty summary line is skipped', { text: '', source: 'facts' as const }, lines(['', '', '42 complaints']), entities, { text: '42 complaints', source: 'facts' }],
    // (a figure of a later line is background, never the headline's: zzzv first run, an old film's cast and year)
    // (the names mentioned most may be a comparison's, not the story's subject: the lead's own line comes first)
    ['not a later line\'s figure: the lead\'s own line', { text: '', source: 'facts' as const }, lines(['Relief', 'Sunil · when: 1987']), entities, { text: 'Relief', source: 'facts' }],
    ['else the names mentioned most', { text: '', source: 'facts' as const }, lines(['When: 11 February 2025', 'Relief']), entities, { text: 'Haryana · Punjab · Sunil', source: 'facts' }],
    ['else a summary line that says more than a date', { text: '', source: 'facts' as const }, lines(['When: 11 February 2025', 'Relief']), none, { text: 'Relief', source: 'rules' }],
    ['else nothing', { text: '', source: 'facts' as const }, lines(['']), none, { text: '', source: 'facts' }],
  ])('%s', (_name, head, summary, found, want) => {
    expect(titleFallback(head, summary, found)).toEqual(want);
  });

  it.each([
    ['a thin structured headline gives way to a summary line with a figure', { text: 'State', source: 'facts' as const }, lines(['State · 294 cases', 'x']), { text: 'State · 294 cases', source: 'facts' }],
    ['a thin structured headline stays when nothing better is left', { text: 'When: 11 December 2024', source: 'facts' as const }, lines(['']), { text: 'When: 11 December 2024', source: 'facts' }],
    ['a sentence headline is never thin', { text: 'Rain lashed the state', source: 'rules' as const }, lines(['State · 294 cases']), { text: 'Rain lashed the state', source: 'rules' }],
  ])('%s', (_name, head, summary, want) => {
    expect(titleFallback(head, summary, none, true)).toEqual(want);
  });

  // a thin headline's own date stays before the names the article mentions most (a collector named once in the body
  // atop a headline of a one-day card drive on 17 August)
  it('a thin structured headline keeps its line over the names of other sentences', () => {
    const head = { text: 'When: 17 August 2023', source: 'facts' as const };
    expect(titleFallback(head, lines(['When: 17 August 2023', '']), entities, true)).toEqual(head);
    // (nor a later summary line: it is background, the collector's inspection under a headline of the drive)
    expect(titleFallback(head, lines(['When: 17 August 2023', '', 'Sunil · district level']), entities, true)).toEqual(head);
  });

  it('a summary line longer than a headline may be is not a title', () => {
    const long = `Haryana · ${'gold · '.repeat(30)}end`;
    expect(titleFallback({ text: '', source: 'facts' }, lines([long]), none)).toEqual({ text: '', source: 'facts' });
  });
});
