import { describe, expect, it } from 'vitest';
import { goldArticleSchema } from '../../eval/gold.js';
import { scoreArticle } from '../../eval/score.js';
import { totals } from '../../eval/totals.js';
import type { ArticleFactsJson } from '../../src/core/pipeline/facts-json.js';

/** The evaluation scorer: a scorer that cannot fail would make every figure in the README meaningless. */
const found = (over: Partial<ArticleFactsJson['facts']> = {}, title = 'असम में बाढ़ से 9 लोगों की मौत'): ArticleFactsJson => ({
  article: 'a',
  published: '2024-07-10',
  title: { hi: title, en: 'Floods in Assam' },
  summary: { hi: ['असम में बाढ़ से 9 लोगों की मौत हो गई।'], en: ['Nine people died in floods in Assam.'] },
  facts: { dates: [], numbers: [], people: [], places: [], organisations: [], ...over },
});

const gold = goldArticleSchema.parse({
  title: 'असम में बाढ़ से 9 लोगों की मौत',
  dates: [{ text: 'मंगलवार', value: '2024-07-09' }, { text: '12 से 14 जुलाई', value: '2024-07-12', end: '2024-07-14' }],
  numbers: [
    { text: '9 लोगों की मौत', value: 9, unit: 'person', qualifier: 'exact', role: 'killed' },
    { text: 'हजारों लोग', value: 1000, unit: 'person|resident', qualifier: 'vague' },
  ],
  people: ['Himanta Biswa Sarma|Himanta Sarma'],
  places: ['Assam'],
  optional: ['Brahmaputra'],
  absent: ['यह भी पढ़ें'],
});

