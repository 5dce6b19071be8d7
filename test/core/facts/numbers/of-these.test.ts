import { describe, expect, it } from 'vitest';
import { extractor, numbersIn } from './extract.js';

/** Facts as [text, value, unit, role] (role null when none). */
const show = (text: string) => numbersIn(text).map((f) => [f.text, f.value, f.unit, f.role ?? null]);

describe('"of these": a bare figure counts what the figure before it counted', () => {
  it.each([
    ['हादसे में 12 लोग घायल हुए, जिनमें से 3 की हालत गंभीर है।', [['12 लोग', 12, 'person', 'injured'], ['3', 3, 'person', null]]],
    ['हादसे में 12 लोग घायल हुए, जिनमें से 3 की मौत हो गई।', [['12 लोग', 12, 'person', 'injured'], ['3', 3, 'person', 'killed']]],
    ['परीक्षा में 40 छात्र बैठे थे, इनमें 25 पास हुए।', [['40 छात्र', 40, 'student', null], ['25', 25, 'student', null]]],
    // a noun before a locative after the figure is where the part is (30 hospitals would be अस्पतालों में)
    ['मरीजों की संख्या बढ़कर 245 हो गई है, जिनमें से 30 अस्पताल में भर्ती हैं।', [['245', 245, 'patient', null], ['30', 30, 'patient', null]]],
    // (a noun in the oblique plural is counted: 10 districts)
    ['राज्य के 40 जिलों में बारिश हुई, जिनमें से 10 जिलों में बाढ़ आई।', [['40 जिलों', 40, 'district', null], ['10 जिलों', 10, 'district', null]]],
    // (a span of time before the locative is when, not where: it keeps its unit)
    ['जिले में 200 नए मामले सामने आए, इनमें 24 घंटे में 50 मामले दर्ज हुए।', [['200 नए मामले', 200, 'case', null], ['24 घंटे', 24, 'hour', null], ['50 मामले', 50, 'case', null]]],
    ['300 मजदूर लौटे, जिनमें से 20 साल में पहली बार घर पहुंचे।', [['300 मजदूर', 300, 'worker', null], ['20 साल', 20, 'year', null]]],
    ['40 मरीज भर्ती हुए, जिनमें से 5 दिन में ठीक होकर घर लौटे।', [['40 मरीज', 40, 'patient', null], ['5 दिन', 5, 'day', null]]],
    // a noun before द्वारा after the figure is who did it, whatever its ending (was "3,000 cameras")
    ['विभाग रोज 4,500 चालान काटता है, जिनमें से 3,000 सीसीटीवी कैमरों द्वारा काटे जाते हैं।', [['4,500 चालान', 4500, 'challan', null], ['3,000', 3000, 'challan', null]]],
    ['120 लोग घायल हुए, जिनमें से 40 डॉक्टरों के द्वारा रेफर किए गए।', [['120 लोग', 120, 'person', 'injured'], ['40', 40, 'person', null]]],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('a counted whole said "of which" (N <noun> में से): a bare figure after an owner\'s ने or को is a part of it', () => {
  it.each([
    ['विधानसभा की 199 सीटों में से भाजपा ने 115, कांग्रेस को 68 और बसपा ने दो सीटें जीतीं।', [['199 सीटों', 199, 'seat', null], ['115', 115, 'seat', null], ['68', 68, 'seat', null], ['दो सीटें', 2, 'seat', null]]],
    // (no counted noun closes the list: the parts take the whole's)
    ['विधानसभा की 90 सीटों में से भाजपा ने 54, कांग्रेस ने 35 और अन्य ने एक पर जीत दर्ज की।', [['90 सीटों', 90, 'seat', null], ['54', 54, 'seat', null], ['35', 35, 'seat', null]]],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('"of these" at the start of a sentence counts what the sentence before counted', () => {
  const after = (first: string, second: string) =>
    extractor({ index: 1, text: second, paragraph: 0 }, [], undefined, [], extractor({ index: 0, text: first, paragraph: 0 }, []))
      .map((f) => [f.text, f.value, f.unit]);
  it.each([
    ['परीक्षा 11 लाख 92 हजार 961 छात्रों ने दी थी।', 'इनमें से 10 लाख 59 हजार 80 पास हुए।', [['10 लाख 59 हजार 80', 1059080, 'student']]],
    ['हादसे में 12 लोग घायल हुए।', 'इनमें से 3 की हालत गंभीर है।', [['3', 3, 'person']]],
    // no "of these": the bare figure stays without a unit (and alone, unread); (a count before what befalls people,
    // `बाद में 3 की हालत गंभीर हुई`, counts people by its own phrase: qualifiers-roles.test.ts)
    ['हादसे में 12 लोग घायल हुए।', 'बाद में 3 वापस आए।', []],
    // the sentence before counted days only
    ['पिछले 10 दिनों से बारिश हो रही है।', 'इनमें से 3 की हालत गंभीर है।', []],
    // the sentence before counted two kinds of things: no set
    ['हादसे में 5 लोगों की मौत हो गई और 4 वाहन जब्त किए गए।', 'इनमें से 2 की पहचान हो गई है।', []],
  ])('%s | %s', (first, second, expected) => {
    expect(after(first, second)).toEqual(expected);
  });
});

describe('a bare decimal after a percentage in its sentence is a percentage', () => {
  it.each([
    ['जौरा में 70.65 प्रतिशत मतदान हुआ, जिसमें पुरूष मतदाताओं ने 71.74 एवं महिला मतदाताओं ने 69.37 मतदान किया।', [['70.65 प्रतिशत', 70.65, 'percent', null], ['71.74', 71.74, 'percent', null], ['69.37', 69.37, 'percent', null]]],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});
