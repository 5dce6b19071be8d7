import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { loadData } from '../../../src/core/data/load-data.js';
import type { Dateline } from '../../../src/core/types.js';

// known places: a second place after a dateline's slash is no site credit
const loaded = loadData(join(process.cwd(), 'config')).data;
// (the date lexicon's month spellings, as the analyser gives them: typos like सिंतबर too)
const clean = createCleaner(loaded.cleaning, { places: ['नई दिल्ली'], monthSpellings: Object.values(loaded.dates.months).flat() });
const page = (...lines: string[]): string => lines.join('\n');

const HEAD = 'बिहार में गंगा पर बना पुल गिरा, तीन मजदूरों की मौत';
const S1 = 'भागलपुर जिले में गंगा नदी पर बन रहा पुल रविवार शाम ढह गया।';
const S2 = 'हादसे में तीन मजदूरों की मौत हो गई और पांच घायल हैं।';
const S3 = 'मुख्यमंत्री ने घटना की जांच के आदेश दिए हैं।';
const BODY = `${S1}\n${S2}\n${S3}`;
/** A body typed with no sentence mark: over forty words in one run. */
const RUN = 'भागलपुर जिले में गंगा नदी पर बन रहा पुल रविवार शाम ढह गया हादसे में तीन मजदूरों की मौत हो गई और पांच घायल हैं घायलों को सदर अस्पताल में भर्ती कराया गया है जहां उनका इलाज चल रहा है जिलाधिकारी ने मौके पर पहुंचकर राहत कार्य का जायजा लिया और जांच के आदेश दिए';

const dl = (text: string, place: string, date: string | null, credit?: string): Dateline => ({ text, place, date, ...(credit === undefined ? {} : { credit }) });

