import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('not fiscal years', () => {
  it.each([
    'योजना 2023-25 के बीच लागू रहेगी।', // not consecutive: a range of years, never April to March
    'FYI: बैठक रद्द हुई।',
    'वित्त वर्ष के 25 दिन बाकी हैं।',
    'मोबाइल नंबर 2024-25 से शुरू होता है।',
    'कुल 2024-25 करोड़ रुपये खर्च हुए।',
    'FY 1750 जैसा कुछ नहीं होता।',
    // a relative word not right before the prefix
    'इस बार वित्त वर्ष के अंत में समीक्षा होगी।',
    // counted from a year named before, not from publication
    'घाटा हुआ था, जबकि उसके अगले वित्त वर्ष में मुनाफा हुआ।',
    // a month that ends no quarter, and a quarter word with no month before it
    'कंपनी की आय जनवरी तिमाही में बढ़ी।',
    'इस तिमाही में कंपनी की आय बढ़ी।',
    // a match's quarter (masculine, क्वार्टर) is no fiscal quarter
    'भारत ने तीसरे क्वार्टर में दो गोल किए।',
    // a feminine ordinal quarter outside a company's or a government's accounts: a trimester, another country's
    // calendar quarter, or a quarter still to come (was read as the Indian fiscal quarter begun by publication)
    'गर्भावस्था की पहली तिमाही में महिलाओं को विशेष देखभाल की जरूरत होती है।',
    'चीन की अर्थव्यवस्था दूसरी तिमाही में 4.7 प्रतिशत बढ़ी।',
    'कंपनी को उम्मीद है कि दूसरी तिमाही में मुनाफा सुधरेगा।',
    // (a result or a gain of anything is no account: reviewer)
    'गर्भावस्था की पहली तिमाही में संक्रमण के परिणाम गंभीर होते हैं।',
    'टीम ने पहली क्वार्टर में बढ़त बनाई।',
  ])('%s', (sentence) => {
    expect(datesIn(sentence).filter((f) => f.granularity === 'month' && f.end !== undefined)).toEqual([]);
  });
});

describe('the end of a month range is no quarter of its own', () => {
  it.each([
    'इन्फोसिस ने जुलाई-सितंबर तिमाही के नतीजे घोषित किए।',
    'कंपनी ने जुलाई से सितंबर तिमाही में लाभ कमाया।',
  ])('%s', (sentence) => {
    expect(datesIn(sentence, '2024-10-17').map((f) => f.text)).not.toContain('सितंबर तिमाही');
  });
});
