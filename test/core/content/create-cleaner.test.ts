import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { loadData } from '../../../src/core/data/load-data.js';

const clean = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning);
const page = (...lines: string[]): string => lines.join('\n');

const TITLE = 'भारत ने ऑस्ट्रेलिया को छह विकेट से हराया';
const PROSE = 'कप्तान रोहित शर्मा ने नाबाद 85 रन बनाकर टीम को जीत दिलाई।';
const PROSE2 = 'अगला मैच रविवार को मुंबई के वानखेड़े स्टेडियम में खेला जाएगा।';

describe('createCleaner: furniture removed, by kind', () => {
  // [case, raw page, kind recorded, text that must be gone]
  it.each([
    ['Tags line and everything after', page(TITLE, PROSE, 'Tags: Cricket, Rohit Sharma', 'मैच से जुड़ी और खबरें'), 'footer', 'मैच से जुड़ी'],
    ['Similar News list', page(TITLE, PROSE, 'Similar News', 'सेंसेक्स 500 अंक चढ़ा'), 'footer', 'सेंसेक्स'],
    ['Related News list', page(TITLE, PROSE, 'Related News', 'मौसम विभाग का अलर्ट'), 'footer', 'मौसम विभाग'],
    ['Leave a Comment block', page(TITLE, PROSE, 'Leave a Comment', 'Your email address will not be published. Required fields are marked *'), 'footer', 'email'],
    ['Your email address … alone', page(TITLE, PROSE, 'Your email address will not be published.'), 'footer', 'email'],
    ['a blog\'s comment box and featured post', page(TITLE, PROSE, 'कोई टिप्पणी नहीं:', 'एक टिप्पणी भेजें', 'Featured Post', 'पुलिस ने 48 घंटे में आरोपियों को पकड़ा'), 'footer', 'आरोपियों'],
    ['a featured post box alone', page(TITLE, PROSE, 'Featured Post', 'पुलिस ने 48 घंटे में आरोपियों को पकड़ा'), 'footer', 'आरोपियों'],
    ['Required fields … alone', page(TITLE, PROSE, 'Required fields are marked *', 'Comment *'), 'footer', 'Required'],
    ['Also Read at the end', page(TITLE, PROSE, 'Also Read', 'शेयर बाजार में भारी गिरावट'), 'read-also', 'शेयर बाजार'],
    ['यह भी पढ़ें at the end', page(TITLE, PROSE, 'यह भी पढ़ें: बिहार में भारी बारिश का अलर्ट'), 'read-also', 'बिहार'],
    ['ये भी पढ़ें at the end', page(TITLE, PROSE, 'ये भी पढ़ें', 'चुनाव आयोग ने जारी की तारीखें'), 'read-also', 'चुनाव आयोग'],
    ['HTML comment remnant -->', page(TITLE, PROSE, '-->'), 'html-comment', '-->'],
    ['HTML comment inline', page(TITLE, `${PROSE} <!-- ad slot 3 -->`), 'html-comment', 'ad slot'],
    ['lower-case SEO keywords in brackets', page(TITLE, PROSE, 'भारत (india defeat sri lanka) ने श्रीलंका को 78 रन से हरा दिया।'), 'seo-keywords', 'india defeat'],
    ['SEO keywords whose opening bracket is lost', page(TITLE, PROSE, 'इसके साथ भारत indian defeat sri lanka) ने सीरीज जीत ली।'), 'seo-keywords', 'indian defeat'],
    ['Share this:', page(TITLE, PROSE, 'Share this:', PROSE2), 'share', 'Share'],
    ['Follow us on', page(TITLE, PROSE, 'Follow us on Google News', PROSE2), 'share', 'Follow'],
    ['हमें फॉलो करें', page(TITLE, PROSE, 'ताजा खबरों के लिए हमें फेसबुक पर फॉलो करें', PROSE2), 'share', 'फॉलो'],
    ['social button row', page(TITLE, PROSE, 'Facebook Twitter WhatsApp Telegram', PROSE2), 'share', 'WhatsApp'],
    ['Advertisement', page(TITLE, PROSE, 'Advertisement', PROSE2), 'advertisement', 'Advertisement'],
    ['विज्ञापन', page(TITLE, PROSE, 'विज्ञापन', PROSE2), 'advertisement', 'विज्ञापन'],
    ['फोटो: credit line', page(TITLE, 'फोटो: पीटीआई', PROSE), 'photo-credit', 'पीटीआई'],
    ['Photo: credit line', page(TITLE, 'Photo: Reuters', PROSE), 'photo-credit', 'Reuters'],
    ['Image credit line', page(TITLE, PROSE, 'Image credit: Getty Images', PROSE2), 'photo-credit', 'Getty'],
    ['तस्वीर क्रेडिट after a sentence', page(TITLE, `${PROSE} तस्वीर क्रेडिट: एएफपी`), 'photo-credit', 'एएफपी'],
    ['bracketed photo credit', page(TITLE, `${PROSE} (फोटो: एएनआई)`), 'photo-credit', 'एएनआई'],
    ['symbolic photo label', page(TITLE, 'सांकेतिक तस्वीर', PROSE), 'photo-credit', 'सांकेतिक'],
    ['Written by', page(TITLE, 'Written by Priya Singh', PROSE), 'byline', 'Priya'],
    ['Edited by', page(TITLE, 'Edited by: Amit Kumar | Updated: Nov 5, 2024', PROSE), 'byline', 'Amit'],
    ['a blog post stamp glued to the lead', page(TITLE, `Submitted by Anand on 10 July 2019 - 11:57am${PROSE}`), 'byline', 'Anand'],
    ['रिपोर्ट:', page(TITLE, 'रिपोर्ट: सुनील यादव, लखनऊ', PROSE), 'byline', 'सुनील'],
    ['name द्वारा line', page(TITLE, 'अंकिता शर्मा द्वारा', PROSE), 'byline', 'अंकिता'],
    ['web team line', page(TITLE, 'आरयू वेब टीम।', PROSE), 'byline', 'वेब टीम'],
    ['desk sentence before the lead', page(TITLE, `बीएनपी न्यूज डेस्क। ${PROSE}`), 'byline', 'डेस्क'],
    ["a promotion of the reporter's special report", page(TITLE, `${PROSE} देखें पटना से राकेश वर्मा की यह खास रिपोर्ट`), 'byline', 'राकेश'],
    [':- name line', page(TITLE, PROSE, ':- रवि शंकर अमित!'), 'byline', 'रवि शंकर'],
    // a reporter's name in Latin letters glued to the lead by `:-` (the whole lead sentence was lost with it)
    ['a Latin name glued to the lead by :-', page(TITLE, `Rampur mohan:-${PROSE}`), 'byline', 'mohan'],
    // the bureau and its reporter in brackets after a dateline (the reporter was a person of the story)
    ['bureau and reporter in brackets', page(TITLE, `धनबाद (ब्यूरो, रमेश कुमार) : ${PROSE}`), 'byline', 'रमेश कुमार'],
    ['reporter and bureau in brackets', page(TITLE, `धनबाद (रमेश कुमार, संवाददाता) : ${PROSE}`), 'byline', 'रमेश कुमार'],
    // a dateline's place, its reporters and an agency's initials opening the lead (the reporters were people of the story)
    ['place, reporters and agency before the lead', page(TITLE, `रामगढ़-सुनील वर्मा,अजय राठी/KNS-उत्तरप्रदेश ${PROSE}`), 'byline', 'अजय राठी'],
    // a site's name in brackets opening the lead (it was the subject of the lead's English, "Media …")
    ['a bracketed site name opening the lead', page(TITLE, `(सरिता मीडिया) ${PROSE}`), 'byline', 'सरिता'],
    // the site's team as a line (it was the title)
    ['site team line', page('टीम sportsnews.com |', TITLE, PROSE), 'byline', 'sportsnews.com'],
    // a news agency's credit with its reporter, above the lead (it was the headline, the reporter a person)
    ['agency and reporter line', page('समाचार सेवा (न्यूज़ एजेंसी)/रमेश वर्मा', TITLE, PROSE), 'byline', 'रमेश वर्मा'],
    // …unbracketed, with its town (it was the headline, its town the story's subject)
    ['news service and town line', page('समाचार सेवा न्यूज एजेंसी, रामनगर', TITLE, PROSE), 'byline', 'रामनगर'],
    ['gallery counters glued to the text', page(TITLE, `1 / 5${PROSE} 2 / 5${PROSE2}`), 'gallery', '/ 5'],
    ['a follow-us sentence', page(TITLE, `${PROSE} सोशल मीडिया पर अपडेट्स के लिए Facebook (https://www.facebook.com/site) एवं Twitter पर Follow करें …`), 'social', 'Facebook'],
    ['timestamp line', page(TITLE, 'Published: November 5, 2024, 14:30 IST', PROSE), 'timestamp', 'November'],
    ['Update line', page(TITLE, 'Update: 2024-11-05 14:30 GMT', PROSE), 'update', 'Update'],
    ['breadcrumb', page('Home > खेल > क्रिकेट', TITLE, PROSE), 'navigation', 'Home'],
    ['reading time', page(TITLE, '3 min read', PROSE), 'navigation', 'min read'],
  ])('%s', (_name, raw, kind, gone) => {
    const result = clean(raw);
    expect(result.removed.map((r) => r.kind)).toContain(kind);
    expect(`${result.title}\n${result.body}`).not.toContain(gone);
    expect(result.title).toBe(TITLE);
    expect(result.body).toContain(PROSE);
  });

  it('a reporter in brackets inside a sentence is no byline (reviewer: an injured journalist)', () => {
    const body = clean(page(TITLE, 'हमले में घायल पत्रकार (रमेश सिंह, संवाददाता) को अस्पताल में भर्ती कराया गया।')).body;
    expect(body).toContain('रमेश सिंह');
  });

  it('a byline before an inline photo credit goes; its dated caption stays as content', () => {
    const raw = page(
      'मानसून ने केरल में दी दस्तक',
      'मौसम विभाग ने कहा कि मानसून तय समय से पहले पहुंचा है। राहुल वर्मा द्वारा कोच्चि में बारिश के बीच छाता लेकर जाते लोग, केरल, 30 मई, 2024। फोटो: पीटीआई',
    );
    const result = clean(raw);
    expect(result.body).toBe(
      'मौसम विभाग ने कहा कि मानसून तय समय से पहले पहुंचा है। कोच्चि में बारिश के बीच छाता लेकर जाते लोग, केरल, 30 मई, 2024।',
    );
    expect(result.removed).toEqual(
      expect.arrayContaining([
        { kind: 'photo-credit', text: 'फोटो: पीटीआई' },
        { kind: 'byline', text: 'राहुल वर्मा द्वारा' },
      ]),
    );
  });

  it('a caption ending in a caption date stays; only the credit after it goes', () => {
    const raw = page('सेंसेक्स रिकॉर्ड ऊंचाई पर', `${PROSE} बीएसई भवन के बाहर लगी स्क्रीन, मुंबई, 12 जून, 2024। Photo: Reuters`);
    expect(clean(raw).body).toBe(`${PROSE} बीएसई भवन के बाहर लगी स्क्रीन, मुंबई, 12 जून, 2024।`);
  });

  it.each([
    ['(पीटीआई)', 'पीटीआई'],
    ['(भाषा)', 'भाषा'],
    ['(एएनआई)', 'एएनआई'],
    ['(एएनई)', 'एएनई'],
    ['(IANS)', 'IANS'],
    ['(पीटीआई/आईएएनएस)', 'पीटीआई/आईएएनएस'],
  ])('trailing agency credit %s is kept as a credit', (bracket, agency) => {
    const result = clean(page(TITLE, PROSE, `${PROSE2} ${bracket}`));
    expect(result.body).toBe(`${PROSE}\n${PROSE2}`);
    expect(result.removed).toContainEqual({ kind: 'credit', text: agency });
  });

  it('a credit line at the end names the agency', () => {
    const result = clean(page(TITLE, PROSE, '(इनपुट: भाषा)'));
    expect(result.body).toBe(PROSE);
    expect(result.removed).toContainEqual({ kind: 'credit', text: 'भाषा' });
  });

  it.each([
    ['Update: 2024-11-05 14:30 GMT', '2024-11-05T14:30Z'],
    ['Update: 2024-06-18 08:21 GMT', '2024-06-18T08:21Z'],
    ['Updated: 2024-11-05 20:00 IST', '2024-11-05T14:30Z'],
    ['अपडेट: 2025-01-01 05:29 IST', '2024-12-31T23:59Z'],
  ])('printed update %s → printedUpdate %s, not content', (line, stamp) => {
    const result = clean(page(TITLE, line, PROSE));
    expect(result.printedUpdate).toBe(stamp);
    expect(result.body).toBe(PROSE);
  });

  it('a page without an update line has no printedUpdate', () => {
    expect(clean(page(TITLE, PROSE)).printedUpdate).toBeUndefined();
  });

  it('an impossible printed date is not a printedUpdate', () => {
    expect(clean(page(TITLE, 'Update: 2024-02-30 10:00 GMT', PROSE)).printedUpdate).toBeUndefined();
  });

  it('"Read also" mid-article takes only its own line and the linked headline', () => {
    const raw = page(TITLE, PROSE, 'ये भी पढ़ें', 'विराट कोहली ने रचा इतिहास', PROSE2);
    const result = clean(raw);
    expect(result.body).toBe(`${PROSE}\n${PROSE2}`);
    expect(result.removed.filter((r) => r.kind === 'read-also').map((r) => r.text)).toEqual(['ये भी पढ़ें', 'विराट कोहली ने रचा इतिहास']);
  });

  it('a paragraph cut off with the page after "Read More" is body, not read-also (its full sentences end with ". ")', () => {
    const cutPara = 'सेंसेक्स के 30 शेयरों में 28 तेजी के साथ जबकि 2 गिरकर बंद हुए. आज के कारोबार में मारुति 4.76 फीसदी, टाटा मोटर्स 3.08 फीसदी, ट';
    const result = clean(page(TITLE, PROSE, 'Read More : शेयर बाजार तेजी के साथ बंद, रिकॉर्ड ऊंचाई पर पहुंचा Sensex', cutPara));
    expect(result.body).toContain('सेंसेक्स के 30 शेयरों में 28 तेजी');
    expect(result.removed.filter((r) => r.kind === 'read-also').map((r) => r.text)).toEqual(['Read More : शेयर बाजार तेजी के साथ बंद, रिकॉर्ड ऊंचाई पर पहुंचा Sensex']);
  });

  it('headlines after a closing "Read More" stay read-also, even one with an abbreviation full stop', () => {
    const result = clean(page(TITLE, PROSE, 'Read More', 'डॉ. मनमोहन सिंह को श्रद्धांजलि देने पहुंचे कई नेता और मंत्री', 'चुनाव आयोग ने जारी की तारीखें'));
    expect(result.body).toBe(PROSE);
  });

  // a short headline about a news agency is no service's credit (reviewer: these were cut as bylines)
  it.each(['फर्जी न्यूज एजेंसी, दो गिरफ्तार', 'रूस की सरकारी न्यूज एजेंसी - नया प्रमुख'])('a headline about a news agency stays the title: %s', (headline) => {
    expect(clean(page(headline, PROSE)).title).toBe(headline);
  });

  it('pathological lines are cleaned quickly (no regex backtracking blow-up)', () => {
    const lines = [
      `${'facebook '.repeat(24)}zzz।`,
      `Home ${'> a'.repeat(12)}${'>'.repeat(200)}`,
      `${'Abc '.repeat(3000)}: हिंदी`,
      `मॉस्को ${'abc '.repeat(3000)}x`,
      'शब्द '.repeat(20000),
    ];
    const start = performance.now();
    for (const line of lines) clean(page(TITLE, line, PROSE));
    expect(performance.now() - start).toBeLessThan(1500);
  });

  it('an empty or blank page gives an empty page, never a throw', () => {
    expect(clean('')).toEqual({ title: '', body: '', dateline: null, entries: [], removed: [] });
    expect(clean(' \n\n\t\n').title).toBe('');
  });
});

describe('a site header above the article', () => {
  it("a tagline ending in an ellipsis is no article prose: a tag line under it cuts nothing; the header's date stamp goes", () => {
    const result = clean(page('Thursday, May 16सही समय पर सच्ची खबर...', 'Tag: Hindi author', TITLE, PROSE, PROSE2));
    expect(result.title).toBe(TITLE);
    expect(result.body).toContain(PROSE2);
    expect(`${result.title}\n${result.body}`).not.toContain('Thursday');
  });
});
