import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createAnalyser } from '../../../src/core/pipeline/create-analyser.js';
import { DATELINE_SENTENCE, FRAGMENT_SENTENCE, SUBHEADING_SENTENCE, TITLE_SENTENCE, type Problem } from '../../../src/core/types.js';

/** The article pipeline on whole pages: headline and dateline facts belong to the article. */
const analyse = createAnalyser(loadData(join(process.cwd(), 'config')).data);
const run = (raw: string, published = '2024-03-15') => {
  const problems: Problem[] = [];
  const article = analyse({ id: 'a', file: 'a.txt', published, language: 'hi', raw }, (p) => problems.push(p));
  return { article, problems };
};

describe('createAnalyser', () => {
  it('reads the facts of a title built from the lead in the whole lead sentence, not in the cut clause', () => {
    // no headline line: the title is the lead cut before its verb (किया जाएगा), which alone would read कल as yesterday
    const lead = 'कल उनका अंतिम संस्कार मध्यप्रदेश (Madhya Pradesh) के होशंगाबाद (Hoshangabad) स्थित पैतृक गांव में किया जाएगा।';
    const { article } = run(`${lead} परिवार ने यह जानकारी दी।`, '2023-01-13');
    expect(article.title.hi.endsWith('…')).toBe(true);
    expect(article.facts.dates.map((d) => [d.text, d.value])).toEqual([['कल', '2023-01-14']]);
    expect(article.title.en).toContain('14 January 2023');
    // a real headline keeps its own facts
    const headed = run(`शरद यादव का अंतिम संस्कार कल होगा\n${lead}`, '2023-01-13').article;
    expect(headed.facts.dates.every((d) => d.value === '2023-01-14')).toBe(true);
  });

  it('reads a title built from the lead in the lead alone: its cut clause names no person a place is named after', () => {
    // (the cut title ends at `… डॉ. रमेश बघेल`, before the hall's head: read apart, that was a person)
    const lead = 'प्रदेश सरकार की नई योजना किसान समृद्धि आरोग्य कार्यक्रम के अंतर्गत जिलों में डॉ. रमेश बघेल सभागार में नौ मार्च को शिविर लगेगा।';
    const { article } = run(lead, '2024-03-15');
    expect(article.title.hi.length).toBeLessThan(lead.length);
    expect(article.entities.people).toEqual([]);
  });

  it('reads the dateline: its date is the report date, its place a place, its agency nothing, and the lead keeps neither', () => {
    const { article, problems } = run('बिहार में पुल गिरा\nपटना, 14 मार्च (भाषा) बिहार के भागलपुर जिले में बुधवार को एक निर्माणाधीन पुल गिर गया। पुलिस ने हादसे की जांच शुरू की है।');
    expect(article.facts.dates.map((d) => [d.sentence, d.text, d.value])).toEqual([
      [DATELINE_SENTENCE, '14 मार्च', '2024-03-14'],
      [0, 'बुधवार', '2024-03-13'],
    ]);
    expect(article.entities.places.map((p) => p.en)).toEqual(expect.arrayContaining(['Patna', 'Bihar', 'Bhagalpur']));
    expect(article.entities.organisations).toEqual([]);
    expect(article.sentences[0]?.text.startsWith('बिहार के भागलपुर')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('names no place or body from a site credit after the dateline\'s slash, but keeps a second place there', () => {
    const lead = 'पुलिस ने हत्या के मुख्य आरोपी को भोपाल से गिरफ्तार कर लिया है। उसे ट्रांजिट रिमांड पर लाया जा रहा है।';
    const credit = run(`आरोपी गिरफ्तार\nबेंगलूरु/दक्षिण भारत। ${lead}`).article.entities.places.map((p) => p.en);
    expect(credit).toEqual(expect.arrayContaining(['Bengaluru', 'Bhopal']));
    expect(credit).not.toContain('South India');
    const second = run(`आरोपी गिरफ्तार\nबेंगलूरु/नई दिल्ली: ${lead}`).article.entities.places.map((p) => p.en);
    expect(second).toEqual(expect.arrayContaining(['Bengaluru', 'New Delhi', 'Bhopal']));
  });

  it('names no person from the reporter before a dateline\'s place and site, but keeps the place', () => {
    const lead = 'साइबर अपराधियों ने एक महिला को वीडियो कॉल कर धमकी देकर 2.21 लाख रुपये ठग लिए। पुलिस ने जांच शुरू कर दी है।';
    const { article } = run(`महिला से ठगी\nराकेश शर्मा, दरभंगा, देशज टाइम्स : ${lead}`);
    expect(article.entities.people).toEqual([]);
    expect(article.entities.places.map((p) => p.en)).toContain('Darbhanga');
    expect(article.sentences[0]?.text.startsWith('साइबर अपराधियों')).toBe(true);
  });

  it('counts a date and a quantity that only the headline states', () => {
    const { article } = run('12 मार्च को संसद ने 3 विधेयक पारित किए\nसंसद में सरकार ने कहा कि बहस पूरी हो गई है और सभी सदस्यों ने इसमें भाग लिया।');
    expect(article.facts.dates.map((d) => [d.sentence, d.text, d.value])).toEqual([[TITLE_SENTENCE, '12 मार्च', '2024-03-12']]);
    expect(article.facts.numbers.map((n) => [n.sentence, n.value])).toEqual([[TITLE_SENTENCE, 3]]);
  });

  it('takes facts from the fragment a cut-off page ends with, but never its last word or a summary line', () => {
    const { article } = run('बाढ़ से भारी तबाही\nराज्य में बाढ़ से हालात खराब हैं और राहत कार्य जारी है। प्रशासन ने लोगों से सतर्क रहने को कहा है।\nराहत दल बाढ़ प्रभावित इलाकों में लगातार काम कर रहे हैं। सोमवार को पटना में 23 लोगों को बचाया गया जबकि 12');
    expect(article.facts.dates.map((d) => [d.sentence, d.text])).toEqual([[FRAGMENT_SENTENCE, 'सोमवार']]);
    expect(article.facts.numbers.map((n) => [n.sentence, n.value])).toEqual([[FRAGMENT_SENTENCE, 23]]);
    expect(article.entities.places.map((p) => p.en)).toContain('Patna');
    expect(article.summary.hi.join(' ')).not.toContain('बचाया');
  });

  it('a label of place names above the headline is no title, but its places are where the story is', () => {
    const { article } = run('मध्य प्रदेश इंदौर\nअदालत ने दो आरोपियों को पांच साल की सजा सुनाई\nअदालत ने मारपीट के मामले में दो आरोपियों को दोषी ठहराया और सजा सुनाई।');
    expect(article.title.hi).toBe('अदालत ने दो आरोपियों को पांच साल की सजा सुनाई');
    expect(article.entities.places.map((p) => p.en)).toEqual(expect.arrayContaining(['Madhya Pradesh', 'Indore']));
  });

  it('a menu of more places than a label names is no title and says nothing of where the story is (reviewer)', () => {
    const { article } = run('उत्तर प्रदेश बिहार दिल्ली राजस्थान\nअदालत ने दो आरोपियों को पांच साल की सजा सुनाई\nअदालत ने मारपीट के मामले में दो आरोपियों को दोषी ठहराया और सजा सुनाई।');
    expect(article.title.hi).toBe('अदालत ने दो आरोपियों को पांच साल की सजा सुनाई');
    expect(article.entities.places).toEqual([]);
  });

  it.each([
    ['a last line cut mid-word', 'सांसद ने कहा कि योजना से किसानों को लाभ होगा। कार्यक्रम में कई लोग मौजूद रहे।', 'संयोजक रमेश चंद्र पांडेय ने बताया कि अगली बैठक अगले महीने होगी जिसमें जिले के अधिकारी भी मौजूद र'],
    ["a last line that is a reporter's lead-in", 'सांसद ने कहा कि योजना से किसानों को लाभ होगा। कार्यक्रम में कई लोग मौजूद रहे।', 'कार्यक्रम के संयोजक रमेश चंद्र पांडेय ने बताया'],
  ])('keeps the names of %s that shares few words with the story (no pasted headline)', (_name, body, last) => {
    const { article } = run(`किसानों के लिए नई योजना शुरू\n${body}\n${last}`);
    expect(article.entities.people.map((p) => p.hi)).toEqual(['रमेश चंद्र पांडेय']);
    expect(article.summary.hi.join(' ')).not.toContain('संयोजक');
  });

  it('reads a page written without sentence ends (web-story slides): its clauses are its body, not headlines', () => {
    const page = [
      'नगर निगम ने शहर की सफाई के लिए नया अभियान शुरू किया',
      'अभियान के पहले दिन 120 कर्मचारियों ने बाजारों की सफाई की',
      'महापौर सुनीता दयाल ने कहा कि हर वार्ड में कूड़ेदान लगाए जाएंगे',
      'शहर के 40 वार्डों में सोमवार से घर घर कूड़ा उठाया जाएगा',
    ].join('\n\n');
    const { article } = run(page);
    expect(article.facts.numbers.map((n) => n.text)).toEqual(['120 कर्मचारियों', '40 वार्डों']);
    expect(article.entities.people.map((p) => p.hi)).toEqual(['सुनीता दयाल']);
    expect(article.summary.hi.length).toBeGreaterThan(0);
  });

  it('reads a bulletin of lines without sentence ends after a one-sentence lead: its clauses are its body too', () => {
    const page = [
      'शहर में बुधवार को वायरल बुखार के 40 नए मरीज भर्ती हुए।',
      'वहीं जिला अस्पताल में 12 और निजी अस्पतालों में बुखार के 9-9 मरीज भर्ती हुए',
      'वहीं गोमती नगर और आलमबाग में बुखार के 6 मरीज मिले',
      'इस महीने अब तक बुखार के 815 मरीज अस्पतालों में भर्ती हो चुके हैं',
    ].join('\n');
    const { article } = run(page);
    expect(article.facts.numbers.map((n) => n.text)).toEqual(expect.arrayContaining(['6 मरीज', '815 मरीज']));
  });

  it('a one-paragraph story followed by other stories\' headlines on its topic is no bulletin: they stay out (reviewer)', () => {
    const page = [
      'पटना में कांग्रेस की बैठक, चुनाव की तैयारी पर चर्चा',
      'पटना में रविवार को कांग्रेस की प्रदेश कमेटी की बैठक हुई। इसमें चुनाव की तैयारी पर चर्चा की गई।',
      'गया में कांग्रेस नेता के घर पर बदमाशों ने 12 राउंड फायरिंग की',
      'दरभंगा में कांग्रेस नेता सुरेंद्र झा की सड़क हादसे में मौत हो गई',
      'भागलपुर में कांग्रेस कार्यकर्ताओं ने 200 लोगों के साथ थाने का घेराव किया',
    ].join('\n');
    const { article } = run(page);
    expect(article.entities.people).toEqual([]);
    expect(article.facts.numbers.filter((n) => n.value === 12)).toEqual([]);
    // (one of them opening with वहीं is still no bulletin: second read)
    const opened = page.replace('गया में कांग्रेस', 'वहीं गया में कांग्रेस');
    expect(run(opened).article.entities.people).toEqual([]);
  });

  it('reads a bulletin whose continuing lines open after a bullet', () => {
    const page = [
      'जिले में सोमवार को मलेरिया के 22 नए मरीज मिले।',
      '- वहीं सदर अस्पताल में मलेरिया के 11 मरीज भर्ती हुए',
      '- वहीं कैंट और सिविल लाइंस में मलेरिया के 4 मरीज मिले',
      '- इस साल अब तक मलेरिया के 310 मरीज मिल चुके हैं',
    ].join('\n');
    expect(run(page).article.facts.numbers.map((n) => n.text)).toEqual(expect.arrayContaining(['11 मरीज', '310 मरीज']));
  });

  it.each([
    ['a pasted headline ending in की (a verb, no cut-off)', 'कानपुर में अखिलेश यादव ने रमेश तिवारी से मुलाकात की'],
    ['a pasted headline ending in ने कहा that shares no word with the story', 'मेरठ में राकेश त्यागी पर हमले के बाद पुलिस अधीक्षक ने कहा'],
  ])('the last line is %s: it names no one (reviewer)', (_name, last) => {
    const page = `लखनऊ में बारिश से मौसम सुहाना\nलखनऊ में सोमवार को तेज बारिश हुई और तापमान गिर गया। मौसम विभाग ने दो दिन और बारिश की संभावना जताई है। लोगों को गर्मी से राहत मिली।\n${last}`;
    expect(run(page).article.entities.people).toEqual([]);
  });

  it('on a page without sentence ends, pasted headlines of other stories after the slides stay out (reviewer)', () => {
    const page = [
      'सर्दियों में रोज खाएं ये पांच सुपरफूड',
      'सर्दियों में गुड़ और तिल खाने से शरीर को गर्मी मिलती है',
      'आंवला सर्दियों में रोग प्रतिरोधक क्षमता बढ़ाने वाला सुपरफूड है',
      'सर्दियों में शकरकंद खाने से पेट भी भरा रहता है और ऊर्जा मिलती है',
      'कानपुर में अखिलेश यादव ने रमेश तिवारी से मुलाकात कर चुनाव पर चर्चा',
    ].join('\n\n');
    const { article } = run(page);
    expect(article.entities.people).toEqual([]);
    expect(article.summary.hi.join(' ')).toContain('आंवला');
  });

  it('a page with prose keeps removing short pasted lines (no page-wide exception)', () => {
    const page = 'नगर निगम ने सफाई अभियान शुरू किया\nनगर निगम ने शहर की सफाई के लिए नया अभियान शुरू किया। पहले दिन बाजारों की सफाई हुई।\nशेयर बाजार में 900 अंकों की गिरावट से निवेशकों के डूबे करोड़ों\nमहापौर ने कहा कि हर वार्ड में कूड़ेदान लगाए जाएंगे। लोग भी सहयोग करें।';
    expect(run(page).article.facts.numbers).toEqual([]);
  });

  it('never reads a figure at the very end of a cut-off fragment: its scale may be the word cut off', () => {
    const { article } = run('नगर निगम का बजट पेश\nनगर निगम ने सदन में बजट पेश किया और सभी पार्षदों ने इस पर चर्चा की।\nमेयर ने बताया कि 12 वार्डों में सड़कें बनेंगी। इस साल का कुल खर्च चार अरब 24 करो');
    expect(article.facts.numbers.map((n) => n.text)).toEqual(['12 वार्डों']);
    expect(article.facts.numbers.filter((n) => n.sentence === FRAGMENT_SENTENCE)).toEqual([]);
  });

  it('counts the quantities of a subheading between paragraphs, once, and none of its other facts (nor do its names resolve the body\'s short forms)', () => {
    const page = [
      'शेयर बाजार में गिरावट, निवेशक सतर्क',
      'मिलेजुले वैश्विक संकेतों के बीच शुक्रवार को शेयर बाजार में गिरावट दर्ज हुई। निवेशकों ने मुनाफावसूली की।',
      'सेंसेक्स में 12 मार्च को 170 अंकों की गिरावट, सोनिया गांधी पर नजर',
      'सेंसेक्स दिन भर दबाव में रहा और कारोबार के अंत में लाल निशान पर बंद हुआ। बाजार के जानकार सतर्क हैं।',
      'निफ्टी ने भी 47 अंकों की डुबकी लगाई',
      'निफ्टी 47 अंक टूटकर बंद हुआ। बैंक शेयरों में सबसे ज्यादा बिकवाली हुई। गांधी ने बाजार पर टिप्पणी की।',
    ].join('\n');
    const { article } = run(page);
    expect(article.facts.numbers.map((n) => [n.sentence, n.text, n.value, n.unit])).toEqual([
      [4, '47 अंक', 47, 'point'],
      [SUBHEADING_SENTENCE, '170 अंकों', 170, 'point'],
    ]);
    expect(article.entities.people).toEqual([]);
    expect(article.facts.dates.every((d) => d.sentence !== SUBHEADING_SENTENCE)).toBe(true);
  });

  it('counts no figure of topical short lines after the last paragraph: related headlines of other stories (reviewer)', () => {
    const page = [
      'इंदौर में तेज बारिश से जलभराव',
      'इंदौर में रविवार को तेज बारिश से कई इलाकों में जलभराव हो गया। निचली बस्तियों में पानी भर गया।',
      'नगर निगम की टीमें पानी निकालने में जुटी रहीं। लोगों को परेशानी हुई।',
      'इंदौर में तेज रफ्तार कार ने 4 लोगों को कुचला',
      'इंदौर में बारिश के बीच 200 किलो गांजा जब्त',
    ].join('\n');
    // (the last line, with no end, is still read as the page's cut-off tail: see cut-tail.ts)
    expect(run(page).article.facts.numbers.filter((n) => n.sentence === SUBHEADING_SENTENCE)).toEqual([]);
  });

  it('counts the quantities of a run of topical subheadings too (a stats block with no paragraph between its lines)', () => {
    const page = [
      'जिले में मलेरिया और डेंगू की जांच तेज',
      'स्वास्थ्य विभाग ने बताया कि जिले में मलेरिया और डेंगू की जांच का अभियान चल रहा है। टीमें गांवों में जा रही हैं।',
      'मलेरिया की जांच में 41 नमूने पॉजिटिव',
      'डेंगू की जांच के लिए 18 टीमें तैनात',
      'अधिकारियों ने लोगों से घरों के आसपास पानी जमा न होने देने की अपील की।',
    ].join('\n');
    const { article } = run(page);
    expect(article.facts.numbers.map((n) => [n.sentence, n.text, n.value, n.unit])).toEqual([
      [SUBHEADING_SENTENCE, '41 नमूने', 41, 'sample'],
      [SUBHEADING_SENTENCE, '18 टीमें', 18, 'team'],
    ]);
  });
});
