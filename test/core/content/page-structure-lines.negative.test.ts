import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { loadData } from '../../../src/core/data/load-data.js';

const clean = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning, { places: ['नई दिल्ली', 'पटना', 'बिहार', 'असम', 'गया', 'नालंदा'] });
const page = (...lines: string[]): string => lines.join('\n');
const HEAD = 'बिहार में गंगा पर बना पुल गिरा, तीन मजदूरों की मौत';
const S1 = 'भागलपुर जिले में गंगा नदी पर बन रहा पुल रविवार शाम ढह गया।';
const S2 = 'हादसे में तीन मजदूरों की मौत हो गई और पांच घायल हैं।';

describe('not a comma dateline', () => {
  it.each([
    ['a list of places', 'पटना, गया और नालंदा में भारी बारिश हुई है।'],
    ['a list of states', 'बिहार, असम जैसे राज्यों में भीषण तबाही हुई है।'],
    ['a word that is no known place', 'हालांकि, सरकार ने इस पर कोई फैसला नहीं लिया है।'],
    ['an unknown place', 'भागलपुर, जहां पुल गिरा था, अब भी बंद पड़ा है।'],
    ['a known place before a short clause', 'पटना, सुबह से बारिश।'],
  ])('%s', (_name, line) => {
    const result = clean(page(HEAD, line, S2));
    expect(result.dateline).toBeNull();
    expect(result.body).toBe(`${line}\n${S2}`);
  });

  it('without known places no comma dateline is split', () => {
    const plain = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning);
    const line = 'नई दिल्ली, उच्चतम न्यायालय ने केंद्र सरकार से जवाब तलब किया है।';
    expect(plain(page(HEAD, line, S2)).dateline).toBeNull();
  });
});

describe('a kicker before a colon is no dateline', () => {
  const data = loadData(join(process.cwd(), 'config')).data;
  const withWords = createCleaner(data.cleaning, { places: ['पटना'], commonWords: data.commonWords });
  it.each([
    ['दर्दनाक : बस और ट्रक की टक्कर में 11 लोगों की जान चली गई।'],
    ['बड़ी खबर: बस और ट्रक की टक्कर में 11 लोगों की जान चली गई।'],
    // everyday words in a bracket before a danda are a gloss, not a reporter's name
    ['बैठक (आम सभा)। बस और ट्रक की टक्कर में 11 लोगों की जान चली गई।'],
    // a known place after the slash is a second place, not a reporter
    ['दिल्ली/पटना शहर, बस और ट्रक की टक्कर में 11 लोगों की जान चली गई।'],
  ])('%s', (line) => {
    expect(withWords(page(HEAD, line, S2)).dateline).toBeNull();
  });

  it('a known place before a colon still is one', () => {
    expect(withWords(page(HEAD, 'पटना: बस और ट्रक की टक्कर में 11 लोगों की जान चली गई।', S2)).dateline?.place).toBe('पटना');
  });
});

