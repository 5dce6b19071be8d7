import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { loadData } from '../../../src/core/data/load-data.js';
import type { Dateline } from '../../../src/core/types.js';

const clean = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning, { places: ['नई दिल्ली', 'नयी दिल्ली', 'पटना', 'बिहार', 'असम', 'गया', 'नालंदा'] });
const page = (...lines: string[]): string => lines.join('\n');
const dl = (text: string, place: string, date: string | null): Dateline => ({ text, place, date });

const HEAD = 'बिहार में गंगा पर बना पुल गिरा, तीन मजदूरों की मौत';
const S1 = 'भागलपुर जिले में गंगा नदी पर बन रहा पुल रविवार शाम ढह गया।';
const S2 = 'हादसे में तीन मजदूरों की मौत हो गई और पांच घायल हैं।';

describe('datelines from stamp lines and comma datelines', () => {
  // [case, raw page, title, body, dateline]
  it.each([
    ['site stamp with place, date and update', page('aajtak.in नई दिल्ली, 30 जुलाई 2020, अपडेटेड 16:37 IST', HEAD, S1, S2), HEAD, `${S1}\n${S2}`, dl('नई दिल्ली, 30 जुलाई 2020', 'नई दिल्ली', '30 जुलाई 2020')],
    ['place | Published: date | time', page(HEAD, 'नोएडा | Published: 23 Oct, 2025 | 11:07 AM', S1, S2), HEAD, `${S1}\n${S2}`, dl('नोएडा | Published: 23 Oct, 2025', 'नोएडा', '23 Oct, 2025')],
    ['place and a numeric-English date on their own line', page(HEAD, 'नई दिल्ली 08-Apr-2017', S1, S2), HEAD, `${S1}\n${S2}`, dl('नई दिल्ली 08-Apr-2017', 'नई दिल्ली', '08-Apr-2017')],
    ['a known place, a comma and a date with no separator before the lead', page(HEAD, `पटना,14 मार्च ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना,14 मार्च', 'पटना', '14 मार्च')],
    ['a known place, a spaced comma and an event\'s day are no dateline', page(HEAD, 'पटना, 26 नवंबर हमले की बरसी पर श्रद्धांजलि दी गई।', S2), HEAD, `पटना, 26 नवंबर हमले की बरसी पर श्रद्धांजलि दी गई।\n${S2}`, null],
    ['a known place and a date that go on in a sentence are no dateline', page(HEAD, 'पटना, 14 मार्च को बाढ़ आई थी और कई गांव डूब गए।', S2), HEAD, `पटना, 14 मार्च को बाढ़ आई थी और कई गांव डूब गए।\n${S2}`, null],
    ['a known place and a comma before the lead sentence', page(HEAD, `नयी दिल्ली, उच्चतम न्यायालय ने केंद्र सरकार से जवाब तलब किया है। ${S2}`), HEAD, `उच्चतम न्यायालय ने केंद्र सरकार से जवाब तलब किया है। ${S2}`, dl('नयी दिल्ली,', 'नयी दिल्ली', null)],
    ['a dateline in the lead wins over a stamp line', page('aajtak.in नई दिल्ली, 30 जुलाई 2020', HEAD, `पटना, 14 मार्च (भाषा) ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना, 14 मार्च (भाषा)', 'पटना', '14 मार्च')],
    // a reporter's byline before the lead, with a dateline after it or none
    ['place/reporter byline, then a dateline', page(HEAD, `पटना/नगर संवाददाता : पटना। ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना।', 'पटना', null)],
    ['staff reporter and site byline', page(HEAD, `स्टाफ रिपोर्टर, एएनएम न्यूज: ${S1}`, S2), HEAD, `${S1}\n${S2}`, null],
    ['a bureau byline before the dateline', page(HEAD, `शि.वा.ब्यूरो, पटना। ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना।', 'पटना', null)],
    ['a bare agency credit and a slash before the lead', page(HEAD, `(एजेन्सी)/${S1}`, S2), HEAD, `${S1}\n${S2}`, null],
    ['a site credit after the dateline', page(HEAD, `पटना (भाषा) : समाचार ऑनलाईन – ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना (भाषा) :', 'पटना', null)],
    // the site's desk in three words, and its name before a comma and the dateline
    ['a desk of three words before the lead', page(HEAD, `द जन न्यूज डेस्क: ${S1}`, S2), HEAD, `${S1}\n${S2}`, null],
    ['a desk and its reporter in brackets before the lead', page(HEAD, `न्यूज डेस्क (सुधीर मौर्य): ${S1}`, S2), HEAD, `${S1}\n${S2}`, null],
    ['a site before a comma and a dateline (spaced before its colon: the colon is tidied up to the word)', page(HEAD, `जन न्यूज, पटना : ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना:', 'पटना', null)],
    ['a headline printed as a highlights bullet', page('Highlights', `- ${HEAD}`, S1, S2), HEAD, `${S1}\n${S2}`, null],
    ['a media label before the headline', page(`VIDEO: ${HEAD}`, S1, S2), HEAD, `${S1}\n${S2}`, null],
    ['a photo caption above the headline is no headline', page('फोटो: सोशल मीडिया से ली गई प्रतीकात्मक तस्वीर', HEAD, S1, S2), HEAD, `${S1}\n${S2}`, null],
    ['place and date with no comma', page(HEAD, `पटना 14 मार्च। ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना 14 मार्च।', 'पटना', '14 मार्च')],
    ['a place and a date in a sentence are no dateline', page(HEAD, 'पटना 14 मार्च को बाढ़ की चपेट में आया था और कई गांव डूब गए।', S2), HEAD, `पटना 14 मार्च को बाढ़ की चपेट में आया था और कई गांव डूब गए।\n${S2}`, null],
    ['a place and its known state in brackets before a dash', page(HEAD, `पटना (बिहार) – ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना (बिहार) –', 'पटना', null)],
    // a day in words before the agency's bracket; a date and an agency whose place the page lost
    ['a day in words before the agency', page(HEAD, `पटना, नौ मार्च (भाषा) ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('पटना, नौ मार्च (भाषा)', 'पटना', 'नौ मार्च')],
    ['a date and an agency without a place', page(HEAD, `नौ मार्च (भाषा) ${S1}`, S2), HEAD, `${S1}\n${S2}`, dl('नौ मार्च (भाषा)', '', 'नौ मार्च')],
    // a full stop glued between two words of a headline joins them
    ['a headline with a glued full stop', page('प्रो कबड्डी लीग में यूपी.तेलुगु मैच टाई, मुंबई ने गुजरात को हराया', S1, S2), 'प्रो कबड्डी लीग में यूपी.तेलुगु मैच टाई, मुंबई ने गुजरात को हराया', `${S1}\n${S2}`, null],
  ] as [string, string, string, string, Dateline | null][])('%s', (_name, raw, title, body, dateline) => {
    const result = clean(raw);
    expect(result.title).toBe(title);
    expect(result.body).toBe(body);
    expect(result.dateline).toEqual(dateline);
  });
});

describe('article lines that look like furniture stay in the body', () => {
  it.each([
    [
      'a list of figures under a header',
      page(HEAD, S1, 'पंजाब(117 सीटें) :', '- पंजाब कांग्रेस-77 सीटें', '- आम आदमी पार्टी-20 सीटें', '- अन्य-02'),
      `${S1}\nपंजाब(117 सीटें) :\n- पंजाब कांग्रेस: 77 सीटें\n- आम आदमी पार्टी: 20 सीटें\n- अन्य: 02`,
    ],
    [
      'rows of labelled prices (a mandi table, not links to other stories)',
      page(HEAD, S1, '- मक्का: न्यूनतम ₹2,285, अधिकतम ₹2,446, औसत ₹2,350', '- उड़द: न्यूनतम ₹5,260, अधिकतम ₹6,299, औसत ₹5,860', S2),
      `${S1}\n- मक्का: न्यूनतम ₹2,285, अधिकतम ₹2,446, औसत ₹2,350\n- उड़द: न्यूनतम ₹5,260, अधिकतम ₹6,299, औसत ₹5,860\n${S2}`,
    ],
    [
      'rows of prices in rupees per unit under a line announcing prices (a mandi list by place, or ranges by crop)',
      page(HEAD, S1, 'सरसों के ताजा भाव:', 'बस्सी (राजस्थान): 6070 रुपये प्रति क्विंटल', 'कोटा (राजस्थान): 5860 रुपये प्रति क्विंटल', 'गेहूं: 2660 से 2810 रुपये प्रति क्विंटल', S2),
      `${S1}\nबस्सी (राजस्थान): 6070 रुपये प्रति क्विंटल\nकोटा (राजस्थान): 5860 रुपये प्रति क्विंटल\nगेहूं: 2660 से 2810 रुपये प्रति क्विंटल\n${S2}`,
    ],
    [
      'bullets under a line announcing them are the key points',
      page(HEAD, S1, 'पुल हादसे की बड़ी बातें:', '- गंगा पर बन रहा पुल दूसरी बार गिरा', '- पुल की लागत 1,700 करोड़ रुपये थी', S2),
      `${S1}\n- गंगा पर बन रहा पुल दूसरी बार गिरा\n- पुल की लागत 1,700 करोड़ रुपये थी\n${S2}`,
    ],
    [
      'bullets opening the page before its first paragraph, on the story, are its highlights',
      page(HEAD, '- गंगा पर बन रहा पुल दूसरी बार गिरा', '- पुल की लागत 1,700 करोड़ रुपये थी', S1, S2),
      `- गंगा पर बन रहा पुल दूसरी बार गिरा\n- पुल की लागत 1,700 करोड़ रुपये थी\n${S1}\n${S2}`,
    ],
    [
      '(not bullets of other stories opening the page)',
      page(HEAD, '- राजस्थान में 45 डिग्री पहुंचा पारा, 12 लोगों की मौत', '- मुंबई में 5 करोड़ का सोना जब्त, दो गिरफ्तार', S1, S2),
      `${S1}\n${S2}`,
    ],
    [
      // (an excerpt of the highlights alone: those on the story are its body; other stories' headlines are not: reviewer)
      'a page that is nothing but a run of bullets keeps those on its story as its body',
      page(HEAD, '- गंगा पर बन रहा पुल दूसरी बार गिरा', '- मुंबई में 5 करोड़ का सोना जब्त, दो गिरफ्तार', '- पुल की लागत 1,700 करोड़ रुपये थी।'),
      '- गंगा पर बन रहा पुल दूसरी बार गिरा\n- पुल की लागत 1,700 करोड़ रुपये थी।',
    ],
    [
      '(not under a line announcing other stories: reviewer)',
      page(HEAD, S1, 'देश की बड़ी खबरें:', '- राजस्थान में 45 डिग्री पहुंचा पारा, 12 लोगों की मौत', '- मुंबई में 5 करोड़ का सोना जब्त, दो गिरफ्तार', S2),
      `${S1}\n${S2}`,
    ],
    [
      '(not under a read-also line: those are links)',
      page(HEAD, S1, 'ये भी पढ़ें:', '- गंगा पर बन रहा पुल दूसरी बार गिरा', '- पुल की लागत 1,700 करोड़ रुपये थी', S2),
      `${S1}\n${S2}`,
    ],
    [
      'rows of a budget: a label, a dash and a figure in scales (the last row is no cut-off sentence)',
      page(HEAD, S1, 'नगर पंचायत पर बकाया — तीन अरब 12 करोड', 'इस वर्ष की अनुमानित आमदनी — 4 अरब 75 करोड रुपये', 'कुल खर्च — दो अरब 9 करोड'),
      `${S1}\nनगर पंचायत पर बकाया: तीन अरब 12 करोड\nइस वर्ष की अनुमानित आमदनी: 4 अरब 75 करोड रुपये\nकुल खर्च: दो अरब 9 करोड`,
    ],
    ['a last sentence ending in है.', page(HEAD, S1, 'यहां कांग्रेस को 63, बीआरएस को 39 और बीजेपी को 10 सीटे मिली है.'), `${S1}\nयहां कांग्रेस को 63, बीआरएस को 39 और बीजेपी को 10 सीटे मिली है.`],
    ['a last sentence ending in था.', page(HEAD, S1, 'गोवा की 40 सीटों के लिए मतदान हुआ था.'), `${S1}\nगोवा की 40 सीटों के लिए मतदान हुआ था.`],
  ])('%s', (_name, raw, body) => {
    expect(clean(raw).body).toBe(body);
  });

  it('a headline keeps its own punctuation spacing', () => {
    expect(clean(page('भारत में कोरोना के 28 मामले,स्वास्थ्य मंत्री ने दी जानकारी', S1, S2)).title).toBe('भारत में कोरोना के 28 मामले,स्वास्थ्य मंत्री ने दी जानकारी');
  });
});

describe('site bylines, desks and welcome paragraphs are furniture', () => {
  it.each([
    ['a byline label with a Hindi name', page(HEAD, 'By : सागर द्विवेदी', S1, S2), 'byline'],
    ['a byline in brackets, as a whole line', page('(रिपोर्ट : रमेश वर्मा)', HEAD, S1, S2), 'byline'],
    ["the site's desk", page(HEAD, 'स्टेट मिरर डेस्क', S1, S2), 'byline'],
    ['a bureau report line', page(HEAD, 'ब्यूरो रिपोर्ट', S1, S2), 'byline'],
    ['a news service line', page('समग्र समाचार सेवा', HEAD, S1, S2), 'byline'],
    ['a site name and its bureau after a semicolon', page('पहाड़ दैनिक समाचार ;ब्यूरो', HEAD, S1, S2), 'byline'],
    ["a reporter's report line", page(HEAD, 'सरवन कुमार सिंह की रिपोर्ट', S1, S2), 'byline'],
    // …after the reporter's role, above the headline (was taken as the headline, the reporter as a person)
    ["a bureau chief's report line", page('ब्यूरो चीफ रमाकांत दुबे की रिपोर्ट', HEAD, S1, S2), 'byline'],
    ["the desk glued to how long ago", page(HEAD, 'स्पोर्ट्स डेस्क3 मिनट पहले', S1, S2), 'timestamp'],
    ['how long ago alone', page(HEAD, '2 घंटे पहले', S1, S2), 'timestamp'],
    ['a place glued to how long ago', page('उज्जैन9 मिनट पहले', HEAD, S1, S2), 'timestamp'],
    ["a live blog's welcome", page(HEAD, 'स्टेट मिरर हिंदी के लाइव ब्लॉग में आपका स्वागत है. यहां आपको दिनभर की बड़ी खबरें देखने को मिलेंगी.', S1, S2), 'welcome'],
  ])('%s', (_name, raw, kind) => {
    const result = clean(raw);
    expect(result.title).toBe(HEAD);
    expect(result.body).toBe(`${S1}\n${S2}`);
    expect(result.removed.map((r) => r.kind)).toContain(kind);
  });
});

describe('bylines around the dateline', () => {
  const data = loadData(join(process.cwd(), 'config')).data;
  const withWords = createCleaner(data.cleaning, { places: ['पटना', 'रोहतास', 'बिहार'], commonWords: data.commonWords });
  // [case, raw page, body, dateline]
  it.each([
    ['a Latin byline line above the lead, and the same name after the dateline', page(HEAD, 'Mahendra Upadhyay', `नीमच।महेंद्र उपाध्याय।${S1}`, S2), `${S1}\n${S2}`, dl('नीमच।', 'नीमच', null)],
    ['a web team before a hyphenated place and its district', page(HEAD, `डिजिटल टीम, डेहरी-ऑन-सोन (रोहतास)। ${S1}`, S2), `${S1}\n${S2}`, dl('डेहरी-ऑन-सोन (रोहतास)।', 'डेहरी-ऑन-सोन', null)],
    ['a site desk in Latin letters', page(HEAD, `L19 Desk : ${S1}`, S2), `${S1}\n${S2}`, null],
    ['a place with its state abbreviated in brackets, a date and an agency', page(HEAD, `कानपुर (उप्र), 30 दिसंबर (भाषा) ${S1}`, S2), `${S1}\n${S2}`, dl('कानपुर (उप्र), 30 दिसंबर (भाषा)', 'कानपुर', '30 दिसंबर')],
    ['place, date and a site in brackets with no comma: the site is a credit', page(HEAD, `नयी दिल्ली 24 अक्टूबर (लाइव 7) ${S1}`, S2), `${S1}\n${S2}`, { ...dl('नयी दिल्ली 24 अक्टूबर (लाइव 7)', 'नयी दिल्ली', '24 अक्टूबर'), credit: 'लाइव 7' }],
    ['a known place with an abbreviated agency keeps the agency in its dateline', page(HEAD, `पटना, 28 अगस्त हि.स.। ${S1}`, S2), `${S1}\n${S2}`, dl('पटना, 28 अगस्त हि.स.।', 'पटना', '28 अगस्त')],
    ['a section label before a pipe opens the lead', page(HEAD, `खेल कोना | ${S1}`, S2), `${S1}\n${S2}`, null],
    ['a known place before a pipe is a dateline, not a label', page(HEAD, `पटना | ${S1}`, S2), `${S1}\n${S2}`, dl('पटना |', 'पटना', null)],
    ['a known state, के and a known place before a danda', page(HEAD, `बिहार के पटना। ${S1}`, S2), `${S1}\n${S2}`, dl('बिहार के पटना।', 'पटना', null)],
    ['(not a known state, के and a place that goes on with the sentence)', page(HEAD, `बिहार के पटना में ${S1}`, S2), `बिहार के पटना में ${S1}\n${S2}`, null],
    ['list items lose their symbols', page(HEAD, `◾️${S1}`, `👉 ${S2}`), `${S1}\n${S2}`, null],
    ['a short sentence of everyday words after the dateline stays', page(HEAD, `पटना। बारिश जारी है। ${S1}`, S2), `बारिश जारी है। ${S1}\n${S2}`, dl('पटना।', 'पटना', null)],
    ['a one-word sentence after the dateline stays', page(HEAD, `पटना। सावधान। ${S1}`, S2), `सावधान। ${S1}\n${S2}`, dl('पटना।', 'पटना', null)],
  ] as [string, string, string, Dateline | null][])('%s', (_name, raw, body, dateline) => {
    const result = withWords(raw);
    expect(result.title).toBe(HEAD);
    expect(result.body).toBe(body);
    expect(result.dateline).toEqual(dateline);
  });
});

describe('a byline of name words is no headline', () => {
  const data = loadData(join(process.cwd(), 'config')).data;
  const withWords = createCleaner(data.cleaning, { places: ['बिहार'], commonWords: data.commonWords });
  // [case, raw page, title, dateline]
  it.each([
    ['a name above the page, then a place, a comma and its bracketed state', page('- सुरेश प्रसाद आजाद', 'पटना,(बिहार)।', S1, S2), 'भागलपुर जिले में गंगा नदी पर बन रहा पुल रविवार शाम ढह गया।', dl('पटना,(बिहार)।', 'पटना', null)],
    ['a three-word headline with an everyday word stays the headline', page('बिहार में बाढ़', S1, S2), 'बिहार में बाढ़', null],
  ] as [string, string, string, Dateline | null][])('%s', (_name, raw, title, dateline) => {
    const result = withWords(raw);
    expect(result.title).toBe(title);
    expect(result.body).toBe(`${S1}\n${S2}`);
    expect(result.dateline).toEqual(dateline);
  });
});


describe('lines above the headline that are no headline', () => {
  const withBodies = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning, { places: ['उत्तर प्रदेश', 'कैराना', 'बिहार', 'पटना', 'चेन्नई'], organisations: ['इसरो', 'नासा'], givenNames: ['राजेश', 'कुमार'], surnames: ['शर्मा', 'यादव'] });
  it.each([
    // a section label of place names only
    ['a state and a town', page('उत्तर प्रदेश कैराना', HEAD, S1, S2)],
    ['places with a separator', page('बिहार / पटना', HEAD, S1, S2)],
    // an app's call to read the story there
    ['read in the app', page('ऐप पर पढ़ें', HEAD, S1, S2)],
    // an app banner and a byline of whose input the story is
    ['an app banner', page('Ads से है परेशान? बिना Ads खबरों के लिए इनस्टॉल करें दैनिक भास्कर ऐप', HEAD, S1, S2)],
    ['an input byline', page('इनपुट: हिमांशु शेखर', HEAD, S1, S2)],
    // a section's news, and a reporter's name alone on a line
    ['a section label', page('राज्य के खबरें', HEAD, S1, S2)],
    ['a reporter\'s name', page('राजेश कुमार शर्मा', HEAD, S1, S2)],
    ['a reporter\'s name and place after a slash', page('राजेश शर्मा / सुल्तानपुर', HEAD, S1, S2)],
    // a site's name and a known place split by a slash, either way round (no headline of its own)
    ['a site and a place after a slash', page('आवाज द वॉयस/पटना', HEAD, S1, S2)],
    ['a place and a desk after a slash', page('चेन्नई/टीम डिजिटल', HEAD, S1, S2)],
    // … or after a space, one or two words ending in a known place
    ['a reporter\'s name, a village and a known town', page('राजेश शर्मा दीवानगंज पटना', HEAD, S1, S2)],
  ])('%s', (_name, raw) => {
    expect(withBodies(raw).title).toBe(HEAD);
  });

  it('a source and a place split by a slash give the dateline\'s place, the source its credit', () => {
    const result = withBodies(page('आवाज द वॉयस/पटना', HEAD, S1, S2));
    expect(result.dateline).toEqual({ text: 'आवाज द वॉयस/पटना', place: 'पटना', date: null, credit: 'आवाज द वॉयस' });
  });

  it('an organisation before a colon is a headline kicker, not a dateline', () => {
    const result = withBodies(page('इसरो: पीएसएलवी रॉकेट से छह उपग्रह प्रक्षेपित', 'चेन्नई | समाचार डेस्क: इसरो ने बुधवार शाम छह उपग्रह प्रक्षेपित किए।', S2));
    expect(result.title).toBe('इसरो: पीएसएलवी रॉकेट से छह उपग्रह प्रक्षेपित');
    expect(result.dateline?.place).toBe('चेन्नई');
  });

  it.each([
    // a headline that names places and says something is a headline
    ['पटना में गंगा उफान पर, बिहार के 12 जिलों में बाढ़'],
    ['उत्तर प्रदेश: कैराना कोर्ट ने सात आरोपियों को सजा सुनाई'],
    // a unit abbreviated with full stops ends no sentence inside a headline
    ['जिले में अब तक 989.1 मि.मी. बारिश दर्ज'],
    // a headline naming someone says something of them
    ['अलविदा राजेश शर्मा, संगीत जगत में शोक'],
    // a name and a slash with a clause after it is a headline, no byline
    ['राजेश शर्मा / सुल्तानपुर में युवती की हत्या का दोषी करार'],
    // a name, a place and a verb is a headline
    ['राजेश शर्मा पटना पहुंचे'],
    ['खबरें जो आज आपको जाननी चाहिए: बिहार में बाढ़ से 12 की मौत'],
  ])('kept as the headline: %s', (head) => {
    expect(withBodies(page(head, S1, S2)).title).toBe(head);
  });
});

describe('a desk byline keeps a bracketed dateline (review)', () => {
  it.each([
    ['one word in brackets', `डिजिटल डेस्क (पटना): ${S1}`, 'पटना'],
    ['a place of two words', `न्यूज डेस्क (नई दिल्ली): ${S1}`, 'नई दिल्ली'],
  ])('%s', (_name, line, place) => {
    // (kept as the dateline or left in the lead: never removed with the byline)
    const r = clean(page(HEAD, line, S2));
    expect(`${r.dateline?.text ?? ''}\n${r.body}`).toContain(place);
  });
});
