import { describe, expect, it } from 'vitest';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import { realExtractor } from './fixtures.js';

/** A known place whose short form is an everyday word (सागर sea, दुर्ग fort, पाली a language) is that place opening a dateline. */
const sentences = (dateline: string | null, ...texts: string[]): Sentence[] => [
  ...(dateline === null ? [] : [{ index: DATELINE_SENTENCE, text: dateline, paragraph: DATELINE_SENTENCE }]),
  ...texts.map((text, index) => ({ index, text, paragraph: 0 })),
];
const extract = realExtractor();
const places = (list: Sentence[]): string[] => extract(list).filter((m) => m.kind === 'place').map((m) => `${m.text}=${m.en}`);

describe('a place\'s everyday short form opening the dateline is the place', () => {
  it.each([
    ['दुर्ग ।', 'नगर निगम ने सफाई अभियान शुरू किया।', ['दुर्ग=Durg']],
    ['पाली.', 'बाजार में एक व्यापारी से नकदी लूटी गई।', ['पाली=Pali, Rajasthan']],
    ['कोटा।', 'शहर में कोचिंग छात्रों के लिए नई गाइडलाइन जारी की गई।', ['कोटा=Kota, Rajasthan']],
  ])('%s %s', (dateline, body, expected) => {
    expect(places(sentences(dateline, body))).toEqual(expected);
  });
});

describe('the same short forms in the body name no place (negative cases)', () => {
  it.each([
    ['बौद्ध ग्रंथ पाली भाषा में लिखे गए थे।'],
    ['पहाड़ी पर बना पुराना दुर्ग पर्यटकों को लुभाता है।'],
    ['सरकारी नौकरियों में कोटा बढ़ाने की मांग उठी।'],
  ])('%s', (body) => {
    expect(places(sentences(null, body))).toEqual([]);
  });

  // (nor the first word of a longer town's name opening the dateline: reviewer)
  it.each([
    ['मंडी रामगढ़ी।', 'नगर निगम ने सफाई अभियान शुरू किया।'],
    ['कोटा खुर्द।', 'ग्रामीणों ने सड़क की मांग की।'],
  ])('%s %s', (dateline, body) => {
    expect(places(sentences(dateline, body)).filter((p) => /Mandi|Kota/u.test(p))).toEqual([]);
  });
});

describe('a market or a run-on verb before जिले is no district (negative cases, reviewer)', () => {
  it.each([
    ['कृषि उपज मंडी जिले की सबसे बड़ी मंडी है।'],
    ['समारोह में सम्मानित किया गया जिले भर से लोग पहुंचे।'],
  ])('%s', (text) => {
    expect(places(sentences(null, text))).toEqual([]);
  });
});

describe('a district named with जिले, the oblique of जिला', () => {
  it.each([
    ['सागर जिले के एक गांव में नया पुल बना।', ['सागर जिले=Sagar, Madhya Pradesh']],
    ['दुर्ग जिले में धान खरीदी शुरू हुई।', ['दुर्ग जिले=Durg']],
    // (बारपेटा as typed for Barpeta)
    ['राहत दल बारपेटा पहुंचा।', ['बारपेटा=Barpeta']],
  ])('%s', (text, expected) => {
    expect(places(sentences(null, text))).toEqual(expected);
  });
});
