import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

/** Police and district offices of local news: the title, the office's area, then the officer's name. */
const extract = createEntityExtractor(TEST_GAZETTEER, realEntitiesData(), realCommonWords());
const found = (text: string): [string, string, string, string | undefined][] =>
  mentionsOf(text, extract).map((m) => [m.kind, m.text, m.en, m.role]);

describe('officers of local news', () => {
  // [case, sentence, mentions: kind, matched text, English, role]
  it.each([
    ['a deputy superintendent', 'कोतवाली डीएसपी प्रकाश सोय ने बताया कि आरोपी पकड़ा गया।', [['person', 'प्रकाश सोय', 'Prakash Soy', 'Deputy Superintendent of Police']]],
    ['a given name that is also a title (राजकुमार) after a title', 'सिटी एसपी राजकुमार मेहता ने जांच शुरू की।', [['person', 'राजकुमार मेहता', 'Rajkumar Mehta', 'Superintendent of Police']]],
    ['that given name opening a name before a surname', 'राजकुमार मेहता ने कहा कि जांच होगी।', [['person', 'राजकुमार मेहता', 'Rajkumar Mehta', undefined]]],
    ['the office\'s area between the title and the name', 'पुलिस ने एसडीपीओ महेशपुर विजय कुमार के नेतृत्व में टीम बनाई।', [['place', 'महेशपुर', 'Maheshpur', undefined], ['person', 'विजय कुमार', 'Vijay Kumar', 'Sub-divisional Police Officer']]],
    ['the area before an honorific', 'बैठक खंड चिकित्सा अधिकारी बड़ागांव डॉक्टर रुचि साहू की उपस्थिति में हुई।', [['place', 'बड़ागांव', 'Baragaon', undefined], ['person', 'रुचि साहू', 'Ruchi Sahu', 'Doctor']]],
    ['a public prosecutor', 'लोक अभियोजक रमेश तिवारी ने अदालत में पक्ष रखा।', [['person', 'रमेश तिवारी', 'Ramesh Tiwari', 'Public Prosecutor']]],
    // आईजीपी, as Nepal's papers write the IGP, is the title, never the first word of the name (zzh first run)
    ['an inspector general by IGP', 'बैठक में आईजीपी राजू अर्याल ने भाग लिया।', [['person', 'राजू अर्याल', 'Raju Aryal', 'Inspector General of Police']]],
    // a bare अभियोजक is the title, never the first word of the name (was "Abhiyojak …")
    // आईसी, the inspector-in-charge of a police station in Bengal copy, is the title, never the name's first word (zzzw first run)
    ['an inspector-in-charge', 'नगर थाने के आइसी राकेश तमांग ने बताया कि जांच जारी है।', [['person', 'राकेश तमांग', 'Rakesh Tamang', 'Inspector-in-charge']]],
    // टंडन is printed Tandon, राठौड़ Rathore (zzzv, zzzp first runs)
    ['a candidate surnamed Tandon', 'कांग्रेस प्रत्याशी विमल कुमार टण्डन ने नामांकन भरा।', [['person', 'विमल कुमार टण्डन', 'Vimal Kumar Tandon', 'Candidate']]],
    ['a superintendent surnamed Rathore', 'पुलिस अधीक्षक हरीश राठौड़ ने बताया कि जांच होगी।', [['person', 'हरीश राठौड़', 'Harish Rathore', 'Superintendent of Police']]],
    ['a prosecutor', 'अभियोजक रमेश तिवारी ने अदालत में पक्ष रखा।', [['person', 'रमेश तिवारी', 'Ramesh Tiwari', 'Prosecutor']]],
    // a counted title, then the names it counts joined by और (was no one: दो आरोपी read as generic)
    ['two accused named after their count', 'प्रकरण में दो आरोपी संजय और मुकेश को जमानत मिल चुकी है।', [['person', 'संजय', 'Sanjay', 'Accused'], ['person', 'मुकेश', 'Mukesh', undefined]]],
    // the loanword कैप्टन is the title Captain; खोखर/खोकर is a surname (fresh-m: a court's list of the convicted)
    ['a captain by the loanword', 'अदालत ने कैप्टन भागमल को उम्रकैद की सजा सुनाई।', [['person', 'भागमल', 'Bhagmal', 'Captain']]],
    ['a councillor with an everyday given name and the surname Khokhar', 'पूर्व पार्षद बलवान खोखर को सजा हुई।', [['person', 'बलवान खोखर', 'Balwan Khokhar', 'Former Councillor']]],
    // a head constable as MP copy writes it, spaced or glued; an assistant sub-inspector spelled out (zzr first run)
    ['a head constable, glued', 'मौके पर प्रधानारक्षक दिनेश भी मौजूद थे।', [['person', 'दिनेश', 'Dinesh', 'Head constable']]],
    // (a team is no part of the name: टीम folds like the name टिम, Tim)
    ['a head constable before his team', 'प्रधानारक्षक दिनेश यातायात टीम द्वारा चालान काटे गए।', [['person', 'दिनेश', 'Dinesh', 'Head constable']]],
    ['a head constable, spaced', 'प्रधान आरक्षक सुभाष परमार ने बताया।', [['person', 'सुभाष परमार', 'Subhash Parmar', 'Head constable']]],
    ['an assistant sub-inspector', 'सहायक उप निरीक्षक रमेश यादव ने बताया।', [['person', 'रमेश यादव', 'Ramesh Yadav', 'Assistant sub-inspector']]],
    // railway and fire officers of accident reports
    ['a railway spokesman', 'सीपीआरओ ओम प्रकाश ने बताया कि 18 कोच पटरी से उतरे।', [['person', 'ओम प्रकाश', 'Om Prakash', 'Chief Public Relations Officer']]],
    ['a divisional railway manager', 'डीआरएम आरएन सिंह ने बताया कि कोच एस-5 प्रभावित हुआ।', [['person', 'आरएन सिंह', 'RN Singh', 'Divisional Railway Manager']]],
    ['a chief fire officer', 'मुख्य अग्निशमन अधिकारी अजय शर्मा ने कहा कि आग बुझा दी गई।', [['person', 'अजय शर्मा', 'Ajay Sharma', 'Chief Fire Officer']]],
    ['an outpost in-charge', 'चौकी प्रभारी राकेश यादव मौके पर पहुंचे।', [['person', 'राकेश यादव', 'Rakesh Yadav', 'Outpost in-charge']]],
    // a town inspector, the station's head in Madhya Pradesh (was "TI …" as part of the name)
    ['a town inspector', 'टीआई राकेश यादव ने चालान काटे।', [['person', 'राकेश यादव', 'Rakesh Yadav', 'Town Inspector']]],
  ] as [string, string, [string, string, string, string | undefined][]][])('%s', (_name, sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });
});
