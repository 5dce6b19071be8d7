import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { realCommonWords, realEntitiesData, STATE_GAZETTEER } from './fixtures.js';

/** With the generic State Election Commission the real gazetteer lists (राज्य निर्वाचन आयोग). */
const GAZETTEER: Gazetteer = {
  ...STATE_GAZETTEER,
  organisations: [...STATE_GAZETTEER.organisations, { en: 'State Election Commission (India)', hi: ['राज्य निर्वाचन आयोग'], latin: [], short: [], type: 'body', country: 'India' }],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const sentences = (dateline: string | null, ...texts: string[]): Sentence[] => [
  ...(dateline === null ? [] : [{ index: DATELINE_SENTENCE, text: dateline, paragraph: DATELINE_SENTENCE }]),
  ...texts.map((text, index) => ({ index, text, paragraph: 0 })),
];
const courts = (list: Sentence[]): [string, string][] =>
  extract(list).filter((m) => m.kind === 'organisation').map((m) => [m.text, m.en]);

describe('a bare High Court is the court of the article\'s state', () => {
  // [case, sentences, organisations: matched text, English]
  it.each([
    ['the dateline place\'s state', sentences('नैनीताल।', 'हाईकोर्ट ने चरस तस्करी के आरोपी को जमानत दी।'), [['हाईकोर्ट', 'Uttarakhand High Court']]],
    ['a state named by config (Uttar Pradesh: Allahabad)', sentences('प्रयागराज।', 'उच्च न्यायालय ने याचिका खारिज कर दी।'), [['उच्च न्यायालय', 'Allahabad High Court']]],
    // … over another state in another sentence (in the court's own sentence it leaves the court unsure: see the negatives)
    ['the dateline wins over another state in the text', sentences('नैनीताल।', 'हाईकोर्ट ने चरस तस्करी के आरोपी को राहत दी।', 'आरोपी बिहार का रहने वाला है।'), [['हाईकोर्ट', 'Uttarakhand High Court']]],
    // no dateline: the state the court's own sentence names, when all the article's places lie in it (towns carry their state)
    ['no dateline, the state named in the sentence', sentences(null, 'हल्द्वानी के व्यापारी की याचिका पर हाई कोर्ट ने सुनवाई टाल दी।', 'मामला उत्तराखंड का है।'), [['हाई कोर्ट', 'Uttarakhand High Court']]],
    // a bare State Election Commission, known only generically, is the article's state's
    ['a state election commission', sentences('नैनीताल।', 'राज्य निर्वाचन आयोग ने पंचायत चुनाव की अधिसूचना जारी की।'), [['राज्य निर्वाचन आयोग', 'Uttarakhand State Election Commission']]],
    // a bare assembly is the article's state's (not in विधानसभा चुनाव, the state's elections)
    ['a state assembly', sentences('नैनीताल।', 'वित्त मंत्री ने बुधवार को विधानसभा में बजट पेश किया।'), [['विधानसभा', 'Uttarakhand Legislative Assembly']]],
    ['no assembly in an assembly election', sentences('नैनीताल।', 'इस साल होने वाले विधानसभा चुनाव की तैयारी शुरू हो गई है।'), []],
    // a bare school board is the article's state's, by its own name (config `names`)
    ['a school board', sentences('लखनऊ।', 'माध्यमिक शिक्षा परिषद ने हाईस्कूल का परिणाम घोषित किया।'), [['माध्यमिक शिक्षा परिषद', 'Board of High School and Intermediate Education Uttar Pradesh']]],
    // … and none where the state has no such board named (no invented "Uttarakhand Board of Secondary Education")
    ['no school board for a state config does not name', sentences('नैनीताल।', 'माध्यमिक शिक्षा परिषद ने परिणाम घोषित किया।'), []],
    // a word before the court word that is no place names no court (`के बाद हाईकोर्ट`)
    ['a common word before the court word', sentences('नैनीताल।', 'निचली अदालत के बाद हाईकोर्ट में याचिका दायर हुई।'), [['हाईकोर्ट', 'Uttarakhand High Court']]],
  ] as [string, Sentence[], [string, string][]][])('%s', (_name, list, expected) => {
    expect(courts(list)).toEqual(expected);
  });
});

describe('each state body is judged on its own', () => {
  it('a named High Court blocks the bare court, not the bare commission', () => {
    const list = sentences('प्रयागराज।', 'इलाहाबाद हाईकोर्ट ने याचिका पर सुनवाई की।', 'हाईकोर्ट ने फैसला सुरक्षित रखा।', 'राज्य निर्वाचन आयोग ने पंचायत चुनाव की तारीखें घोषित कीं।');
    expect(courts(list).filter(([text]) => text === 'हाईकोर्ट' || text === 'राज्य निर्वाचन आयोग')).toEqual([['राज्य निर्वाचन आयोग', 'Uttar Pradesh State Election Commission']]);
  });
  it('a commission named with its state blocks the bare commission, not the bare court', () => {
    const list = sentences('नैनीताल।', 'उत्तराखंड राज्य निर्वाचन आयोग ने अधिसूचना जारी की।', 'राज्य निर्वाचन आयोग ने मतदान की तारीख बताई।', 'हाईकोर्ट ने याचिका खारिज कर दी।');
    // the bare commission may be the named one: it stays the generic body
    expect(courts(list).filter(([text]) => text === 'हाईकोर्ट' || text === 'राज्य निर्वाचन आयोग')).toEqual([
      ['राज्य निर्वाचन आयोग', 'State Election Commission (India)'],
      ['हाईकोर्ट', 'Uttarakhand High Court'],
    ]);
  });
});

it('a bare High Court in an article that names a High Court itself is not guessed', () => {
  const list = sentences('नैनीताल।', 'इससे पहले उन्होंने इलाहाबाद हाईकोर्ट में याचिका दायर की थी।', 'हाईकोर्ट ने सुनवाई के बाद जमानत दे दी।');
  expect(courts(list).filter(([, en]) => en === 'Uttarakhand High Court')).toEqual([]);
});

