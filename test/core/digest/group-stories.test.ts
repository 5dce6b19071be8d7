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
