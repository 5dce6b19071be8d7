import { describe, expect, it } from 'vitest';
import { groupStories } from '../../../src/core/digest/group-stories.js';
import { makeArticle } from '../../helpers/make-article.js';

const visit = ['Vladimir Putin', 'Kim Jong Un'];
const places = ['Russia', 'North Korea', 'Pyongyang'];
const announce = makeArticle({ id: 'announce', published: '2024-06-17', people: visit, places, dates: [[0, '18-19 जून', '2024-06-18', 'day', '2024-06-19']] });
const preview = makeArticle({ id: 'preview', published: '2024-06-18', people: visit, places: [...places, 'Moscow'], dates: [[0, '19 जून', '2024-06-19', 'day']] });
const arrival = makeArticle({ id: 'arrival', published: '2024-06-19', people: visit, places, dates: [[0, 'बुधवार', '2024-06-19', 'day']] });
const yearLater = makeArticle({ id: 'later', published: '2025-07-12', people: ['Sergey Lavrov', 'Kim Jong Un'], places, dates: [[0, '19 जून 2024', '2024-06-19', 'day']] });
const cricket = makeArticle({ id: 'cricket', published: '2024-06-18', people: ['Rohit Sharma'], places: ['India', 'Barbados'] });

describe('groupStories', () => {
  const groups = groupStories([cricket, yearLater, announce, arrival, preview]);
  const ids = groups.map((g) => g.articles.map((a) => a.id));

  it('puts reports of the same event in one story, newest first', () => {
    expect(ids).toContainEqual(['arrival', 'preview', 'announce']);
  });

  it('keeps unrelated and far-apart articles apart', () => {
    expect(ids).toContainEqual(['later']);
    expect(ids).toContainEqual(['cricket']);
    expect(groups).toHaveLength(3);
  });

  it('cross-references far-apart articles that share a specific day', () => {
    const later = groups.find((g) => g.articles[0]?.id === 'later');
    const visitGroup = groups.findIndex((g) => g.articles[0]?.id === 'arrival');
    expect(later?.related).toEqual([visitGroup]);
    expect(groups.find((g) => g.articles[0]?.id === 'cricket')?.related).toEqual([]);
  });
});

describe('groupStories caps', () => {
  // ten reports of one match, one a day apart at most: all the same story by the rules
  const reports = Array.from({ length: 10 }, (_, i) =>
    makeArticle({ id: `match-${i}`, published: `2024-06-${String(10 + (i % 3)).padStart(2, '0')}`, people: ['Rohit Sharma', 'Virat Kohli'], places: ['Barbados'] }),
  );

  it.each([
    [8, [8, 2]],
    [3, [3, 3, 3, 1]],
    [10, [10]],
  ])('at most %i sources per story, the newest joined first → story sizes %j', (maxSources, sizes) => {
    const groups = groupStories(reports, { maxSources });
    expect(groups.map((g) => g.articles.length)).toEqual(sizes);
  });

  it('fills a story newest first; the oldest reports left over form the next one', () => {
    const ids = groupStories(reports).map((g) => g.articles.map((a) => a.id));
    expect(ids).toEqual([
      ['match-2', 'match-5', 'match-8', 'match-1', 'match-4', 'match-7', 'match-0', 'match-3'],
      ['match-6', 'match-9'],
    ]);
  });

  it('keeps the first maxRelated cross-references, newest stories first', () => {
    // seven unrelated stories years apart, all mentioning the same day
    const apart = Array.from({ length: 7 }, (_, i) =>
      makeArticle({ id: `y${i}`, published: `${2018 + i}-01-01`, people: [`Person ${i}`], dates: [[0, '19 जून 2017', '2017-06-19', 'day']] }),
    );
    const groups = groupStories(apart, { maxRelated: 3 });
    expect(groups.map((g) => g.articles[0]?.id)).toEqual(['y6', 'y5', 'y4', 'y3', 'y2', 'y1', 'y0']);
    expect(groups.map((g) => g.related)).toEqual([[1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2]]);
  });
});
