import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { loadData } from '../../../src/core/data/load-data.js';

const clean = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning);
const page = (...lines: string[]): string => lines.join('\n');

const S1 = 'भागलपुर जिले में गंगा नदी पर बन रहा पुल रविवार शाम ढह गया।';
const S2 = 'हादसे में तीन मजदूरों की मौत हो गई और पांच घायल हैं।';

describe('not a headline: the title comes from the lead and the lead stays in the body', () => {
  it.each([
    ['a short first sentence is body', page('पुल ढह गया।', S1, S2), 'पुल ढह गया।', `पुल ढह गया।\n${S1}\n${S2}`],
    // a headline that starts with Home as a word of its own keeps it
    ['a headline about a home', page('Home Loan की दरें घटीं, बैंकों ने ब्याज कम किया', S1, S2), 'Home Loan की दरें घटीं, बैंकों ने ब्याज कम किया', `${S1}\n${S2}`],
    // a bullet opening the lead is no word of the title built from it
    ['a bulleted first sentence', page(`- ${S1} ${S2}`), S1, `- ${S1} ${S2}`],
    ['a sentence before an ellipsis-cut one is body', page('पुल ढह गया। राहत जारी…', S1, S2), 'पुल ढह गया।', `पुल ढह गया। राहत जारी…\n${S1}\n${S2}`],
    ['a date stamp line is not a title', page('Updated: 14 Mar 2024, 10:32 AM IST', S1, S2), S1, `${S1}\n${S2}`],
    ['a Hindi date stamp line is not a title', page('14 मार्च 2024, 10:32 AM', S1, S2), S1, `${S1}\n${S2}`],
    ['a breadcrumb is not a title', page('होम / देश / बिहार', S1, S2), S1, `${S1}\n${S2}`],
    ['a URL slug is not a title', page('pm-inaugurates-new-bridge-in-bihar-2024', S1, S2), S1, `${S1}\n${S2}`],
    ['a label is not a title', page('Live Updates', S1, S2), S1, `${S1}\n${S2}`],
    ['a one-word category line is not a title', page('देश', S1, S2), S1, `${S1}\n${S2}`],
    ['a line broken mid-sentence is not a headline', page('राज्य समाचार एजेंसी', 'TASS', 'ने बताया कि बैठक हुई।'), 'राज्य समाचार एजेंसी TASS ने बताया कि बैठक हुई।', 'राज्य समाचार एजेंसी TASS ने बताया कि बैठक हुई।'],
  ])('%s', (_name, raw, title, body) => {
    const result = clean(raw);
    expect(result.title).toBe(title);
    expect(result.body).toBe(body);
    expect(result.dateline).toBeNull();
  });
});

describe('headlines that look like furniture are still headlines', () => {
  it.each([
    ['a headline starting with a label word', 'लाइव कॉन्सर्ट में मची भगदड़, पांच लोग घायल'],
    ['a headline starting with a date', '14 मार्च को पेश होगा बिहार का बजट'],
    ['a question headline', 'क्या बिहार में फिर गिरेगा कोई पुल?'],
    ['a headline with a decimal number', '2.5 करोड़ किसानों को मिलेगा फसल बीमा का लाभ'],
    ['a headline starting with होम', 'होम लोन की ब्याज दरें घटीं, ईएमआई होगी सस्ती'],
  ])('%s', (_name, headline) => {
    expect(clean(page(headline, S1, S2)).title).toBe(headline);
  });

  it('a headline whose tail a deck below repeats after a space is still the headline', () => {
    const headline = 'बिहार में गंगा पर बना पुल गिरा, तीन मजदूरों की मौत';
    expect(clean(page(headline, 'पुल गिरा, तीन मजदूरों की मौत', S1, S2)).title).toBe(headline);
  });
});

describe('a dateline alone above a headline-like line', () => {
  // a site's credit and place with no date above a photo's caption: the caption is no headline, the lead is (was the
  // caption `पुलिस हिरासत में पकड़ा गया चोर`)
  it('a credit without a date keeps the search for a headline stopped', () => {
    const placed = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning, { places: ['कटिहार'] });
    const result = placed(page('सूरज न्यूज, कटिहार।', 'पुलिस हिरासत में पकड़ा गया चोर', S1, S2));
    expect(result.title).not.toBe('पुलिस हिरासत में पकड़ा गया चोर');
  });
});

