import { describe, expect, it } from 'vitest';
import { numbersIn } from './extract.js';

const show = (text: string, taken: { start: number; end: number }[] = []): string[] =>
  numbersIn(text, taken).map((n) => `${n.text}=${n.value} ${n.unit}`);
const span = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};

describe('quantity reading on unseen news', () => {
  it('reads a distributive reduplication as one number', () => {
    const text = 'मृतकों के परिजनों को दो-दो लाख रुपये की सहायता दी जाएगी।';
    expect(show(text)).toEqual(['दो-दो लाख रुपये=200000 rupee']);
  });

  it('reads a distributive reduplication in figures before a multiplier as one number', () => {
    expect(show('परिवारों को 10-10 हजार रुपये की सहायता दी जाएगी।')).toEqual(['10-10 हजार रुपये=10000 rupee']);
  });

  it('keeps a digit score like 2-2 out', () => {
    expect(show('मैच 2-2 से ड्रॉ रहा।')).toEqual([]);
    expect(show('स्कोर 10-10 से बराबर रहा।')).toEqual([]);
  });

  it.each([
    ['इजराइल सैकड़ों फलस्तीनी कैदियों को छोड़ेगा।', 'फलस्तीनी', 'सैकड़ों फलस्तीनी कैदियों=100 prisoner'],
    ['हमले में तीन अमेरिकी सैनिक घायल हुए।', 'अमेरिकी', 'तीन अमेरिकी सैनिक=3 soldier'],
    ['एनडीए के पास 128 भाजपा विधायकों का समर्थन है।', 'भाजपा', '128 भाजपा विधायकों=128 MLA'],
  ])('finds the counted noun right after a claimed name: %s', (text, name, expected) => {
    expect(show(text, [span(text, name)])).toEqual([expected]);
  });

  it.each([
    ['विद्यावती अपने पीछे चार पुत्रों व 4 पुत्रियों सहित भरा पूरा परिवार छोड़ गई हैं।', ['चार पुत्रों=4 son', '4 पुत्रियों=4 daughter']],
    ['पुलिस ने 11 लूटेरो को गिरफ्तार किया।', ['11 लूटेरो=11 robber']],
    // a suspect is not yet accused
    ['सीसीटीवी में दो संदिग्ध बाइक पर दिखे।', ['दो संदिग्ध=2 suspect']],
    ['मेरिट में 37 स्टूडेंटस ने जगह बनाई।', ['37 स्टूडेंटस=37 student']],
    ['उन्होंने 15 सिक्सर लगाए।', ['15 सिक्सर=15 six']],
    ['गोदाम से 200 कुंटल तेल जब्त हुआ।', ['200 कुंटल=200 quintal']],
  ])('counts nouns of a family, a crime, a school and sport in their everyday spellings: %s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it.each([
    // an age before पुत्र in police copy is no count of sons (Raju, 28, son of Shyamlal)
    ['पुलिस ने आरोपी राजू 28 पुत्र श्यामलाल को गिरफ्तार किया।'],
    ['मृतका सुनीता 35 पुत्री रामलाल निवासी गांव खेड़ा थी।'],
    // a six-lane road is no count of sixes
    ['प्रदेश में 3 सिक्स लेन एक्सप्रेसवे बनाए जाएंगे।'],
  ])('counts no sons, daughters or sixes where the words mean something else: %s', (text) => {
    expect(show(text)).toEqual([]);
  });

  it('does not look past a claimed name that is not followed by the noun', () => {
    const text = 'पीड़ितों को लगभग 50 पिछले सप्ताह की मिसाइलें दिखाई गईं।';
    expect(show(text, [span(text, 'पिछले सप्ताह')])).toEqual(['लगभग 50=50 null']);
  });

  it.each([
    ['यह अनुच्छेद 14 और 16 का उल्लंघन है।'],
    ['आरोपी पर धारा 302, 307 के तहत मामला दर्ज हुआ।'],
    // the end of a range of labels is a label too: classes 1 to 8, not up to eight schools
    ['कक्षा 1 से 8 तक के समस्त विद्यालय बंद रहेंगे।'],
    ['वार्ड 12 से 20 तक के लोगों ने प्रदर्शन किया।'],
    // …in words too (was "up to eight schools")
    ['कक्षा एक से पांच तक के समस्त विद्यालय बंद रहेंगे।'],
  ])('refuses references coordinated with a reference: %s', (text) => {
    expect(show(text)).toEqual([]);
  });

  it('keeps a range of counts whose first figure is no label (negative case of the label range)', () => {
    expect(show('जिले में 5 से 8 विद्यालय बंद रहे।').length).toBeGreaterThan(0);
  });

  it('keeps a range of counts in words whose first figure is no label', () => {
    expect(show('जिले में पांच से आठ विद्यालय बंद रहे।').length).toBeGreaterThan(0);
  });

  it.each([
    ['नोएडा सेक्टर 62 से 5 किलोमीटर दूर हादसा हुआ।', '5 किलोमीटर'],
    ['वार्ड 12 से 3 प्रत्याशी मैदान में हैं।', '3 प्रत्याशी'],
    ['कक्षा 10 से 45 छात्रों ने परीक्षा दी।', '45 छात्रों'],
  ])('a count with its own noun after a label and से is no label (reviewer): %s', (text, figure) => {
    expect(show(text).some((f) => f.startsWith(figure))).toBe(true);
  });

  it.each([
    // a building's floors, not a count of houses
    ['गांव में दो मंजिले मकान में आग लग गई।', 'दो मंजिले=2 storey'],
    // a volume, not a length
    ['छापे में 1.426 घन मीटर लकड़ी जब्त की गई।', '1.426 घन मीटर=1.426 cubic metre'],
    // lakhs of goods after a genitive are their worth in rupees; a crowd of lakhs is people
    ['चोर दुकान से लाखों के मोबाइल ले गए।', 'लाखों=100000 rupee'],
    ['मेले में लाखों की भीड़ उमड़ी।', 'लाखों की भीड़=100000 person'],
    // arms and tools a raid seizes
    ['छापे में 12 चाकू बरामद हुए।', '12 चाकू=12 knife'],
    ['आरोपियों से 4 तलवारें जब्त की गईं।', '4 तलवारें=4 sword'],
    ['उसके पास से दो पेचकश मिले।', 'दो पेचकश=2 screwdriver'],
    // seized goods in cartons and pieces; cases as the papers' प्रकरण
    ['पुलिस ने 145 कार्टन अवैध शराब जब्त की।', '145 कार्टन=145 carton'],
    ['छापे में 18 नग शीशम के लट्ठे जब्त किए गए।', '18 नग=18 piece'],
    ['तीन प्रकरणों में सहायता राशि दी गई।', 'तीन प्रकरणों=3 case'],
    // five digits that count, before a train's word (no train's number: reviewer)
    ['स्टेशन पर 20000 यात्रियों को स्पेशल ट्रेन से भेजा गया।', '20000 यात्रियों=20000 passenger'],
    ['रेलवे इस बार 12000 स्पेशल ट्रेनें चलाएगा।', '12000 स्पेशल ट्रेनें=12000 train'],
    // a count after a ward's or a highway's number is no plate (reviewer)
    ['वार्ड नंबर 12 में 1500 मतदाता हैं।', '1500 मतदाता=1500 voter'],
    ['NH 24 पर 2000 वाहन फंसे रहे।', '2000 वाहन=2000 vehicle'],
    // officials counted, not the meeting after them
    ['समीक्षा में 27 पदाधिकारी बैठक से गैरहाजिर मिले।', '27 पदाधिकारी=27 official'],
    // people, goods and works a local report counts
    ['पुलिस ने तीन तस्करों को पकड़ा।', 'तीन तस्करों=3 smuggler'],
    ['दौड़ में 212 धावक शामिल हुए।', '212 धावक=212 runner'],
    ['समारोह में 84 मेधावियों को सम्मानित किया गया।', '84 मेधावियों=84 student'],
    // (an adjective before its noun leaves the noun counted: मेधावी खिलाड़ियों are players)
    ['समारोह में 12 मेधावी खिलाड़ियों को सम्मानित किया गया।', '12 मेधावी खिलाड़ियों=12 player'],
    ['योजना से 620 बेरोजगारों को काम मिलेगा।', '620 बेरोजगारों=620 person'],
    ['गांव में 17 विकास कार्यों का लोकार्पण हुआ।', '17 विकास कार्यों=17 work'],
    ['पुलिस ने 6 मोटर साइकल जब्त कीं।', '6 मोटर साइकल=6 motorcycle'],
    ['आरोपियों से 4 चैकबुक बरामद हुईं।', '4 चैकबुक=4 chequebook'],
    ['उसके पास से तीन जरीकेन शराब मिली।', 'तीन जरीकेन=3 jerrycan'],
    ['ब्लॉक की 12 सहकारी समितियों में खाद पहुंची।', '12 सहकारी समितियों=12 cooperative society'],
  ])('reads the unit the figure counts or measures: %s', (text, expected) => {
    expect(show(text)).toEqual([expected]);
  });

  it('refuses zero written as a word without a unit', () => {
    expect(show('कोहरे से दृश्यता शून्य तक गिर गई।')).toEqual([]);
  });
});
