import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/core/events/event-index.js';
import { parseEventQuery, type EventQuery } from '../../../src/core/events/parse-event-query.js';
import { makeArticle } from '../../helpers/make-article.js';

const a = makeArticle({
  id: 'a',
  published: '2024-06-17',
  sentences: ['पुतिन 18-19 जून को यात्रा करेंगे।', 'इस सप्ताह दौरा होगा।', 'जनवरी में मिसाइल दागी गई।', '1961 में संधि हुई।'],
  dates: [
    [0, '18-19 जून', '2024-06-18', 'day', '2024-06-19'],
    [1, 'इस सप्ताह', '2024-W25', 'week'],
    [2, 'जनवरी में', '2024-01', 'month'],
    [3, '1961', '1961', 'year'],
  ],
});
const b = makeArticle({
  id: 'b',
  published: '2024-06-19',
  sentences: ['बुधवार को मुलाकात हुई।', 'पिछले साल शिखर सम्मेलन हुआ।'],
  dates: [
    [0, 'बुधवार को', '2024-06-19', 'day'],
    [1, 'पिछले साल', '2023', 'year'],
  ],
});
const index = buildEventIndex([b, a]);
const query = (text: string): EventQuery => {
  const parsed = parseEventQuery(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query;
};
const found = (text: string): string[] => index.lookup(query(text)).map((m) => `${m.article}:${m.date.text}`);

describe('event index lookups', () => {
  it.each([
    ['2024-06-19', ['a:18-19 जून', 'b:बुधवार को']],
    ['2024-06-18', ['a:18-19 जून']],
    ['2024-06-20', []],
    ['2024-06', ['a:इस सप्ताह', 'a:18-19 जून', 'b:बुधवार को']],
    ['2024-01', ['a:जनवरी में']],
    ['2024', ['a:जनवरी में', 'a:इस सप्ताह', 'a:18-19 जून', 'b:बुधवार को']],
    ['2023', ['b:पिछले साल']],
    ['1961', ['a:1961']],
    ['1999', []],
  ])('%s → %j', (q, expected) => {
    expect(found(q)).toEqual(expected);
  });

  it('returns the contract shape with the source sentence and its English', () => {
    const [mention] = index.lookup(query('2024-06-18'));
    expect(mention).toEqual({
      article: 'a',
      published: '2024-06-17',
      date: { value: '2024-06-18', end: '2024-06-19', granularity: 'day', text: '18-19 जून' },
      source: 'पुतिन 18-19 जून को यात्रा करेंगे।',
      text: { hi: 'पुतिन 18-19 जून को यात्रा करेंगे।', en: 'English of sentence 0 of a' },
    });
  });

  it('counts every dated sentence', () => {
    expect(index.size).toBe(6);
  });
});

describe('headline and dateline dates', () => {
  const c = makeArticle({ id: 'c', published: '2024-03-15', sentences: ['संसद में विधेयक पारित हुआ।'] });
  c.title = { hi: '14 मार्च को संसद में विधेयक पारित', en: 'Parliament passed the bill on 14 March', enSource: 'rules' };
  c.facts.dates.push(
    { text: '14 मार्च', value: '2024-03-14', granularity: 'day', sentence: -1, span: { start: 0, end: 8 }, kind: 'inferred' },
    { text: '15 मार्च', value: '2024-03-15', granularity: 'day', sentence: -2, span: { start: 6, end: 14 }, kind: 'inferred' },
  );
  c.english.set(0, 'Parliament passed the bill');
  const idx = buildEventIndex([c]);

  it('shows a headline date with the headline', () => {
    expect(idx.lookup(query('2024-03-14')).map((m) => [m.date.text, m.source, m.text.en])).toEqual([
      ['14 मार्च', '14 मार्च को संसद में विधेयक पारित', 'Parliament passed the bill on 14 March'],
    ]);
  });

  it('shows the dateline report date with the lead sentence', () => {
    expect(idx.lookup(query('2024-03-15')).map((m) => [m.date.text, m.source, m.text.en])).toEqual([
      ['15 मार्च', 'संसद में विधेयक पारित हुआ।', 'Parliament passed the bill'],
    ]);
  });
});