describe('a headline ending in a date above a deck', () => {
  // an unknown place with no separator, no दिनांक and no day in digits: the line is the headline (reviewer: `… बंद 8 दिसंबर`)
  it('stays the title', () => {
    const result = clean(page('चक्का जाम 8 दिसंबर', 'कई संगठनों ने दिया समर्थन, बाजार भी रहेंगे बंद', S1, S2));
    expect(result.title).toBe('चक्का जाम 8 दिसंबर');
  });
});

describe('not a dateline', () => {
  const HEAD = 'बिहार में गंगा पर बना पुल गिरा';
  it.each([
    ['a place and date followed by को', 'मुंबई, 14 मार्च को होने वाली बैठक अब टल गई है।'],
    // an acronym in brackets that glosses the word before it, with no danda or colon after: no service's credit
    ['a party and its acronym', 'भाजपा (बीजेपी) ने कहा कि सरकार पीड़ितों के साथ है।'],
    ['a party and its acronym before a full stop', 'भाजपा (बीजेपी). सरकार पीड़ितों के साथ है।'],
    ['a place and its region', 'दिल्ली (एनसीआर) में बारिश से सरकार पीड़ितों के साथ है।'],
    // (a Latin word that is no word in capitals after the acronym glosses it)
    ['a party, its acronym and a Latin word', 'भाजपा (BJP Party): सरकार पीड़ितों के साथ है।'],
    // an English gloss in brackets after an everyday word is no site credit
    ['a word and its English gloss', 'सरकार (government) ने कहा कि वह पीड़ितों के साथ है।'],
    // a name in brackets before the verb is no reporter's credit
    ['a name in brackets before the verb', 'पटना (राजेश कुमार) ने कहा कि सरकार पीड़ितों के साथ है।'],
    ['a dateline-like phrase mid-sentence', 'अधिकारियों ने कहा कि पटना, 14 मार्च (भाषा) की खबर गलत थी।'],
    ['a speaker before a colon', 'उन्होंने कहा: सरकार पीड़ितों के साथ है।'],
    ['a pipe after a common word', 'बड़ी खबर| सरकार पीड़ितों के साथ है।'],
    ['a short sentence ending in a full stop', 'ठीक है. सरकार पीड़ितों के साथ है।'],
    // a name before an unknown place is no site's credit (no place is known here)
    ['a name before an unknown place and a danda', 'अनोखा तीर, हरदा। सरकार पीड़ितों के साथ है।'],
    // the full stop of a title's abbreviation ends no dateline: the sentence goes on with the name
    ['a word and an honorific with its stop', 'आज डॉ. मनोहर लाल राहत शिविर जाएंगे।'],
    ['an honorific with its stop alone', 'प्रो. मनोहर लाल राहत शिविर जाएंगे।'],
    ['a word and a short form of a first name', 'कल मो. सलीम राहत शिविर जाएंगे।'],
    // (reviewer) an advocate, an engineer and the honourable
    ['an advocate\'s short title', 'एड. मनोहर लाल ने अदालत में याचिका दायर की।'],
    ['an engineer\'s short title', 'इंजी. सुरेश कुमार ने पुल का निरीक्षण किया।'],
    ['the honourable, short', 'मा. मुख्यमंत्री ने राहत शिविर का दौरा किया।'],
  ])('%s', (_name, line) => {
    const result = clean(page(HEAD, line, S2));
    expect(result.dateline).toBeNull();
    expect(result.body).toBe(`${line}\n${S2}`);
  });

  it.each([
    // after a one-sentence paragraph only a dateline that names its reporter or a date is one: `रामगढ़।` may be a sentence
    ['a bare place and danda', 'रामगढ़। सरकार पीड़ितों के साथ है।'],
    // two places and dashes: only after a known place (none is known here)
    ['an unknown place, a slash and dashes', 'रामगढ़/सीतापुर —– सरकार पीड़ितों के साथ है।'],
  ])('%s after a paragraph of one sentence', (_name, line) => {
    const result = clean(page(HEAD, S1, line, S2));
    expect(result.dateline).toBeNull();
    expect(result.body).toBe(`${S1}\n${line}\n${S2}`);
  });

  it.each([
    // (reviewer) a role and a name in brackets in the story, no dateline's dashes or colon after: a person of the story
    ['an injured journalist', 'हमले में घायल (पत्रकार रमेश सिंह) को जिला अस्पताल में भर्ती कराया गया है।', 'रमेश सिंह'],
    ['a headman\'s representative', 'ग्राम प्रधान (प्रतिनिधि रामू यादव) ने बताया कि नाली का निर्माण होगा।', 'रामू यादव'],
  ])('%s stays in the text', (_name, line, name) => {
    const result = clean(page(HEAD, line, S2));
    expect(result.body).toContain(name);
  });

  it('a dateline-like start of the second paragraph after a teaser stays when it is not one', () => {
    const teaser = 'पुल का हिस्सा गिरते ही मजदूर नदी में जा गिरे';
    const line = 'उन्होंने कहा: सरकार पीड़ितों के साथ है।';
    const result = clean(page(HEAD, teaser, line, S2));
    expect(result.dateline).toBeNull();
    expect(result.body).toContain(line);
  });

  it.each([
    // a dash inside a headline is no site's name: only a Latin name in capitals or a media word is
    ['बिहार में पुल गिरा - तीन मजदूरों की मौत'],
    ['पुल गिरा - मुख्यमंत्री ने दिए जांच के आदेश'],
    // a bar before a figure is part of the headline
    ['बिहार में पुल गिरा | 3 की मौत'],
    // a short clause after a bar is the headline's, a number word or a verb in it or not (reviewer)
    ['बिहार में पुल गिरा | पांच मजदूर घायल'],
    ['पुल गिरा | तीन मजदूर लापता'],
    ['लोकसभा चुनाव | भाजपा आगे'],
  ])('the headline keeps its dash or bar: %s', (head) => {
    expect(clean(page(head, S1, S2)).title).toBe(head);
  });

  it('a dateline in the second paragraph stays in the text', () => {
    const line = 'पटना: मुख्यमंत्री ने घटना की जांच के आदेश दिए हैं।';
    const result = clean(page(HEAD, S1, line));
    expect(result.dateline).toBeNull();
    expect(result.body).toBe(`${S1}\n${line}`);
  });
});

