import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { indexLexicon } from '../../../src/core/summary/lexicon-index.js';
import { createSelector, targetCount } from '../../../src/core/summary/select-sentences.js';
import type { ArticleFacts, Sentence } from '../../../src/core/types.js';

const index = indexLexicon(loadData(join(process.cwd(), 'config')).data.lexicon);
const select = createSelector(index.stopwords);
const NO_FACTS: ArticleFacts = { dates: [], numbers: [], mentions: [] };
const sentences = (texts: string[]): Sentence[] => texts.map((text, index) => ({ index, text, paragraph: 0 }));

const MARKET = [
  'सेंसेक्स मंगलवार को 500 अंक चढ़कर 77,000 के रिकॉर्ड स्तर पर बंद हुआ।', // 0 lead, central
  'निफ्टी भी 150 अंक की बढ़त के साथ 23,500 के स्तर पर बंद हुआ।', // 1 central
  'बाजार खुला।', // 2 fragment
  'बैंकिंग और आईटी शेयरों में सबसे ज्यादा खरीदारी देखी गई जिससे बाजार में तेजी आई।', // 3
  'विदेशी निवेशकों ने मंगलवार को 2,000 करोड़ रुपये के शेयर खरीदे।', // 4 facts
  'सेंसेक्स मंगलवार को 500 अंक चढ़कर 77,000 के रिकॉर्ड स्तर पर बंद हुआ।', // 5 duplicate of 0
  '"यह तेजी आगे भी जारी रहेगी।"', // 6 quote only, short
  'विशेषज्ञों का कहना है कि रिजर्व बैंक की नीति बैठक से पहले बाजार में उतार-चढ़ाव बना रह सकता है।', // 7
  'रुपया डॉलर के मुकाबले 10 पैसे मजबूत होकर 83.40 पर बंद हुआ।', // 8
  'कच्चे तेल की कीमतों में गिरावट से भी बाजार को सहारा मिला।', // 9
  'एशियाई बाजारों में मिलाजुला रुख रहा।', // 10
  'Tags: Sensex Nifty Market News Today Live', // 11 not Hindi
];

describe('targetCount', () => {
  it.each([[0, 0], [2, 2], [3, 3], [8, 3], [12, 4], [18, 4], [30, 5], [200, 5]])('%i sentences → %i lines', (n, want) => {
    expect(targetCount(n)).toBe(want);
  });
});

describe('select-sentences', () => {
  const picked = select({ title: 'सेंसेक्स 500 अंक चढ़कर रिकॉर्ड स्तर पर बंद', sentences: sentences(MARKET), facts: NO_FACTS });

  it('picks 3–5 sentences in reading order', () => {
    expect(picked.length).toBeGreaterThanOrEqual(3);
    expect(picked.length).toBeLessThanOrEqual(5);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
  });

  it('keeps the central lead sentence', () => {
    expect(picked).toContain(0);
  });

  it('skips fragments, a non-Hindi line, a short quote-only line and a duplicate', () => {
    expect(picked).not.toContain(2);
    expect(picked).not.toContain(11);
    expect(picked).not.toContain(6);
    expect(picked).not.toContain(5);
  });

  it('prefers sentences dense in facts among similar ones', () => {
    const texts = [
      'चुनाव आयोग ने आज विधानसभा चुनाव की तारीखों का ऐलान किया।',
      'राज्य में विधानसभा चुनाव तीन चरणों में होंगे और मतगणना बाद में होगी।',
      'राज्य में विधानसभा चुनाव 5, 12 और 19 नवंबर को तीन चरणों में होंगे और मतगणना 23 नवंबर को होगी।',
      'आयोग ने कहा कि चुनाव शांतिपूर्ण तरीके से कराए जाएंगे और सुरक्षा के पूरे इंतजाम होंगे।',
      'विपक्षी दलों ने चुनाव की तारीखों पर सवाल उठाए हैं और आयोग से बात करने की मांग की है।',
    ];
    const s = sentences(texts);
    const facts: ArticleFacts = {
      mentions: [],
      numbers: [],
      dates: ['5', '12', '19 नवंबर', '23 नवंबर'].map((t, i) => ({
        text: t, value: `2024-11-${['05', '12', '19', '23'][i]}`, granularity: 'day' as const, sentence: 2,
        span: { start: texts[2]!.indexOf(t), end: texts[2]!.indexOf(t) + t.length }, kind: 'inferred' as const,
      })),
    };
    const out = select({ title: 'विधानसभा चुनाव की तारीखों का ऐलान', sentences: s, facts });
    expect(out).toContain(2);
    expect(out).not.toContain(1);
  });

  it('returns all sentences (fewer than 3) for a short article, [] for none', () => {
    const two = sentences(['भारत ने पहला टेस्ट मैच दस विकेट से जीत लिया है।', 'कप्तान ने टीम के प्रदर्शन की जमकर तारीफ की है।']);
    expect(select({ title: 'भारत जीता', sentences: two, facts: NO_FACTS })).toEqual([0, 1]);
    expect(select({ title: '', sentences: [], facts: NO_FACTS })).toEqual([]);
  });

  it('returns Sentence.index values, not array positions', () => {
    const s = sentences(MARKET.slice(0, 5)).map((x) => ({ ...x, index: x.index + 10 }));
    const out = select({ title: 'सेंसेक्स', sentences: s, facts: NO_FACTS });
    expect(out.every((i) => i >= 10)).toBe(true);
  });
});