describe('furniture that only looks like a list or a stamp is still removed', () => {
  it.each([
    ['related headlines in a bullet list', page(HEAD, S1, '- असम में बाढ़ से 9 लोगों की मौत', '- दिल्ली में पारा 45 डिग्री के पार', S2)],
    ['a lone page counter', page(HEAD, S1, 'Page - 2', S2)],
    // a line shaped like a row is one only in a run of rows (a lone related headline with a dash is not)
    ['a lone related headline with a dash and a figure', page(HEAD, S1, 'असम में बाढ़ — 9 लोग लापता', S2)],
    // related headlines in a row with a dash or a colon and a count are no budget rows (a row's figure is a sum in scales)
    ['related headlines with a dash and a count', page(HEAD, S1, S2, 'पटना में भीषण आग — 40 दुकानें खाक', 'मुंबई में बारिश — 12 उड़ानें रद्द')],
    ['related headlines with a place and a colon', page(HEAD, S1, S2, 'कानपुर: 3 बदमाश गिरफ्तार', 'लखनऊ: 2 सिपाही निलंबित')],
    // a price row needs rupees right after its figure (a related headline's `: 5 लाख रुपये की ठगी` goes on past it)
    // price rows with no line announcing prices above them: a fuel-price widget beside the story (reviewer)
    ['a fuel-price widget', page(HEAD, S1, S2, 'पेट्रोल: 94.72 रुपये प्रति लीटर', 'डीजल: 87.62 रुपये प्रति लीटर', 'सीएनजी: 76.59 रुपये प्रति किलो')],
    ['a widget of fuel prices by city', page(HEAD, S1, S2, 'पटना: 94.72 रुपये प्रति लीटर', 'गया: 95.10 रुपये प्रति लीटर')],
    ['a fuel-price widget under its own heading', page(HEAD, S1, S2, 'आज के पेट्रोल-डीजल के दाम:', 'पेट्रोल: 94.72 रुपये प्रति लीटर', 'डीजल: 87.62 रुपये प्रति लीटर')],
    ['related headlines with a place, a colon and an amount', page(HEAD, S1, S2, 'कानपुर: 5 लाख रुपये की ठगी में दो गिरफ्तार', 'लखनऊ: 20 हजार रुपये रिश्वत लेते पकड़ा')],
    ['a date stamp without a place', page(HEAD, '30 जुलाई 2020, अपडेटेड 16:37 IST', S1, S2)],
    ['a stamp whose "place" is a sentence', page(HEAD, 'बारिश से बुरा हाल है | Published: 23 Oct, 2025', S1, S2)],
  ])('%s', (_name, raw) => {
    const result = clean(raw);
    expect(result.title).toBe(HEAD);
    expect(result.body).toBe(`${S1}\n${S2}`);
  });

  it('a truncated last word is still cut', () => {
    expect(clean(page(HEAD, S1, `${S2} पुलिस ने बताया कि मृतकों में दो लोगों क.`)).body).toBe(`${S1}\n${S2}`);
  });

  it('a day and a month at a sentence start with no agency bracket give no dateline', () => {
    expect(clean(page(HEAD, `नौ मार्च को ${S1}`, S2)).dateline).toBeNull();
    expect(clean(page(HEAD, `पटना, नौ मार्च को ${S1}`, S2)).dateline?.date ?? null).toBeNull();
  });

  it('a date stamp line gives no dateline', () => {
    expect(clean(page(HEAD, '30 जुलाई 2020, अपडेटेड 16:37 IST', S1, S2)).dateline).toBeNull();
    expect(clean(page(HEAD, 'बारिश से बुरा हाल है | Published: 23 Oct, 2025', S1, S2)).dateline).toBeNull();
  });
});

describe('a known place glued by a dash to another name is no dateline', () => {
  const real = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning, { places: loadData(join(process.cwd(), 'config')).data.gazetteer.places.flatMap((p) => p.hi) });
  it.each([
    ['दिल्ली-एनसीआर में प्रदूषण का स्तर आज फिर से बहुत खराब श्रेणी में पहुंच गया है।'],
    ['जम्मू-कश्मीर में आज भारी बर्फबारी हुई और कई सड़कें बंद हो गईं।'],
    ['लखनऊ-आगरा एक्सप्रेसवे पर आज सुबह एक भीषण सड़क हादसा हो गया।'],
  ])('%s', (line) => {
    expect(real(`खबर का शीर्षक यहां लिखा है\n${line}`).dateline).toBeNull();
  });
});

describe('a headline with a slash is no source-and-place label', () => {
  it.each([
    // the side after the place is a headline's words, not a source's name
    'पटना/गया में भारी बारिश से जनजीवन अस्त-व्यस्त, कई सड़कें डूबीं',
    // two sides of which neither is a known place
    'कोरोना/डेंगू के मामले बढ़े',
    // a short headline whose second side holds a postposition (reviewer)
    'पटना/गया में भारी बारिश',
    'बिहार/असम में रेड अलर्ट',
  ])('%s', (headline) => {
    expect(clean(page(headline, S1, S2)).title).toBe(headline);
  });
});