describe('scoreArticle', () => {
  it('counts hits by overlapping text and equal value, and wrong finds against precision', () => {
    const s = scoreArticle(found({
      dates: [
        { text: 'मंगलवार को', value: '2024-07-09', granularity: 'day', sentence: 0 },
        { text: '12 से 14 जुलाई', value: '2024-07-12', granularity: 'day', sentence: 1 }, // end missing: wrong
      ],
    }), gold);
    expect(s.kinds.dates).toMatchObject({ expected: 2, hit: 1, found: 2, correct: 1 });
    expect(s.kinds.dates.missed).toEqual(['12 से 14 जुलाई→2024-07-12/2024-07-14']);
    expect(s.kinds.dates.wrong).toEqual(['12 से 14 जुलाई→2024-07-12']);
  });

  it('reads two coordinated days found inside a gold range of those two days as that range (issue 8: each day is a date)', () => {
    const pair = goldArticleSchema.parse({ title: 'x', dates: [{ text: '05 और 06 जुलाई', value: '2024-07-05', end: '2024-07-06' }] });
    const day = (text: string, value: string) => ({ text, value, granularity: 'day' as const, sentence: 0 });
    const both = scoreArticle(found({ dates: [day('05', '2024-07-05'), day('06 जुलाई', '2024-07-06')] }), pair);
    expect(both.kinds.dates).toMatchObject({ expected: 1, hit: 1, found: 1, correct: 1 });
    // one day alone is not the range, and a day outside the gold text is not part of it
    const one = scoreArticle(found({ dates: [day('06 जुलाई', '2024-07-06')] }), pair);
    expect(one.kinds.dates).toMatchObject({ hit: 0, found: 1, correct: 0 });
    const apart = scoreArticle(found({ dates: [day('05 अगस्त', '2024-07-05'), day('06 जुलाई', '2024-07-06')] }), pair);
    expect(apart.kinds.dates).toMatchObject({ hit: 0, correct: 0 });
    // a range written with से is no coordination: two days found are not it
    const range = goldArticleSchema.parse({ title: 'x', dates: [{ text: '05 से 06 जुलाई', value: '2024-07-05', end: '2024-07-06' }] });
    expect(scoreArticle(found({ dates: [day('05', '2024-07-05'), day('06 जुलाई', '2024-07-06')] }), range).kinds.dates).toMatchObject({ hit: 0 });
    // a range said with "between", days that are not adjacent, and days of two sentences stay a miss (reviewer)
    const between = goldArticleSchema.parse({ title: 'x', dates: [{ text: '1 जून और 30 जून के बीच', value: '2024-06-01', end: '2024-06-30' }] });
    expect(scoreArticle(found({ dates: [day('1 जून', '2024-06-01'), day('30 जून', '2024-06-30')] }), between).kinds.dates).toMatchObject({ hit: 0 });
    const wide = goldArticleSchema.parse({ title: 'x', dates: [{ text: '5 और 19 दिसंबर', value: '2024-12-05', end: '2024-12-19' }] });
    expect(scoreArticle(found({ dates: [day('5', '2024-12-05'), day('19 दिसंबर', '2024-12-19')] }), wide).kinds.dates).toMatchObject({ hit: 0 });
    const twoSentences = scoreArticle(found({ dates: [day('05', '2024-07-05'), { ...day('06 जुलाई', '2024-07-06'), sentence: 3 }] }), pair);
    expect(twoSentences.kinds.dates).toMatchObject({ hit: 0 });
  });

  it('needs the unit among the alternatives and judges qualifier and role of matched numbers', () => {
    const s = scoreArticle(found({
      numbers: [
        { text: '9 लोगों', value: 9, unit: 'person', approx: false },
        { text: 'हजारों लोग', value: 1000, unit: 'resident', approx: true, qualifier: 'about' } as ArticleFactsJson['facts']['numbers'][number],
      ],
    }), gold);
    expect(s.kinds.numbers).toMatchObject({ hit: 2, correct: 2 });
    expect(s.qualifier).toEqual({ checked: 2, agreed: 1, disagreed: ['हजारों लोग: about ≠ vague'] });
    expect(s.role).toEqual({ checked: 1, agreed: 0, disagreed: ['9 लोगों की मौत: - ≠ killed'] });
    const wrongUnit = scoreArticle(found({ numbers: [{ text: '9 लोगों', value: 9, unit: 'day', approx: false }] }), gold);
    expect(wrongUnit.kinds.numbers).toMatchObject({ hit: 0, found: 1, correct: 0 });
  });

  it.each([
    ['a class of people for a gold person (GOLD.md: people of any kind)', 'accused', 'person', 1],
    ['a class of people for another class', 'accused', 'student', 0],
    ['person for a gold class', 'person', 'student', 0],
    ['a thing for a gold person', 'vehicle', 'person', 0],
  ])('unit: %s', (_name, unit, goldUnit, hits) => {
    const g = goldArticleSchema.parse({ title: null, lead: 'x', numbers: [{ text: '5 अभियुक्त', value: 5, unit: goldUnit, qualifier: 'exact' }] });
    const s = scoreArticle(found({ numbers: [{ text: '5 अभियुक्त', value: 5, unit, approx: false }] }), g);
    expect(s.kinds.numbers.hit).toBe(hits);
  });

  it('counts a quantity the headline repeats from the body once among number facts', () => {
    const twice = goldArticleSchema.parse({
      title: 'असम में बाढ़ से 9 लोगों की मौत',
      numbers: [
        { text: '9 लोगों की मौत', value: 9, unit: 'person', role: 'killed' },
        { text: 'नौ लोगों ने जान गंवाई', value: 9, unit: 'person', role: 'killed' },
        { text: 'हजारों लोग', value: 1000, unit: 'person', qualifier: 'vague' },
      ],
    });
    const s = scoreArticle(found({ numbers: [{ text: 'नौ लोगों', value: 9, unit: 'person', approx: false }] }), twice);
    expect(s.kinds.numbers).toMatchObject({ expected: 3, hit: 1 });
    expect(s.numberFacts).toEqual({ expected: 2, hit: 1 });
    expect(totals([s]).numberFacts).toEqual({ expected: 2, hit: 1, recall: 0.5 });
    // the details mark a missed mention whose fact was found at another mention apart from a fact lost
    expect(s.kinds.numbers.missed).toEqual(['9 लोगों की मौत→9 person (fact found at another mention)', 'हजारों लोग→1000 person']);
  });

  it('matches names with any alternative spelling, ignores optional ones, counts others wrong', () => {
    const s = scoreArticle(found({
      people: [{ hi: 'हिमंत सरमा', en: 'Himanta Sarma', mentions: 1 }, { hi: 'फौरन', en: 'Fauran', mentions: 1 }],
      places: [{ hi: 'असम', en: 'Assam', mentions: 2 }, { hi: 'ब्रह्मपुत्र', en: 'Brahmaputra', mentions: 1 }],
    }), gold);
    expect(s.kinds.people).toMatchObject({ expected: 1, hit: 1, found: 2, correct: 1, wrong: ['फौरन=Fauran'] });
    expect(s.kinds.places).toMatchObject({ expected: 1, hit: 1, found: 1, correct: 1 });
  });

  it('judges the headline and reports furniture shown to a reader', () => {
    const ok = scoreArticle(found(), gold);
    expect(ok.titleOk).toBe(true);
    const bad = scoreArticle({ ...found({}, 'Breaking News'), summary: { hi: ['यह भी पढ़ें: कुछ और'], en: [] } }, gold);
    expect(bad.titleOk).toBe(false);
    expect(bad.violations).toEqual(['यह भी पढ़ें']);
    expect(bad.violationsOutsideSummary).toEqual([]);
    const inTitle = scoreArticle(found({}, 'यह भी पढ़ें: असम में बाढ़'), gold);
    expect(inTitle.violationsOutsideSummary).toEqual(['यह भी पढ़ें']);
    const lead = goldArticleSchema.parse({ title: null, lead: 'असम में भारी बारिश के बाद बाढ़ से नौ लोगों की मौत हो गई है।' });
    expect(scoreArticle(found({}, 'असम में भारी बारिश के बाद बाढ़ से नौ लोगों की मौत'), lead).titleOk).toBe(true);
    expect(scoreArticle(found({}, 'होम / देश'), lead).titleOk).toBe(false);
  });

  it('sums recall and precision over articles', () => {
    const t = totals([scoreArticle(found({ places: [{ hi: 'असम', en: 'Assam', mentions: 1 }] }), gold), scoreArticle(found(), gold)]);
    expect(t.kinds.places).toMatchObject({ expected: 2, hit: 1, recall: 0.5, precision: 1 });
    expect(t.titles).toEqual({ ok: 2, total: 2, withoutKicker: 2 });
  });
});

