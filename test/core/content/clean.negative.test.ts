import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { loadData } from '../../../src/core/data/load-data.js';

const clean = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning);

const TITLE = 'रिजर्व बैंक ने ब्याज दरों में नहीं किया बदलाव';
const LEAD = 'भारतीय रिजर्व बैंक की मौद्रिक नीति समिति ने शुक्रवार को रेपो रेट 6.5 प्रतिशत पर बरकरार रखा।';

/** Body lines that are real prose and must come out exactly as they went in. */
describe('cleaning keeps real content', () => {
  it.each([
    ['a sentence mentioning "Tags" in quotes', 'सोशल मीडिया कंपनी ने ऐप में "Tags:" नाम का नया फीचर जोड़ा है, जिससे पोस्ट छांटना आसान होगा।'],
    ['a short one-line paragraph ending in ।', 'बाजार में उत्साह है।'],
    ['a very short paragraph ending in ।', 'मैच रद्द हो गया।'],
    ['Hindi with properly spaced English words', 'RBI गवर्नर ने कहा कि repo rate में बदलाव की जरूरत नहीं है और inflation नियंत्रण में है।'],
    ['an English quote inside Hindi', 'गवर्नर ने कहा, "We remain focused on inflation." इसके बाद बाजार चढ़ गया।'],
    ['a sentence starting with X द्वारा', 'पुलिस द्वारा मामले की जांच की जा रही है और जल्द ही रिपोर्ट सौंपी जाएगी।'],
    ['a sentence starting with विज्ञापन', 'विज्ञापन क्षेत्र में इस साल 12 प्रतिशत की वृद्धि दर्ज की गई।'],
    ['a sentence starting with Share', 'Share बाजार में आज दिनभर उतार-चढ़ाव बना रहा।'],
    ['a sentence starting with फोटोग्राफर', 'फोटोग्राफर ने बताया कि उसने पूरी घटना कैमरे में कैद कर ली।'],
    ['a press conference quoted with a colon', 'प्रधानमंत्री ने संवाददाता सम्मेलन में कहा: देश आगे बढ़ेगा और विकास तेज होगा।'],
    ['a reporter in a sentence', 'संवाददाता ने मौके पर पहुंचकर लोगों से बात की और हालात का जायजा लिया।'],
    ['news as a word of a sentence', 'डिजिटल न्यूज के बढ़ते असर पर सम्मेलन में विस्तार से चर्चा हुई।'],
    ['a speaker with a role and a comma', 'भारत के स्थायी प्रतिनिधि, पी हरीश ने कहा: आतंकवाद पर कोई समझौता नहीं होगा।'],
    ['an agency named ब्यूरो in a list', 'केंद्रीय जांच ब्यूरो, राज्य पुलिस और ईडी ने मिलकर छापेमारी की।'],
    ['an agency named ब्यूरो before a colon', 'नारकोटिक्स कंट्रोल ब्यूरो: पांच तस्कर गिरफ्तार किए गए और माल जब्त हुआ।'],
    ['a Hindi dateline', 'नई दिल्ली: वित्त मंत्री ने बजट पर चर्चा के दौरान विपक्ष के सवालों का जवाब दिया।'],
    ['an agency name mid-body in brackets', 'समाचार एजेंसी (भाषा) के अनुसार बैठक दो दिन चली।'],
    // (a news service named in a sentence is no byline: the line goes on after it)
    ['a news agency in a sentence', 'रामनगर न्यूज एजेंसी, नगर निगम और प्रशासन ने मिलकर शिविर लगाया।'],
    // a border crossing named with a slash and Latin letters opening a sentence stays (reviewer)
    ['a border gate with a slash opening a sentence', 'कुमराली-हरिपुर बॉर्डर/UP-गेट पर किसानों का धरना जारी है और बातचीत चल रही है।'],
    // a bracket of media words opening a sentence with a postposition after it is the sentence's own (reviewer)
    ['media in brackets before a postposition', '(सोशल मीडिया) पर अफवाह फैलाने वाले दो युवकों को पुलिस ने पकड़ा और पूछताछ की।'],
    // a bracket of media words inside a sentence stays
    ['media in brackets mid-sentence', 'मंत्री ने कहा कि सोशल मीडिया (डिजिटल मीडिया) पर नजर रखी जाएगी और नियम बनेंगे।'],
    ['numbers with commas and times', 'सरकार ने 1,50,000 करोड़ रुपये की योजना को सुबह 10:30 बजे मंजूरी दी।'],
    ['a relevant question', 'क्या रिजर्व बैंक अगली बैठक में ब्याज दरें घटाएगा?'],
    ['a paragraph starting with और after a full stop', 'और अब सबकी नजरें अगली बैठक पर टिकी हैं।'],
    ['a capitalised English gloss in brackets', 'राष्ट्रीय हरित अधिकरण (National Green Tribunal) ने रिपोर्ट मांगी है।'],
    ['an acronym and a lower-case unit in brackets', 'बैंक ने ब्याज दर (RBI repo) में बदलाव नहीं किया।'],
    ['a one-word lower-case gloss in brackets', 'इस बार मानसून (monsoon) समय से पहले आया।'],
    ['a sentence with Update as a word', 'बैंक ने अपने ऐप का नया Update जारी किया है।'],
    // a report of the story itself, not the site's promotion of its own
    ['a sentence about a report', 'देखें तो आयोग की यह रिपोर्ट सरकार को सौंपी गई और उस पर बहस हुई।'],
  ])('%s', (_name, line) => {
    const result = clean([TITLE, LEAD, line, 'बैठक अगले महीने फिर होगी।'].join('\n'));
    expect(result.body.split('\n')).toEqual([LEAD, line, 'बैठक अगले महीने फिर होगी।']);
  });

  it('a headline without any furniture is the title, unchanged', () => {
    expect(clean(`${TITLE}\n${LEAD}`).title).toBe(TITLE);
  });

  it('a title that contains Latin words without a colon keeps them', () => {
    const title = 'RBI Policy में रेपो रेट 6.5% पर स्थिर';
    expect(clean(`${title}\n${LEAD}`).title).toBe(title);
  });

  it('a capitalised Latin word after a Hindi word before a colon is not a dateline duplicate', () => {
    const line = 'भारत vs पाकिस्तान: मुकाबला रविवार को होगा।';
    expect(clean(`${TITLE}\n${line}`).body).toBe(line);
  });

  it('a trailing agency in the middle of the body is not a credit', () => {
    const result = clean([TITLE, `${LEAD} (भाषा)`, 'बैठक अगले महीने फिर होगी।'].join('\n'));
    expect(result.body).toContain('(भाषा)');
    expect(result.removed.filter((r) => r.kind === 'credit')).toEqual([]);
  });

  it('a sentence that starts like a footer word but is prose survives', () => {
    const line = 'टिप्पणियां करने वाले यूजर्स ने नीति का स्वागत किया।';
    expect(clean([TITLE, LEAD, line].join('\n')).body).toBe(`${LEAD}\n${line}`);
  });

  it('nothing is removed from a clean page', () => {
    const result = clean([TITLE, LEAD, 'बैठक अगले महीने फिर होगी।'].join('\n'));
    expect(result.removed).toEqual([]);
  });
});