describe('headline, dateline and body', () => {
  // [case, raw page, title, body, dateline]
  it.each([
    ['plain headline', page(HEAD, S1, S2, S3), HEAD, BODY, null],
    // a line wrapped mid-sentence, with a full stop after a final verb inside it, is prose: kept, its figures with it
    ['a line wrapped after a full stop used as a danda', page(HEAD, S1, 'राहत दल ने 12 लोगों को सुरक्षित निकाला है. प्रशासन की टीम मौके पर', '', S3, S2), HEAD, `${S1}\nराहत दल ने 12 लोगों को सुरक्षित निकाला है. प्रशासन की टीम मौके पर\n${S3}\n${S2}`, null],
    // a Hindi headline, an ellipsis and its English gloss (more Latin words than Hindi) is the headline
    ['a headline with an English gloss after an ellipsis', page('गंगा पर बना पुल गिरा... Bridge on the Ganges collapses in Bihar, three dead', S1, S2, S3), 'गंगा पर बना पुल गिरा... Bridge on the Ganges collapses in Bihar, three dead', BODY, null],
    // …but a site's promotion in English after an ellipsis is furniture (reviewer)
    ['a promotion line above the headline', page('खबर हिंदी में… Read all the latest news on our website', HEAD, S1, S2, S3), HEAD, BODY, null],
    // …while a gloss may speak of an app or say "our" (reviewer)
    ['a headline glossed with the word app', page('पेटीएम पर आरबीआई का शिकंजा... RBI cracks down on Paytm app, what users must do now', S1, S2, S3), 'पेटीएम पर आरबीआई का शिकंजा... RBI cracks down on Paytm app, what users must do now', BODY, null],
    ['a headline that exclaims mid-line', page('Cyclone Alert जारी! अगले 48 घंटे रहेंगे खतरनाक, तेज हवाएं चलेंगी', S1, S2, S3), 'Cyclone Alert जारी! अगले 48 घंटे रहेंगे खतरनाक, तेज हवाएं चलेंगी', BODY, null],
    ['label and date stamp above the headline', page('Breaking News', 'Updated: 14 Mar 2024, 10:32 AM IST', HEAD, S1, S2, S3), HEAD, BODY, null],
    // a stamp with a danda but no sentence after it stays a stamp (reviewer)
    ['a date stamp ending in a danda above the headline', page('19 जून 2024।', HEAD, S1, S2, S3), HEAD, BODY, null],
    ['LIVE and ताज़ा खबर labels', page('LIVE', 'ताज़ा खबर', HEAD, S1, S2, S3), HEAD, BODY, null],
    ['a share button naming what it shares', page('खबर शेयर करें -', HEAD, S1, S2, S3), HEAD, BODY, null],
    // a translation widget's label, with a colon and a bar after it (was the title)
    ['a translation widget above the headline', page('• अनुवाद करें: |', HEAD, S1, S2, S3), HEAD, BODY, null],
    ['a site\'s reporter line above the lead, no headline', page('खबर दर्पण संवाददाता', S1, S2, S3), S1, BODY, null],
    ['breadcrumb and URL slug', page('होम / देश / बिहार', 'bihar-bridge-collapse-in-bhagalpur-three-dead', HEAD, S1, S2, S3), HEAD, BODY, null],
    ['menu bullet line', page('• Home/', HEAD, S1, S2, S3), HEAD, BODY, null],
    ['headline printed twice', page(HEAD, HEAD, S1, S2, S3), HEAD, BODY, null],
    // a feed's link and a site's hashtag after the headline are furniture
    ['a link after the headline', page(`${HEAD} https://ift.tt/3xYz9Q`, S1, S2, S3), HEAD, BODY, null],
    ['a hashtag after a bar', page(`${HEAD} | #KhabarNetwork`, S1, S2, S3), HEAD, BODY, null],
    ['a Devanagari hashtag after a bar', page(`${HEAD} | #खबरनेटवर्क`, S1, S2, S3), HEAD, BODY, null],
    // an English headline glossed by the Hindi one, the Hindi one again below it (was the bilingual line)
    ['an English headline with the Hindi one after a dash, the Hindi one below', page(`Bihar: Bridge Collapses On Ganga, Three Labourers Dead – ${HEAD}`, '1 min read', HEAD, S1, S2, S3), HEAD, BODY, null],
    // (a spaced hyphen inside the English too: reviewer)
    ['an English headline with a hyphen of its own, then the Hindi one', page(`Bihar - Bhagalpur Bridge Collapses, Three Dead - ${HEAD}`, HEAD, S1, S2, S3), HEAD, BODY, null],
    ['a headline the page cut with an ellipsis, above a dateline', page('बिहार में गंगा पर बना पुल गिरा…', `नई दिल्ली | ${S1}`, S2, S3), 'बिहार में गंगा पर बना पुल गिरा…', BODY, dl('नई दिल्ली |', 'नई दिल्ली', null)],
    ['a menu glued to the headline, the headline again below', page(`Homeबिहार समाचार${HEAD}`, HEAD, S1, S2, S3), HEAD, BODY, null],
    ['Latin site name above the headline', page('Hindustan Hindi News', HEAD, S1, S2, S3), HEAD, BODY, null],
    ['stored-page stamp glued to the headline', page(`date 2024-03-14 ${HEAD}`, S1, S2, S3), HEAD, BODY, null],
    ['a Latin breadcrumb glued to the headline', page(`Home Bihar ${HEAD}`, S1, S2, S3), HEAD, BODY, null],
    ['the headline cut with an ellipsis above the whole one', page('बिहार में गंगा पर बना पुल गिरा, तीन...', HEAD, S1, S2, S3), HEAD, BODY, null],
    // (not when the whole headline has the word too: it is no breadcrumb)
    ['a cut line whose first word the whole headline has', page('बिहार बिहार में गंगा पर बना पुल गिरा, तीन मजदूरों...', HEAD, S1, S2, S3), 'बिहार बिहार में गंगा पर बना पुल गिरा, तीन मजदूरों...', BODY, null],
    // …after a one-word section name, with Home before it (`Home <section> <headline cut>...`)
    ['Home, a section and the headline cut, above the whole one', page('Home देश बिहार में गंगा पर बना पुल गिरा, तीन मजदूरों...', HEAD, S1, S2, S3), HEAD, BODY, null],
    // a site's section glued to Home in lower case (`Homenews<headline>`); an English word so begun stays (reviewer)
    ['a lower-case section glued to Home before the headline', page(`Homenews${HEAD}`, S1, S2, S3), HEAD, BODY, null],
    ['Homeopathy is a word', page('Homeopathy शिविर में 300 मरीजों की जांच', 'शिविर में डॉक्टरों ने 300 मरीजों की जांच की।'), 'Homeopathy शिविर में 300 मरीजों की जांच', 'शिविर में डॉक्टरों ने 300 मरीजों की जांच की।', null],
    // how long ago, glued to a two-word place (`नवी मुंबई5 दिन पहले`), is a stamp, not a headline
    ['a two-word place glued to how long ago', page('नवी मुंबई5 दिन पहले', HEAD, S1, S2, S3), HEAD, BODY, null],
    // a feed's English stamp with its hour after the headline
    ['an English date and hour after the headline', page(`${HEAD} March 3, 2021 at 9:15PM`, S1, S2, S3), HEAD, BODY, null],
    ['dateline with date and agency', page(HEAD, `पटना, 14 मार्च (भाषा) ${S1}`, S2, S3), HEAD, BODY, dl('पटना, 14 मार्च (भाषा)', 'पटना', '14 मार्च')],
    // a full stop used as a danda, after a space (the title was the dateline)
    ['dateline with a date and a spaced full stop', page(`नई दिल्ली, 14 मार्च . ${S1}`, S2, S3), S1, BODY, dl('नई दिल्ली, 14 मार्च .', 'नई दिल्ली', '14 मार्च')],
    // a month typed with its nasal swapped (सिंतबर) is a month too (the date line was the page's title)
    ['dateline with a misspelt month', page(`नई दिल्ली, 8 सिंतबर। ${S1}`, S2, S3), S1, BODY, dl('नई दिल्ली, 8 सिंतबर।', 'नई दिल्ली', '8 सिंतबर')],
    ['dateline with danda after the agency', page(HEAD, `लखनऊ, 5 जनवरी (आईएएनएस)। ${S1}`, S2, S3), HEAD, BODY, dl('लखनऊ, 5 जनवरी (आईएएनएस)।', 'लखनऊ', '5 जनवरी')],
    ['foreign dateline', page(HEAD, `वॉशिंगटन, 2 नवंबर (एपी) ${S1}`, S2, S3), HEAD, BODY, dl('वॉशिंगटन, 2 नवंबर (एपी)', 'वॉशिंगटन', '2 नवंबर')],
    // एजेंसी spelled with a half न
    ['dateline with the agency spelled एजेन्सी', page(HEAD, `नई दिल्ली (एजेन्सी)। ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली (एजेन्सी)।', 'नई दिल्ली', null)],
    // an unlisted news service's acronym in the bracket, glued to the place
    ['place and a service acronym', page(HEAD, `ऋषिकेश(आरएनएस)। ${S1}`, S2, S3), HEAD, BODY, dl('ऋषिकेश(आरएनएस)।', 'ऋषिकेश', null)],
    ['place and a service acronym with a word in capitals', page(HEAD, `लखनऊ (KBN DIGITAL): ${S1}`, S2, S3), HEAD, BODY, dl('लखनऊ (KBN DIGITAL):', 'लखनऊ', null)],
    ['a place, a colon and a dash', page(HEAD, `नई दिल्ली :- ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली :-', 'नई दिल्ली', null)],
    ['a known place and the site in lower-case Latin letters', page(HEAD, `नई दिल्ली (samacharnama) ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली (samacharnama)', 'नई दिल्ली', null, 'samacharnama')],
    // the reporter's name in the bracket: the site's credit, no person of the story
    ['place and a reporter in brackets', page(HEAD, `बिजौलियां(जगदीश सोनी)। ${S1}`, S2, S3), HEAD, BODY, dl('बिजौलियां(जगदीश सोनी)।', 'बिजौलियां', null, 'जगदीश सोनी')],
    ['place, slash and a reporter before a comma', page(HEAD, `किशनगंज/धर्मेन्द्र सिंह, ${S1}`, S2, S3), HEAD, BODY, dl('किशनगंज/धर्मेन्द्र सिंह,', 'किशनगंज', null, 'धर्मेन्द्र सिंह')],
    ['place and a Latin service acronym', page(HEAD, `देहरादून (UNS)। ${S1}`, S2, S3), HEAD, BODY, dl('देहरादून (UNS)।', 'देहरादून', null)],
    ['place, danda and the reporter in brackets', page(HEAD, `रामगढ़। (सुरेश पाल) ${S1}`, S2, S3), HEAD, BODY, dl('रामगढ़। (सुरेश पाल)', 'रामगढ़', null, 'सुरेश पाल')],
    ['place, slash and a reporter before a colon and a dash', page(HEAD, `रामगढ़/सुरेश पाल:- ${S1}`, S2, S3), HEAD, BODY, dl('रामगढ़/सुरेश पाल:-', 'रामगढ़', null, 'सुरेश पाल')],
    // a subheading of one sentence above a dateline that names its reporter
    ['a one-sentence subheading above a dateline with the reporter', page(HEAD, S2, `रामगढ़। (सुरेश पाल) ${S1}`, S3), HEAD, `${S2}\n${S1}\n${S3}`, dl('रामगढ़। (सुरेश पाल)', 'रामगढ़', null, 'सुरेश पाल')],
    ['month-first dateline with dashes', page(HEAD, `मुंबई, अप्रैल 9 -- ${S1}`, S2, S3), HEAD, BODY, dl('मुंबई, अप्रैल 9 --', 'मुंबई', 'अप्रैल 9')],
    ['a known place and a run of long dashes', page(HEAD, `नई दिल्ली—– ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली—–', 'नई दिल्ली', null)],
    ['place and site', page(HEAD, `नई दिल्ली/टीम डिजिटल। ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली/टीम डिजिटल।', 'नई दिल्ली', null, 'टीम डिजिटल')],
    ['place and a site named like a region', page(HEAD, `बेंगलूरु/दक्षिण भारत। ${S1}`, S2, S3), HEAD, BODY, dl('बेंगलूरु/दक्षिण भारत।', 'बेंगलूरु', null, 'दक्षिण भारत')],
    ['two places, no site', page(HEAD, `श्रीहरिकोटा/नई दिल्ली: ${S1}`, S2, S3), HEAD, BODY, dl('श्रीहरिकोटा/नई दिल्ली:', 'श्रीहरिकोटा', null)],
    // a known place and a bare slash before the lead (the place was read as the lead's subject)
    ['a known place and a bare slash', page(HEAD, `नई दिल्ली/ ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली/', 'नई दिल्ली', null)],
    // …and their date after a comma (was read as a site's name, the date lost)
    ['two places and a date', page(HEAD, `चेन्नई/नई दिल्ली, 18 जुलाई । ${S1}`, S2, S3), HEAD, BODY, dl('चेन्नई/नई दिल्ली, 18 जुलाई।', 'चेन्नई', '18 जुलाई')],
    ['place and colon', page(HEAD, `नई दिल्ली: ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली:', 'नई दिल्ली', null)],
    ['place and full stop', page(HEAD, `नई दिल्ली. ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली.', 'नई दिल्ली', null)],
    ['place and agency bracket', page(HEAD, `मॉस्को (एएनआई): ${S1}`, S2, S3), HEAD, BODY, dl('मॉस्को (एएनआई):', 'मॉस्को', null)],
    ['dateline on its own line', page(HEAD, 'पटना, 14 मार्च (भाषा)', S1, S2, S3), HEAD, BODY, dl('पटना, 14 मार्च (भाषा)', 'पटना', '14 मार्च')],
    // a teaser repeating the lead with the same dateline: neither keeps it (no headline: the title is the lead's first sentence)
    ['a teaser and its lead with one dateline', page(`नई दिल्ली- ${S1} हादसे में तीन ...`, `नई दिल्ली- ${S1} ${S2}`, S3), S1, `${S1} ${S2}\n${S3}`, dl('नई दिल्ली-', 'नई दिल्ली', null)],
    // a teaser without the dateline, a stamp label, then the lead with it: the lead's dateline is split off all the same
    ['a teaser above the lead that carries the dateline', page(`${S1} ${S2}`, 'Updated Date', `नई दिल्ली। ${S1} ${S2}`, S3), S1, `${S1} ${S2}\n${S3}`, dl('नई दिल्ली।', 'नई दिल्ली', null)],
    // a credit line between them is passed over: the dateline is the lead's (reviewer: was पटना)
    ['a credit line between a teaser and its lead', page(`${S1} ${S2}`, 'पटना (एएनआई)', `नई दिल्ली। ${S1} ${S2}`, S3), S1, `${S1} ${S2}\n${S3}`, dl('नई दिल्ली।', 'नई दिल्ली', null)],
    ['abbreviated agency', page(HEAD, `रामबन, 28 अगस्त हि.स.। ${S1}`, S2, S3), HEAD, BODY, dl('रामबन, 28 अगस्त हि.स.।', 'रामबन', '28 अगस्त')],
    // a site's name before a known place and a colon, alone on the first line (was the title)
    ['a site and a known place before a colon', page('रोज न्यूज, नई दिल्ली:', S1, S2, S3), S1, BODY, dl('रोज न्यूज, नई दिल्ली:', 'नई दिल्ली', null, 'रोज न्यूज')],
    // a day in digits, day first, as district pages print it (was the headline: `<town> 09.03.2024।`)
    ['a day in digits after the place', page(HEAD, `सीतापुर 09.03.2024। ${S1}`, S2, S3), HEAD, BODY, dl('सीतापुर 09.03.2024।', 'सीतापुर', '09.03.2024')],
    ['a day in digits after a comma', page(`सीतापुर, 9/3/2024। ${S1}`, S2, S3), S1, BODY, dl('सीतापुर, 9/3/2024।', 'सीतापुर', '9/3/2024')],
    // a dateline alone on its line above the headline (a slash, दिनांक): the headline is the title, the date the lead's
    // (was the title `सीतापुर।` of the lead's own dateline below)
    ['a dated line above the headline', page('सीतापुर-लहरपुर/ दिनाँक 25 मार्च 2023', HEAD, `सीतापुर। ${S1}`, S2, S3), HEAD, BODY, dl('सीतापुर-लहरपुर/ दिनाँक 25 मार्च 2023', 'सीतापुर-लहरपुर', '25 मार्च 2023')],
    ['a dateline with danda alone above the headline', page('नई दिल्ली, 25 मार्च 2023।', HEAD, S1, S2, S3), HEAD, BODY, dl('नई दिल्ली, 25 मार्च 2023।', 'नई दिल्ली', '25 मार्च 2023')],
    ['place and danda alone on the first line', page('पटना।', S1, S2, S3), S1, BODY, dl('पटना।', 'पटना', null)],
    // the site's name, a slash and the reporter's name after the dateline are a byline (was the title, and a person)
    ['a site and a reporter after the dateline', page(HEAD, `सीतापुर ।रोज टाइम्स/सुनील वर्मा। ${S1}`, S2, S3), HEAD, BODY, dl('सीतापुर।', 'सीतापुर', null)],
    ['dateline after a teaser line that ends no sentence', page(HEAD, 'पुल का हिस्सा गिरते ही मजदूर नदी में जा गिरे', `भागलपुर/हिंद समाचार। ${S1}`, S2, S3), HEAD, BODY, dl('भागलपुर/हिंद समाचार।', 'भागलपुर', null, 'हिंद समाचार')],
    ['a headline opening with a place kicker is the headline, not a dateline', page('Search', 'पटना: पुल गिरने से तीन मजदूरों की मौत, जांच के आदेश', S1, S2, S3), 'पटना: पुल गिरने से तीन मजदूरों की मौत, जांच के आदेश', BODY, null],
    ['site name, colon and date above the body', page('हिन्दुस्तान मिरर न्यूज: 25 जुलाई 2025', HEAD, S1, S2, S3), HEAD, BODY, null],
    // fresh-n first run: a reporter's byline line, a yearless dateline line, a site before the place, a double danda
    ['a reporter\'s name and role as a whole line', page('रवि प्रकाश, वरिष्ठ संवाददाता', HEAD, S1, S2, S3), HEAD, BODY, null],
    ['a place and a day of the month alone on a line', page('नई दिल्ली, 30 सितंबर', S1, S2, S3), S1, BODY, dl('नई दिल्ली, 30 सितंबर', 'नई दिल्ली', '30 सितंबर')],
    ['the site\'s name before a known place', page(HEAD, `जन जागरण, नई दिल्ली। ${S1}`, S2, S3), HEAD, BODY, dl('जन जागरण, नई दिल्ली।', 'नई दिल्ली', null, 'जन जागरण')],
    ['a site, a dash, a place and a numeric date on a line', page(HEAD, 'यंगवार्ता न्यूज़ - नई दिल्ली    17-09-2024', S1, S2, S3), HEAD, BODY, dl('नई दिल्ली 17-09-2024', 'नई दिल्ली', '17-09-2024')],
    ['a known place glued by a dash to a whole sentence', page(HEAD, `नई दिल्ली-${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली-', 'नई दिल्ली', null)],
    ['a place and a double danda', page(HEAD, `नई दिल्ली।। ${S1}`, S2, S3), HEAD, BODY, dl('नई दिल्ली।।', 'नई दिल्ली', null)],
    // the site's name after the headline is furniture
    ['a site ending in a media word after a bar', page(`${HEAD} | जन समाचार`, S1, S2, S3), HEAD, BODY, null],
    ['a site between double bars after the headline', page(`${HEAD} ||Nation One||`, S1, S2, S3), HEAD, BODY, null],
    ['a big paper by name after a bar', page(`${HEAD} | अमर उजाला`, S1, S2, S3), HEAD, BODY, null],
    ['a Latin site in capitals after a dash', page(`${HEAD} - MPNEWS`, S1, S2, S3), HEAD, BODY, null],
  ])('%s', (_name, raw, title, body, dateline) => {
    const result = clean(raw);
    expect(result.title).toBe(title);
    expect(result.body).toBe(body);
    expect(result.dateline).toEqual(dateline);
  });
});

describe('pages without a headline line: the title comes from the lead, which stays in the body', () => {
  it.each([
    ['a first line that is a whole paragraph', page(`${S1} ${S2}`, S3), S1, `${S1} ${S2}\n${S3}`],
    ['a short first sentence', page('बाजार में उत्साह है।', S2, S3), 'बाजार में उत्साह है।', `बाजार में उत्साह है।\n${S2}\n${S3}`],
    [
      'a long lead cut at a clause boundary',
      page('केंद्रीय मंत्रिमंडल ने बुधवार को किसानों के लिए नई फसल बीमा योजना को मंजूरी दे दी, जिससे देश के करोड़ों किसानों को प्राकृतिक आपदाओं से होने वाले नुकसान की भरपाई मिलेगी।', S3),
      'केंद्रीय मंत्रिमंडल ने बुधवार को किसानों के लिए नई फसल बीमा योजना को मंजूरी दे दी',
      'केंद्रीय मंत्रिमंडल ने बुधवार को किसानों के लिए नई फसल बीमा योजना को मंजूरी दे दी, जिससे देश के करोड़ों किसानों को प्राकृतिक आपदाओं से होने वाले नुकसान की भरपाई मिलेगी।\n' + S3,
    ],
    ['only a date stamp above the prose', page('Updated: 14 Mar 2024, 10:32 AM IST', S1, S2), S1, `${S1}\n${S2}`],
    // a figure's commas are no clause boundary: the title is never cut inside 5,25,91,827
    [
      'a long lead with a figure written with commas',
      page('सूचना के अधिकार से मिली जानकारी के मुताबिक विदेश मंत्री के विदेश दौरों पर पिछले साल कुल 5,25,91,827 रुपये खर्च हुए, जो पिछले साल से कहीं ज्यादा है।', S2),
      'सूचना के अधिकार से मिली जानकारी के मुताबिक विदेश मंत्री के विदेश दौरों पर पिछले साल कुल…',
      'सूचना के अधिकार से मिली जानकारी के मुताबिक विदेश मंत्री के विदेश दौरों पर पिछले साल कुल 5,25,91,827 रुपये खर्च हुए, जो पिछले साल से कहीं ज्यादा है।\n' + S2,
    ],
    // a lead cut at a word never ends on a figure's modifier: `… के 88 वर्षीया…` gave the mother's age to the son
    [
      'a long lead whose word cut would end on an age',
      page('गांव के पूर्व मुखिया एवं क्षेत्र के जाने माने समाजसेवी रामेश्वर प्रसाद सिंह के 88 वर्षीया माता सुशीला देवी का शनिवार को लंबी बीमारी के बाद निधन हो गया।', S2),
      'गांव के पूर्व मुखिया एवं क्षेत्र के जाने माने समाजसेवी रामेश्वर प्रसाद सिंह…',
      'गांव के पूर्व मुखिया एवं क्षेत्र के जाने माने समाजसेवी रामेश्वर प्रसाद सिंह के 88 वर्षीया माता सुशीला देवी का शनिवार को लंबी बीमारी के बाद निधन हो गया।\n' + S2,
    ],
    [
      'a long lead whose word cut would end on a figure and its unit',
      page('गांव के पूर्व मुखिया एवं क्षेत्र के जाने माने समाजसेवी रामेश्वर प्रसाद सिंह की 88 साल की मां सुशीला देवी का शनिवार को लंबी बीमारी के बाद निधन हो गया।', S2),
      'गांव के पूर्व मुखिया एवं क्षेत्र के जाने माने समाजसेवी रामेश्वर प्रसाद सिंह…',
      'गांव के पूर्व मुखिया एवं क्षेत्र के जाने माने समाजसेवी रामेश्वर प्रसाद सिंह की 88 साल की मां सुशीला देवी का शनिवार को लंबी बीमारी के बाद निधन हो गया।\n' + S2,
    ],
    // a Latin phrase before the first danda of a Hindi page is an SEO kicker, no title: the first Hindi sentence is
    ['a Latin kicker sentence before the Hindi lead (its danda tidied up to the word)', page(`Patna news today । ${S1}`, S2), S1, `Patna news today। ${S1}\n${S2}`],
    // a stamp with a weekday and a danda stays a stamp (reviewer: the title was 'बुधवार।')
    ['a date stamp with a weekday and a danda above the prose', page('19 जून 2024, बुधवार।', S1, S2), S1, `${S1}\n${S2}`],
    // a story opening with its date is prose (the date stays in the body, a fact); the title built from it leaves the date out
    ['a lead opening with a full date in English order', page(`मार्च 12, 2019, ${S1}`, S2), S1, `मार्च 12, 2019, ${S1}\n${S2}`],
    ['a lead opening with a full date', page(`12 मार्च 2019, ${S1}`, S2), S1, `12 मार्च 2019, ${S1}\n${S2}`],
    // a bullet or dash glued to the first word is a deck line above the story, never its headline
    ['a dash deck above the prose', page('-सुप्रीम कोर्ट बोला', S1, S2), S1, `${S1}\n${S2}`],
    // a headline set in bold with markdown asterisks is the headline (a bullet has one asterisk, before it only)
    ['a headline between asterisks', page('*गंगा पर बना पुल गिरा*', S1, S2), 'गंगा पर बना पुल गिरा', `${S1}\n${S2}`],
    ['a headline between double asterisks, printed twice', page('**गंगा पर बना पुल गिरा**', '**गंगा पर बना पुल गिरा**', S1, S2), 'गंगा पर बना पुल गिरा', `${S1}\n${S2}`],
    ['a bullet deck sentence above the prose', page('*पंजाब, दिल्ली व सर्विसेज ने भी जीते स्वर्ण।', S1, S2), S1, `${S1}\n${S2}`],
    ['a bullet deck above the headline', page('•तीन मजदूरों की मौत, पांच घायल', HEAD, S1, S2, S3), HEAD, BODY],
    // a bullet before a read-also line keeps it a read-also line (its figures are another story's)
    ['a bulleted read-also line above the headline', page('►यह भी पढ़ें: दिल्ली में आग से 5 लोगों की मौत', HEAD, S1, S2, S3), HEAD, BODY],
    [
      'a pipe used as a danda ends the lead sentence',
      page('सीबीएसई ने बारहवीं के परिणाम घोषित कर दिए हैं| नोएडा की रक्षा गोपाल ने इस परीक्षा में टॉप किया है और उसे कुल 99.6 का परसेंटाइल मिला है।', S3),
      'सीबीएसई ने बारहवीं के परिणाम घोषित कर दिए हैं',
      'सीबीएसई ने बारहवीं के परिणाम घोषित कर दिए हैं| नोएडा की रक्षा गोपाल ने इस परीक्षा में टॉप किया है और उसे कुल 99.6 का परसेंटाइल मिला है।\n' + S3,
    ],
  ])('%s', (_name, raw, title, body) => {
    const result = clean(raw);
    expect(result.title).toBe(title);
    expect(result.body).toBe(body);
  });
});

describe('pages saved as one line', () => {
  const oneLine = (...parts: string[]): string => parts.join(' ');
  it.each([
    ['headline printed twice then the body', oneLine(HEAD, HEAD, S1, S2, S3), HEAD, `${S1} ${S2} ${S3}`, null],
    ['headline, stamp, dateline', oneLine(HEAD, 'Updated: 14 Mar 2024, 10:32 AM IST', `पटना, 14 मार्च (भाषा)। ${S1}`, S2, S3), HEAD, `${S1} ${S2} ${S3}`, dl('पटना, 14 मार्च (भाषा)।', 'पटना', '14 मार्च')],
    ['headline then a dateline', oneLine(HEAD, `नई दिल्ली, 2 नवंबर (पीटीआई) ${S1}`, S2), HEAD, `${S1} ${S2}`, dl('नई दिल्ली, 2 नवंबर (पीटीआई)', 'नई दिल्ली', '2 नवंबर')],
    ['no structure: the title is at most the first sentence', oneLine(S1, S2, S3), S1, `${S1} ${S2} ${S3}`, null],
  ])('%s', (_name, raw, title, body, dateline) => {
    const result = clean(raw);
    expect(result.title).toBe(title);
    expect(result.body).toBe(body);
    expect(result.dateline).toEqual(dateline);
  });
});

describe('summary material hygiene', () => {
  it.each([
    ['caption line ending in a bracketed credit', page(HEAD, S1, 'भागलपुर में ढहे पुल का मलबा (फोटो: पीटीआई)', S2), `${S1}\n${S2}`, 'caption'],
    ['caption line ending in Photo:', page(HEAD, S1, 'घटनास्थल पर जुटी भीड़ Photo: ANI', S2), `${S1}\n${S2}`, 'caption'],
    ['caption line ending in तस्वीर:', page(HEAD, S1, 'राहत कार्य में जुटे जवान तस्वीर: सोशल मीडिया', S2), `${S1}\n${S2}`, 'caption'],
    ['gallery counter', page(HEAD, S1, '1/7 पुल के मलबे में फंसी गाड़ियां।', S2), `${S1}\n${S2}`, 'gallery'],
    ['gallery counter "2 of 10"', page(HEAD, S1, '2 of 10 मौके पर पहुंची एनडीआरएफ की टीम।', S2), `${S1}\n${S2}`, 'gallery'],
    ['embedded tweet', page(HEAD, S1, 'पुल हादसा बेहद दुखद है। pic.twitter.com/abc123', S2), `${S1}\n${S2}`, 'tweet'],
    ['tweet inside a long paragraph: only its sentence', page(HEAD, `${S1} ${S2} ${S3} pic.twitter.com/abc123`), `${S1} ${S2} ${S3}`, 'tweet'],
    ['tweet attribution', page(HEAD, S1, 'हम पीड़ितों के साथ हैं — Nitish Kumar (@NitishKumar) March 3, 2024', S2), `${S1}\n${S2}`, 'tweet'],
    ['read also inside a paragraph', page(HEAD, `${S1} यह भी पढ़ें: बिहार में बाढ़ से हालात बिगड़े। ${S2}`), `${S1} ${S2}`, 'read-also'],
    ['Also Read line', page(HEAD, S1, 'Also Read: पटना में भारी बारिश का अलर्ट', S2), `${S1}\n${S2}`, 'read-also'],
    ['a fragment cut off at the end', page(HEAD, S1, `${S2} इस बीच विपक्ष ने सरकार पर आरोप लगाया कि`), `${S1}\n${S2}`, 'cut-off'],
    ['a truncated last word', page(HEAD, S1, `${S2} पुलिस ने बताया कि मृतकों में दो लोगों क.`), `${S1}\n${S2}`, 'cut-off'],
    ['a short topical last line with no end: the cut-off tail, not a subheading', page(HEAD, S1, S2, 'बिहार में पुल हादसे के बाद राहत दल मौके पर पहुंच रहा'), `${S1}\n${S2}`, 'cut-off'],
    // sentences ended by an ellipsis in the last paragraph stay (their figures count): only the run after the last is cut off
    ['a last paragraph of sentences ended by ellipses', page(HEAD, S1, 'राहत दल ने देर रात तक चले अभियान में 14 लोगों को सुरक्षित निकाला… मलबे से 3 शव बरामद हुए और दो लोग अब भी लापता हैं… जिलाधिकारी ने मौके पर पहुंचकर'), `${S1}\nराहत दल ने देर रात तक चले अभियान में 14 लोगों को सुरक्षित निकाला… मलबे से 3 शव बरामद हुए और दो लोग अब भी लापता हैं…`, 'cut-off'],
    // …and a sentence the splitter ran into a row of dots and a link stays; the dots and the link are cut off (was all lost)
    ['a row of dots and a link at the end', page(HEAD, S1, `${S2} ...... read full story`), `${S1}\n${S2}`, 'cut-off'],
    // a read-also line mid-article, then a paragraph of such sentences: prose after the line, so no footer cut
    ['a read-also line before a paragraph of sentences ended by ellipses', page(HEAD, S1, 'ALSO READ Patna : बाढ़ राहत पर सियासत तेज, विपक्ष ने घेरा', S2, 'पुल की मरम्मत के लिए 12 करोड़ रुपये स्वीकृत किए गए… नई जांच समिति बनी… विभाग ने रिपोर्ट मांगी और'), `${S1}\n${S2}\nपुल की मरम्मत के लिए 12 करोड़ रुपये स्वीकृत किए गए… नई जांच समिति बनी…`, 'read-also'],
    // a page typed with no sentence marks at all is the story: only its last, perhaps cut, word goes
    ['a body of one long run with no sentence mark', page(HEAD, `${RUN} गंगा घाटों पर पुलिस तैना`), `${RUN} गंगा घाटों पर पुलिस`, 'cut-off'],
    // a clause running into a long list, cut off at the end, is the page's tail (its names count), not another story's headline
    ['a cut-off list of countries: the tail, not an unrelated headline', page(HEAD, S1, S2, 'राहत सामग्री भेजने वाले देशों में शामिल हैं जापान, फ्रांस, जर्मनी, इटली, फिनलैंड, ऑस्ट्रि'), `${S1}\n${S2}`, 'cut-off'],
    // …but inside the page such a line is another story's headline still (reviewer)
    ['another story\'s headline running into a list, inside the page', page(HEAD, S1, 'राजस्थान में भीषण गर्मी का कहर जारी, जयपुर, जोधपुर, बीकानेर, बाड़मेर में पारा 47 डिग्री पार', S2), `${S1}\n${S2}`, 'unrelated-headline'],
    // …while a row of short tags stays furniture
    ['a row of category tags', page(HEAD, S1, 'Breaking News, Top News, बिहार, पटना, भागलपुर, भारत', S2), `${S1}\n${S2}`, 'unrelated-headline'],
    // a deck between the headline and the first paragraph sharing a word with the story is its subheading (its figures
    // count), though it shares few
    ['a deck above the first paragraph, on the story', page(HEAD, 'निर्माण कंपनी पर 50 लाख रुपये जुर्माने की सिफारिश, पुल की जांच होगी', S1, S2), `${S1}\n${S2}`, 'subheading'],
    // …one sharing nothing stays another story's
    ['a headline above the first paragraph sharing nothing', page(HEAD, 'राजस्थान में भीषण गर्मी, जोधपुर में पारा 47 डिग्री पार', S1, S2), `${S1}\n${S2}`, 'unrelated-headline'],
  ])('%s', (_name, raw, body, kind) => {
    const result = clean(raw);
    expect(result.title).toBe(HEAD);
    expect(result.body).toBe(body);
    expect(result.removed.map((r) => r.kind)).toContain(kind);
  });
});

describe('live blogs', () => {
  it('timestamped lines become entries with their stamp', () => {
    const raw = page(
      'लोकसभा चुनाव नतीजे LIVE: मतगणना जारी',
      '10:45 AM: चुनाव आयोग के मुताबिक शुरुआती रुझानों में कांटे की टक्कर है।',
      'अपडेट 14:32 कई सीटों पर नतीजे घोषित हो गए हैं।',
      '12 मार्च 2024, 09:15 IST मतगणना केंद्रों पर सुरक्षा कड़ी कर दी गई है।',
    );
    const result = clean(raw);
    expect(result.body).toBe(
      [
        'चुनाव आयोग के मुताबिक शुरुआती रुझानों में कांटे की टक्कर है।',
        'कई सीटों पर नतीजे घोषित हो गए हैं।',
        'मतगणना केंद्रों पर सुरक्षा कड़ी कर दी गई है।',
      ].join('\n'),
    );
    expect(result.entries).toEqual([
      { paragraph: 0, stamp: '10:45 AM' },
      { paragraph: 1, stamp: 'अपडेट 14:32' },
      { paragraph: 2, stamp: '12 मार्च 2024, 09:15 IST' },
    ]);
  });

  it('a timestamp after a sentence end inside one line starts a new entry', () => {
    const raw = page(HEAD, `${S1} 11:20 AM ${S2}`);
    const result = clean(raw);
    expect(result.body).toBe(`${S1}\n${S2}`);
    expect(result.entries).toEqual([{ paragraph: 1, stamp: '11:20 AM' }]);
  });

  it('stamp-only lines date the line after them when the page has several', () => {
    const raw = page(HEAD, '09:10 AM', S1, '09:40 AM', S2);
    const result = clean(raw);
    expect(result.body).toBe(`${S1}\n${S2}`);
    expect(result.entries).toEqual([
      { paragraph: 0, stamp: '09:10 AM' },
      { paragraph: 1, stamp: '09:40 AM' },
    ]);
  });
});

describe('datelines that credit a site (and a reporter) beside a known place', () => {
  // (the dateline's text is read after the spacing of its punctuation is mended, as in the other datelines)
  const known = createCleaner(loaded.cleaning, { places: ['कानपुर', 'नई दिल्ली', 'दरभंगा', 'भोपाल', 'पटना', 'गया'] });
  it.each([
    ['place, comma and the site', page(HEAD, `कानपुर,जन सामना। ${S1}`, S2, S3), { text: 'कानपुर, जन सामना।', place: 'कानपुर', date: null, credit: 'जन सामना' }],
    ['place, the site in brackets, a colon and a dash', page(HEAD, `नई दिल्ली(ईन्यूज़ एमपी):-${S1}`, S2, S3), { text: 'नई दिल्ली(ईन्यूज़ एमपी):-', place: 'नई दिल्ली', date: null, credit: 'ईन्यूज़ एमपी' }],
    ['the reporter, the place and the site', page(HEAD, `प्रभास रंजन, दरभंगा, देशज टाइम्स : ${S1}`, S2, S3), { text: 'प्रभास रंजन, दरभंगा, देशज टाइम्स:', place: 'दरभंगा', date: null, credit: 'देशज टाइम्स', reporter: 'प्रभास रंजन' }],
    ['a known place, a colon and a long dash', page(HEAD, `भोपाल:– ${S1}`, S2, S3), { text: 'भोपाल:–', place: 'भोपाल', date: null }],
    ['place, a name in brackets and a dash', page(HEAD, `नई दिल्ली (हेमा)- ${S1}`, S2, S3), { text: 'नई दिल्ली (हेमा)-', place: 'नई दिल्ली', date: null, credit: 'हेमा' }],
  ])('%s', (_name, raw, dateline) => {
    const result = known(raw);
    expect(result.body).toBe(BODY);
    expect(result.dateline).toEqual(dateline);
  });
  it.each([
    // two places, a list, and a site's name that is a place are no credit
    ['two places', `पटना, गया। ${S1}`],
    ['a list of places', `पटना, गया और नालंदा। ${S1}`],
    ['an unknown place and a site', `रामगढ़, जन सामना। ${S1}`],
  ])('not: %s', (_name, line) => {
    expect(known(page(HEAD, line, S2, S3)).dateline?.credit).toBeUndefined();
  });
});

describe('datelines: a pipe only after a known place, a colon and date after words that are no everyday words', () => {
  const data = loadData(join(process.cwd(), 'config')).data;
  const known = createCleaner(data.cleaning, { places: ['नई दिल्ली', 'सासनी', 'लुधियाना', 'मुंबई', 'आंध्र प्रदेश'], commonWords: data.commonWords });
  it.each([
    ['place and pipe', page(HEAD, `नई दिल्ली| ${S1}`, S2, S3), dl('नई दिल्ली|', 'नई दिल्ली', null)],
    ['place and dash', page(HEAD, `लुधियाना- ${S1}`, S2, S3), dl('लुधियाना-', 'लुधियाना', null)],
    ['place, its known state and a colon', page(HEAD, `श्रीहरिकोटा, आंध्र प्रदेश: ${S1}`, S2, S3), dl('श्रीहरिकोटा, आंध्र प्रदेश:', 'श्रीहरिकोटा', null)],
    ['place, colon and date', page(HEAD, `सासनी : 6 अक्टूबर। ${S1}`, S2, S3), dl('सासनी: 6 अक्टूबर।', 'सासनी', '6 अक्टूबर')],
    ['an unknown place, colon and date (the date is the report\'s; the entity rules name no place after a colon)', page(HEAD, `निरमंड : 9 सितंबर। ${S1}`, S2, S3), dl('निरमंड: 9 सितंबर।', 'निरमंड', '9 सितंबर')],
  ])('%s', (_name, raw, dateline) => {
    const result = known(raw);
    expect(result.body).toBe(BODY);
    expect(result.dateline).toEqual(dateline);
  });
  it.each([
    ['a notice', 'अंतिम तिथि : 30 जून। इच्छुक उम्मीदवार जल्द आवेदन करें।'],
    ['a caption', 'विराट कोहली | फोटो साभार सोशल मीडिया और अन्य स्रोत।'],
    ['a notice in everyday words', 'आवेदन की तिथि : 15 जुलाई। इच्छुक उम्मीदवार जल्द आवेदन करें।'],
  ])('no report date from %s', (_name, line) => {
    expect(known(page(HEAD, line, S2)).dateline?.date ?? null).toBeNull();
  });
  it.each([
    ['a route between two places', 'नई दिल्ली - मुंबई एक्सप्रेसवे पर आज से टोल बढ़ गया है।'],
    ['an unknown word and a dash', 'दर्दनाक - बस और ट्रक की टक्कर में पांच लोगों की मौत हो गई।'],
    // a comma and colon after words that are no known state: a list or a label, not a dateline
    ['two topics before a colon', 'बारिश, बाढ़: कई जिलों में अलर्ट जारी किया गया है।'],
  ])('no dateline from %s', (_name, line) => {
    expect(known(page(HEAD, line, S2)).dateline).toBeNull();
  });
});

describe('a known place and its state abbreviated with dots', () => {
  const withState = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning, { places: ['संतकबीरनगर', 'उ.प्र.'] });
  it('संतकबीरनगर (उ.प्र.)। is the dateline, not the title', () => {
    const result = withState(page(`संतकबीरनगर (उ.प्र.)। ${S1}`, S2));
    expect(result.dateline).toEqual(dl('संतकबीरनगर (उ.प्र.)।', 'संतकबीरनगर', null));
    expect(result.title).toBe(S1);
  });
});

describe('a reporter named with the role word in brackets after two places, then dashes', () => {
  const places = createCleaner(loaded.cleaning, { places: ['रामगढ़', 'सीतापुर'] });
  it('is the credit of a dateline of the known place', () => {
    const result = places(page(HEAD, `रामगढ़/सीतापुर(पत्रकार सुरेश पाल)—–${S1}`, S2, S3));
    // (the byline's bracket leaves the space it stood in)
    expect(result.dateline).toEqual(dl('रामगढ़/सीतापुर —–', 'रामगढ़', null));
    expect(result.body).toBe(BODY);
  });
});

describe('a reporter in brackets after two places and a colon, then a dash (was a person and a summary line opening with a dash)', () => {
  const places = createCleaner(loaded.cleaning, { places: ['रामगढ़', 'सीतापुर'] });
  it('is the credit of a dateline of the known place, the dash with it', () => {
    const result = places(page(HEAD, `रामगढ़/सीतापुर:(संवाददाता सुरेश पाल)- ${S1}`, S2, S3));
    expect(result.dateline?.place).toBe('रामगढ़');
    expect(result.dateline?.text).not.toContain('सुरेश');
    expect(result.body).toBe(BODY);
  });
  it('a colon and a dash alone close it too', () => {
    const result = places(page(HEAD, `रामगढ़/सीतापुर:- ${S1}`, S2, S3));
    expect(result.dateline?.place).toBe('रामगढ़');
    expect(result.body).toBe(BODY);
  });
});

describe('datelines of two known places, and a reporter\'s line', () => {
  const known = createCleaner(loaded.cleaning, { places: ['रामगढ़', 'सीतापुर', 'भागलपुर'] });
  // (a dash glued to a place before another place is a road's name as often: `रामगढ़- सीतापुर मार्ग पर …`, reviewer)
  it('a dash glued to the place before another place stays in the sentence', () => {
    const result = known(page(`रामगढ़- सीतापुर मार्ग पर बस पलटने से बारह यात्री घायल हो गए। ${S2} ${S3}`));
    expect(result.title).toContain('रामगढ़- सीतापुर');
  });
  it('two known places, a comma and a danda (was the title "रामगढ़, सीतापुर।")', () => {
    const result = known(page(HEAD, `रामगढ़, सीतापुर। ${S1}`, S2, S3));
    expect(result.dateline?.place).toBe('रामगढ़');
    expect(result.body).toBe(BODY);
  });
  it('a sentence after the word रिपोर्ट and a colon stays (reviewer)', () => {
    const result = known(page('रिपोर्ट: देश में बेरोजगारी दर घटकर सात प्रतिशत पर आई।', S1, S2, S3));
    expect(result.title).toContain('बेरोजगारी');
  });
  it('a reporter\'s line closed by a danda is a byline, never the title', () => {
    const result = known(page('रिपोर्ट: सुमित वर्मा: रामगढ़: बिहार।', S1, S2, S3));
    expect(result.title).not.toContain('सुमित');
    expect(result.body).toContain(S1);
  });
});

describe('a reporter\'s colon-separated line glued before the lead on one line', () => {
  const known = createCleaner(loaded.cleaning, { places: ['रामगढ़'] });
  it('is a byline: the lead is the title, no name in it', () => {
    const result = known(page(`रिपोर्ट: सुमित वर्मा : रामगढ़ : झारखंड। ${S1}`, S2, S3));
    expect(result.title).toBe(S1);
  });
  it('two colon-separated parts after रिपोर्ट may be a kicker: they stay (reviewer)', () => {
    const result = known(page(`रिपोर्ट: शहर की हवा : सबसे खराब। ${S1}`, S2, S3));
    expect(result.title).toContain('हवा');
  });
  it('a sentence after रिपोर्ट and a colon on the lead\'s line stays', () => {
    const result = known(page(`रिपोर्ट: देश में बेरोजगारी दर घटकर सात प्रतिशत पर आई। ${S1}`, S2, S3));
    expect(result.title).toContain('बेरोजगारी');
  });
});