describe('not live entries, not furniture sentences', () => {
  it('clock times inside sentences do not start entries', () => {
    const line = 'बैठक सुबह 10:30 AM पर शुरू हुई और देर शाम तक चली।';
    const result = clean(page('बिहार में गंगा पर बना पुल गिरा', line, S2));
    expect(result.entries).toEqual([]);
    expect(result.body).toBe(`${line}\n${S2}`);
  });

  it('a page ending in a finished quotation keeps its last sentence', () => {
    const last = `${S2} मंत्री ने कहा, "दोषियों को बख्शा नहीं जाएगा"`;
    expect(clean(page('बिहार में गंगा पर बना पुल गिरा', S1, last)).body).toBe(`${S1}\n${last}`);
  });

  it('a score like 2/5 inside a sentence is not a gallery counter', () => {
    const line = 'भारत ने 2/5 के स्कोर से वापसी करते हुए मैच जीत लिया।';
    expect(clean(page('भारत ने रोमांचक मुकाबले में ऑस्ट्रेलिया को हराया', line, S2)).body).toBe(`${line}\n${S2}`);
  });
});

describe('not a dateline, with the place known (reviewers)', () => {
  const known = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning, { places: ['नई दिल्ली', 'म.प्र.'] });
  it.each([
    ['a known place and its Latin name before a postposition', 'नई दिल्ली (newdelhi) की सरकार पीड़ितों के साथ है।'],
    ['a known place and a short Latin word', 'नई दिल्ली (video) सरकार पीड़ितों के साथ है।'],
    ['words and a date ended by a full stop', 'पहला चरण, 19 अप्रैल. दूसरा चरण 26 अप्रैल को होगा और सरकार तैयार है।'],
    ['an unknown name and a state abbreviated with dots', 'कांग्रेस (म.प्र.): प्रदेश अध्यक्ष ने कहा कि सरकार पीड़ितों के साथ है।'],
  ])('%s', (_name, line) => {
    expect(known(page('बिहार में गंगा पर बना पुल गिरा', line, 'दूसरा पैराग्राफ यहां है।')).dateline).toBeNull();
  });
});
