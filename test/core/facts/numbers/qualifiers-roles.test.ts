import { describe, expect, it } from 'vitest';
import type { NumberQualifier, NumberRole } from '../../../../src/core/types.js';
import { numbersIn } from './extract.js';

type Row = [sentence: string, text: string, value: number, unit: string | null, qualifier: NumberQualifier, role?: NumberRole | null, end?: number];

/** Each row: a sentence, the exact text of one quantity, its value, unit, qualifier, role and range end. */
const rows: Row[] = [
  // qualifiers before the number
  ['बाढ़ में करीब 400 करोड़ रुपये का नुकसान हुआ।', 'करीब 400 करोड़ रुपये', 4000000000, 'rupee', 'about'],
  ['मेले में लगभग 5000 लोग पहुंचे।', 'लगभग 5000 लोग', 5000, 'person', 'about'],
  ['तकरीबन 30 गांव पानी में डूब गए।', 'तकरीबन 30 गांव', 30, 'village', 'about'],
  ['हादसे में कम से कम 9 लोगों की मौत हो गई।', 'कम से कम 9 लोगों', 9, 'person', 'at least', 'killed'],
  ['इस अपराध में अधिकतम 7 साल की सजा है।', 'अधिकतम 7 साल', 7, 'year', 'up to'],
  ['उत्तर कोरिया ने कई सौ तोपों के गोले दागे।', 'कई सौ तोपों के गोले', 100, 'shell', 'vague'],
  // qualifiers after the number or its noun
  ['बाढ़ से 100 से अधिक गांव प्रभावित हुए।', '100 से अधिक गांव', 100, 'village', 'more than', 'affected'],
  ['रैली में 50 हजार से ज्यादा लोग पहुंचे।', '50 हजार से ज्यादा लोग', 50000, 'person', 'more than'],
  ['सेंसेक्स 1,200 अंकों से ज़्यादा टूट गया।', '1,200 अंकों से ज़्यादा', 1200, 'point', 'more than'],
  ['इस बार 10 फीसदी से कम मतदान हुआ।', '10 फीसदी से कम', 10, 'percent', 'less than'],
  ['निफ्टी 22,000 के नीचे आ गया।', '22,000 के नीचे', 22000, 'point', 'less than'],
  ['सेंसेक्स 446.21 अंक बढ़कर 85,632.68 पर बंद हुआ।', '85,632.68', 85632.68, 'point', 'exact'],
  ['कम से कम 9 लोगों की मौत हो गई और एक व्यक्ति गंभीर रूप से घायल है।', 'एक व्यक्ति', 1, 'person', 'exact', 'injured'],
  ['हादसे में 8 की मौत हो गई।', '8', 8, 'person', 'exact', 'killed'],
  ['सभी 22 लोगों की मौके पर ही मौत हो गई।', '22 लोगों', 22, 'person', 'exact', 'killed'],
  ['देश के आधा दर्जन राज्यों में अलर्ट है।', 'आधा दर्जन राज्यों', 6, 'state', 'exact'],
  ['वह दो-दिवसीय शिखर सम्मेलन में हैं।', 'दो-दिवसीय', 2, 'day', 'exact'],
  ['कोहली 56 रन बनाकर नाबाद रहे, पंत नाबाद 34 पर खेल रहे थे।', '34', 34, 'run', 'exact'],
  ['टीम 15.5 ओवर में 123 के स्कोर पर ऑल आउट हो गई।', '123 के स्कोर', 123, 'run', 'exact'],
  ['सेना ने 30000 के करीब सैनिक भेजे।', '30000 के करीब सैनिक', 30000, 'soldier', 'about'],
  ['इस अपराध में 7 साल तक की सजा हो सकती है।', '7 साल तक की', 7, 'year', 'up to'],
  ['योजना में 5 लाख रुपये तक का इलाज मुफ्त है।', '5 लाख रुपये तक का', 500000, 'rupee', 'up to'],
  // तक of reaching or lasting is the value itself, outside the span
  ['तापमान 45 डिग्री सेल्सियस तक पहुंच गया।', '45 डिग्री सेल्सियस', 45, 'degree Celsius', 'exact'],
  ['यान ने 15 मिनट तक अंतरिक्ष में यात्रा की।', '15 मिनट', 15, 'minute', 'exact'],
  ['सेंसेक्स 30,024.74 अंक तक गया था।', '30,024.74 अंक', 30024.74, 'point', 'exact'],
  ['कुल 12 लोग घायल हुए।', '12 लोग', 12, 'person', 'exact', 'injured'],
  // ranges
  ['महंगाई दर 4 से 6 प्रतिशत रहने का अनुमान है।', '4 से 6 प्रतिशत', 4, 'percent', 'range', null, 6],
  ['मरम्मत में दो-तीन दिन लगेंगे।', 'दो-तीन दिन', 2, 'day', 'range', null, 3],
  ['हादसे में 10-12 लोगों की मौत की आशंका है।', '10-12 लोगों', 10, 'person', 'range', 'killed', 12],
  ['घर की कीमत दो से तीन लाख रुपये है।', 'दो से तीन लाख रुपये', 200000, 'rupee', 'range', null, 300000],
  ['परियोजना पर 4 से 5 करोड़ रुपये खर्च होंगे।', '4 से 5 करोड़ रुपये', 40000000, 'rupee', 'range', null, 50000000],
  ['5 या 6 विकेट गिरने के बाद मैच पलट गया।', '5 या 6 विकेट', 5, 'wicket', 'range', null, 6],
  ['टीम 10-12 रन और बनाती तो सीरीज 3-2 हो जाती।', '10-12 रन', 10, 'run', 'range', null, 12],
  // vague plurals: the order of magnitude, never "about"
  ['राहत शिविरों में हजारों लोग रह रहे हैं।', 'हजारों लोग', 1000, 'person', 'vague'],
  ['मलबे से सैकड़ों शव निकाले गए।', 'सैकड़ों शव', 100, 'person', 'vague', 'killed'],
  ['बाढ़ से लाखों लोग प्रभावित हुए।', 'लाखों लोग', 100000, 'person', 'vague', 'affected'],
  ['दर्जनों गाड़ियां जलकर राख हो गईं।', 'दर्जनों गाड़ियां', 12, 'vehicle', 'vague'],
  ['घोटाले में करोड़ों रुपये का गबन हुआ।', 'करोड़ों रुपये', 10000000, 'rupee', 'vague'],
  ['मंत्रालय को हजारों करोड़ रुपये का आवंटन मिला।', 'हजारों करोड़ रुपये', 10000000000, 'rupee', 'vague'],
  ['बाढ़ से लाखों की जिंदगी प्रभावित हुई।', 'लाखों की जिंदगी', 100000, 'person', 'vague', 'affected'],
  // Indian scale, mixed forms, foreign scales, Devanagari digits
  ['बजट का आकार 18 लाख करोड़ रुपये है।', '18 लाख करोड़ रुपये', 18000000000000, 'rupee', 'exact'],
  ['योजना पर दो लाख 35 हजार करोड़ रुपये खर्च होंगे।', 'दो लाख 35 हजार करोड़ रुपये', 2350000000000, 'rupee', 'exact'],
  ['जिले में 4 लाख 12 हजार 305 मतदाता हैं।', '4 लाख 12 हजार 305 मतदाता', 412305, 'voter', 'exact'],
  ['सरकार का कर्ज 8.5 लाख करोड़ रुपये पहुंचा।', '8.5 लाख करोड़ रुपये', 8500000000000, 'rupee', 'exact'],
  ['कंपनी ने ₹1,480Cr का निवेश किया।', '₹1,480Cr', 14800000000, 'rupee', 'exact'],
  ['राज्य को ₹500 करोड़ का पैकेज मिला।', '₹500 करोड़', 5000000000, 'rupee', 'exact'],
  ['कंपनी ने 36.2 करोड़ डॉलर जुटाए।', '36.2 करोड़ डॉलर', 362000000, 'dollar', 'exact'],
  ['भारत ने 5 अरब डॉलर का कर्ज दिया।', '5 अरब डॉलर', 5000000000, 'dollar', 'exact'],
  ['सौदा 2.5 बिलियन डॉलर का है।', '2.5 बिलियन डॉलर', 2500000000, 'dollar', 'exact'],
  ['ऐप के 10 मिलियन यूजर्स हैं।', '10 मिलियन यूजर्स', 10000000, 'user', 'exact'],
  ['रैली में १२,५०० लोग पहुंचे।', '१२,५०० लोग', 12500, 'person', 'exact'],
  ['धावकों ने 5km की दौड़ लगाई।', '5km', 5, 'km', 'exact'],
  // magnitudes and temperatures
  ['नेपाल में 6.2 तीव्रता का भूकंप आया।', '6.2 तीव्रता', 6.2, 'magnitude', 'exact'],
  ['भूकंप की तीव्रता रिक्टर स्केल पर 5.4 मापी गई।', '5.4', 5.4, 'magnitude', 'exact'],
  ['दिल्ली का तापमान 45°C पहुंचा।', '45°C', 45, 'degree Celsius', 'exact'],
  // roles
  ['हादसे में 9 लोगों की मौत हो गई।', '9 लोगों', 9, 'person', 'exact', 'killed'],
  ['हमले में 50 लोग मारे गए।', '50 लोग', 50, 'person', 'exact', 'killed'],
  ['आग में 5 लोगों की जान चली गई।', '5 लोगों', 5, 'person', 'exact', 'killed'],
  ['हादसे में 31 लोग घायल हुए।', '31 लोग', 31, 'person', 'exact', 'injured'],
  ['हादसे में 9 घायल हुए हैं।', '9 घायल', 9, 'person', 'exact', 'injured'],
  ['भूस्खलन के बाद 300 से ज्यादा लोग अब भी लापता हैं।', '300 से ज्यादा लोग', 300, 'person', 'more than', 'missing'],
  ['पुलिस ने 23 आरोपियों को गिरफ्तार किया।', '23 आरोपियों', 23, 'accused', 'exact', 'arrested'],
  ['एनडीआरएफ ने 40 लोगों को सुरक्षित निकाला।', '40 लोगों', 40, 'person', 'exact', 'rescued'],
  ['टीम ने 12 बच्चों को बचाया।', '12 बच्चों', 12, 'child', 'exact', 'rescued'],
  ['मुठभेड़ में तीन आतंकी ढेर हो गए।', 'तीन आतंकी', 3, 'militant', 'exact', 'killed'],
  ['नेपाल में मरने वालों की संख्या 8635 हो गई।', '8635', 8635, 'person', 'exact', 'killed'],
  ['मृतकों की संख्या बढ़कर 15 हो गई है।', '15', 15, 'person', 'exact', 'killed'],
  ['89 विदेशियों समेत 300 से अधिक लोग अब भी लापता हैं।', '89 विदेशियों', 89, 'person', 'exact', 'missing'],
  ['करीब 240 नेपाली नागरिक और 89 विदेशी अब भी लापता हैं।', 'करीब 240 नेपाली नागरिक', 240, 'person', 'about', 'missing'],
  ['49 भारतीयों समेत कम से कम 79 विदेशी मारे गए।', '49 भारतीयों', 49, 'person', 'exact', 'killed'],
  ['ऐसे लोगों में 851 भारतीय भी हैं।', '851 भारतीय', 851, 'person', 'exact', null],
  // no role where the phrase does not say one
  ['अदालत ने उसे 10 साल की सजा सुनाई।', '10 साल', 10, 'year', 'exact', null],
  ['पीड़ितों को 5 लाख रुपये का मुआवजा मिलेगा।', '5 लाख रुपये', 500000, 'rupee', 'exact', null],
  ['10 गांवों में 5 लोगों की मौत हुई।', '10 गांवों', 10, 'village', 'exact', null],
];

describe('number qualifier, range end and role', () => {
  it.each(rows)('%s → %s', (sentence, text, value, unit, qualifier, role, end) => {
    const facts = numbersIn(sentence);
    const fact = facts.find((f) => f.text === text);
    expect(fact, `found: ${JSON.stringify(facts.map((f) => f.text))}`).toBeDefined();
    if (fact === undefined) return;
    expect(sentence.slice(fact.span.start, fact.span.end)).toBe(text);
    expect([fact.value, fact.unit, fact.qualifier]).toEqual([value, unit, qualifier]);
    expect(fact.approx).toBe(qualifier !== 'exact');
    if (role !== undefined) expect(fact.role ?? null).toBe(role);
    expect(fact.end).toBe(end);
  });
});
