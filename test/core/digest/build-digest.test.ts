import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import { renderJson } from '../../../src/core/digest/render/render-json.js';
import { renderText } from '../../../src/core/digest/render/render-text.js';
import { factFormatters } from '../../../src/core/pipeline/fact-formatters.js';
import { makeArticle } from '../../helpers/make-article.js';

const visit = { people: ['Vladimir Putin', 'Kim Jong Un'], places: ['Russia', 'North Korea', 'Pyongyang'] };
const articles = [
  makeArticle({
    id: 'visit-1',
    published: '2024-06-18',
    ...visit,
    dates: [[0, '19 जून', '2024-06-19', 'day']],
    summary: { hi: ['पुतिन कल प्योंगयांग पहुंचेंगे।', 'दोनों नेता वार्ता करेंगे।'], en: ['Putin will reach Pyongyang tomorrow', 'The two leaders will hold talks'] },
  }),
  makeArticle({
    id: 'visit-2',
    published: '2024-06-19',
    ...visit,
    dates: [[0, 'बुधवार', '2024-06-19', 'day']],
    summary: { hi: ['पुतिन और किम की मुलाकात हुई।', 'समझौते पर हस्ताक्षर हुए।'], en: ['Putin and Kim met', 'An agreement was signed'] },
  }),
  makeArticle({
    id: 'monsoon',
    published: '2024-06-10',
    places: ['Kerala'],
    organisations: ['India Meteorological Department'],
    summary: { hi: ['मानसून केरल पहुंचा।'], en: ['The monsoon reached Kerala'] },
  }),
];

describe('buildDigest', () => {
  const digest = buildDigest(articles, { edition: '2024-06-20', format: factFormatters });

  it('groups same-event articles, newest story first, newest source first', () => {
    expect(digest.stories.map((s) => s.sources.map((x) => x.article))).toEqual([['visit-2', 'visit-1'], ['monsoon']]);
    expect(digest.stories[0]?.title.en).toBe('Title visit-2');
    expect(digest.more).toBe(0);
  });

  it('merges a new line from the second source into aligned bullets', () => {
    const bullets = digest.stories[0]?.bullets;
    expect(bullets?.hi).toEqual(['पुतिन और किम की मुलाकात हुई।', 'समझौते पर हस्ताक्षर हुए।', 'पुतिन कल प्योंगयांग पहुंचेंगे।']);
    expect(bullets?.en).toEqual(['Putin and Kim met', 'An agreement was signed', 'Putin will reach Pyongyang tomorrow']);
  });

  it('merges from another source only a line whose English is a sentence (enSource), never a facts line', () => {
    const facts = makeArticle({
      id: 'visit-3', published: '2024-06-17', ...visit, dates: [[0, '19 जून', '2024-06-19', 'day']],
      summary: {
        hi: ['पुतिन प्योंगयांग जाएंगे, किम से मिलेंगे।', 'रूस ने उत्तर कोरिया से हथियार खरीदे।'],
        en: ['Vladimir Putin · Pyongyang · Kim Jong Un', 'Russia bought weapons from North Korea'],
        enSource: ['facts', 'rules'],
      },
    });
    // a sentence may itself contain " · " (a quoted name): the field decides, not the text
    const dotted = makeArticle({
      id: 'visit-4', published: '2024-06-16', ...visit, dates: [[0, '19 जून', '2024-06-19', 'day']],
      summary: { hi: ['किम ने कहा कि दोनों देश सहयोग बढ़ाएंगे।'], en: ['Kim said the two countries · will deepen ties'], enSource: ['rules'] },
    });
    const merged = buildDigest([articles[1]!, facts, dotted], { edition: '2024-06-20', format: factFormatters }).stories[0]?.bullets;
    expect(merged?.en).toEqual(['Putin and Kim met', 'An agreement was signed', 'Russia bought weapons from North Korea', 'Kim said the two countries · will deepen ties']);
  });

  it('collects English key facts across the sources', () => {
    expect(digest.stories[0]?.keyFacts).toEqual({
      dates: ['19 June 2024'],
      numbers: [],
      people: ['Kim Jong Un', 'Vladimir Putin'],
      places: ['North Korea', 'Pyongyang', 'Russia'],
      organisations: [],
    });
  });

  it('caps stories with --limit and counts the rest', () => {
    const limited = buildDigest(articles, { edition: '2024-06-20', limit: 1, format: factFormatters });
    expect(limited.stories).toHaveLength(1);
    expect(limited.more).toBe(1);
  });

  it('renders an empty digest as "nothing new" in both languages', () => {
    const empty = buildDigest([], { edition: '2024-06-20', format: factFormatters });
    expect(renderText(empty)).toBe('khabar · 2024-06-20 · 0 stories\nNothing new. / कोई नई खबर नहीं।\n');
    expect(JSON.parse(renderJson(empty))).toEqual({ edition: '2024-06-20', stories: [], more: 0 });
  });

  it.each([
    ['en', /Putin and Kim met/, /मुलाकात/],
    ['hi', /मुलाकात/, /Putin and Kim met/],
  ] as const)('text in %s only shows that language', (lang, present, absent) => {
    const text = renderText(digest, lang);
    expect(text).toMatch(present);
    expect(text).not.toMatch(absent);
  });
});