describe('a headline without the SEO kicker the product drops by design', () => {
  const dropKicker = (line: string): string => line.replace(/^[A-Za-z0-9 ]+:\s*/u, '');
  it.each([
    ['the gold lead starts with a kicker', { title: null, lead: 'IMD Weather Update: मौसम विभाग ने आज यूपी के 23 जिलों के लिए अलर्ट जारी किया है.' }, 'मौसम विभाग ने आज यूपी के 23 जिलों के लिए अलर्ट जारी किया है', false, true],
    ['the gold title starts with a kicker', { title: 'Rajasthan Election 2023 News: राजस्थान में आज मतदान चल रहा है' }, 'राजस्थान में आज मतदान चल रहा है', false, true],
    ['another headline altogether', { title: 'IPL 2024: मुंबई ने चेन्नई को हराया' }, 'दिल्ली में बारिश से जलभराव', false, false],
  ])('%s', (_name, goldTitle, title, strict, unkicked) => {
    const g = goldArticleSchema.parse(goldTitle);
    const s = scoreArticle(found({}, title), g, dropKicker);
    expect([s.titleOk, s.titleOkWithoutKicker]).toEqual([strict, unkicked]);
  });
});

describe('a headline typed with other spacing around punctuation is the same headline', () => {
  it.each([
    ['a space after a comma', 'इन राज्यों में होगी भारी बारिश,मौसम विभाग ने जारी किया अलर्ट', 'इन राज्यों में होगी भारी बारिश, मौसम विभाग ने जारी किया अलर्ट', true],
    ['a space before a colon', 'CG : समर कैंप में बच्चों ने सीखा योग', 'CG: समर कैंप में बच्चों ने सीखा योग', true],
    ['other words', 'इन राज्यों में होगी भारी बारिश,मौसम विभाग ने जारी किया अलर्ट', 'इन राज्यों में होगी भारी बारिश, स्कूल बंद करने के आदेश जारी', false],
  ])('%s', (_name, goldTitle, title, ok) => {
    expect(scoreArticle(found({}, title), goldArticleSchema.parse({ title: goldTitle })).titleOk).toBe(ok);
  });
});
