import { describe, expect, it } from 'vitest';
import { mentionsOf } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text).filter((m) => m.kind === 'person').map((m) => m.en);
const places = (text: string): string[] => mentionsOf(text).filter((m) => m.kind === 'place').map((m) => m.en);

describe('people by the shape of Indian names (no gazetteer entry, no title)', () => {
  it.each([
    ['पीठासीन अधिकारी के फैसले पर अनिल मसीह ने सफाई दी।', 'Anil Masih'],
    ['भाजपा के मनोज सोनकर को 16 वोट मिले।', 'Manoj Sonkar'],
    // a given name and one more name word before punctuation or a figure
    ['टॉपर में डीएवी खगौल के हितेश आनंद, संत कैरेंस के छात्र भी हैं।', 'Hitesh Anand'],
    ['कॉमर्स में शिवम डारोलिया 98.4 प्रतिशत के साथ टॉपर हैं।', 'Shivam Daroliya'],
    ['जगदीश देवड़ा और राजेंद्र शुक्ला ने शपथ ली।', 'Jagdish Devda'],
    ['बैठक में विवेक चंद्र यादव भी मौजूद थे।', 'Vivek Chandra Yadav'],
    ['इस बार कल्याण चौबे फिर अध्यक्ष चुने गए।', 'Kalyan Chaubey'],
    // a font converter's misprint of a surname (चैधरी for चौधरी) is that surname
    ['उपचुनाव में महेन्द्र सिंह चैधरी विजयी रहे।', 'Mahendra Singh Chaudhary'],
    ['सुबह विजय शर्मा ने बैठक ली।', 'Vijay Sharma'],
    // a surname then an unlisted surname before a case marker
    ['सुनवाई के बाद राकेश कुमार मेहरोत्रा को सजा सुनाई गई।', 'Rakesh Kumar Mehrotra'],
    // an unlisted first name (not a common word), a surname and a case marker
    ['भारत के लिए तुषार ठाकुर ने सबसे ज्यादा 3 विकेट झटके।', 'Tushar Thakur'],
    ['चीन के लियू युकुन ने स्वर्ण जीता।', 'Liu Yukun'],
    // a side's phrase between the place or team and its player
    ['चीन की ओर से लियू युकुन ने पहला गोल किया।', 'Liu Yukun'],
    ['मुंबई की तरफ से अलीम बिलाल ने 26 वें मिनट में गोल किया।', 'Alim Bilal'],
    // owned by a party or a place, की for a woman
    ['इसरो की सुनीता ने प्रक्षेपण की जानकारी दी।', 'Sunita'],
    ['मुंबई की सुनीता ने स्वर्ण जीता।', 'Sunita'],
    // a place's player beaten in a match: one unlisted word before को and a verb of defeat
    ['सुनील कुमार ने चीन के अजामत को 12-8 से हराकर फाइनल में प्रवेश किया।', 'Ajamat'],
    ['भारत की सिंधु ने जापान की अकाने यामागुची को हराया।', 'Akane Yamaguchi'],
    // a place's resident named after निवासी, up to punctuation or an everyday word
    ['इनमें मुंबई निवासी अनिल सासी, जगपाल सासी शामिल हैं।', 'Anil Sasi'],
    ['बिहार निवासी जोगिंदर सासी शामिल हैं।', 'Joginder Sasi'],
    // a name the lists do not know, or a given name that is also a word, when a closer follows it; a word for a place
    ['पुलिस ने बिहार निवासी मोनू को पकड़ लिया।', 'Monu'],
    ['गिरफ्तार आरोपी की पहचान मुंबई निवासी पंकज के रूप में हुई।', 'Pankaj'],
    ['ग्रामीणों ने बताया कि गांव निवासी नौशेर ने शिकायत की थी।', 'Nausher'],
    // …and with a genitive between the place and निवासी
    ['पुलिस ने बिहार के निवासी मोनू को पकड़ लिया।', 'Monu'],
    // मो. (Mohammad, abbreviated) is an honorific before a name
    ['स्कूल के मो. कमर फारूक 98.6 प्रतिशत लाकर टॉपर हैं।', 'Kamar Farooq'],
    // a respelled given name that folds like an everyday word (टिम, टीम) still starts a name
    ['टिम डेविड ने 40 रन बनाए।', 'Tim David'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it('a first name that is a gazetteer short form, followed by a surname, is another person', () => {
    expect(people('उपमुख्यमंत्री विजय शर्मा ने दौरा किया।')).toEqual(['Vijay Sharma']);
  });

  it('a title plus a surname that is a short form keeps the whole name', () => {
    expect(people('विश्लेषक सौमिल मोदी ने कहा कि बाजार गिरेगा।')).toEqual(['Saumil Modi']);
  });
});

describe('must not find people', () => {
  it.each([
    // the residents of a place in general, with a genitive before निवासी
    'बिहार के निवासी बड़ी संख्या में पहुंचे।',
    'बिहार के निवासी व्यापारी को पकड़ा गया।',
    'किसान कल्याण संगठन ने विराट प्रदर्शन की चेतावनी दी।',
    'यह विजय पूरे देश की है।',
    // a given name before an everyday word and a comma or figure is no name (नगर: a quarter)
    'प्रदीप नगर, मोहन नगर में बिजली गुल रही।',
    'विकास 2024 में तेज होगा।',
    'पुलिस ने आरोपी को पकड़ने के लिए टीम बनाई।',
    'राज्य में हालात गंभीर हैं।',
    'उन्हें मुख्यमंत्री पद की शपथ दिलाई गई।',
    'समारोह में कई मुख्यमंत्री मौजूद रहे।',
    'दोनों नेता उपमुख्यमंत्री बनाए गए हैं।',
    '1,300 उम्मीदवार मैदान में थे।',
    'भाजपा के समर्थन से सरकार बनी।',
    // owned words that are everyday words: never trimmed to a shorter name
    'मुंबई की रक्षा गोपाल ने अंक हासिल किए।',
    'इसरो की टीम ने प्रक्षेपण किया।',
    'बिहार की सरकार ने फैसला लिया।',
    // beaten, but no player: a side or a player named by everyday words
    'भारत ने चीन की टीम को 3-1 से हराया।',
    'भारत ने चीन के तेज गेंदबाज को मात दी।',
    'भारत ने मुंबई के खिलाड़ियों को हराया।',
    // a resident who is no one: an everyday word after निवासी, or a name first and the village after it
    'मुंबई निवासी लोगों ने प्रदर्शन किया।',
    'मुंबई निवासी युवक की मौत हो गई।',
    'मुंबई निवासी बीटेक छात्र की मौत हो गई।',
    // a closer after a person's noun or an everyday word names no one
    'मुंबई निवासी व्यापारी ने शिकायत की।',
    'गांव निवासी ठेकेदार को पकड़ा गया।',
    // a team beaten (an English plural in Devanagari) is no player
    'कबड्डी लीग में मुंबई के पाइरेट्स को 40-30 से हराकर जयपुर ने खिताब जीता।',
    // को without a verb of defeat names no player
    'मुंबई के अजामत को पुरस्कार दिया गया।',
    // टीम (team) folds like the respelled given name टिम: an everyday word is no owned name
    'मैच में टॉस मुंबई की टीम ने ही जीता था।',
    // owned by a body or with की, an epithet or noun is no one: a listed given name or surname is needed
    'इसरो के बाहुबली ने नामांकन भरा।',
    'इसरो के रणनीतिकार ने कहा कि सब ठीक है।',
    'मुंबई की मेजबानी ने दुनिया को प्रभावित किया।',
    'मुंबई की सियासी उठापटक ने सबको चौंकाया।',
    // one unlisted word owned by a place is a body or a nickname, not a person
    'मुंबई के फेड ने ब्याज दरें बढ़ाईं।',
    // after a side's phrase too: everyday words, or one unlisted word
    'मुंबई की ओर से जारी बयान ने विवाद खड़ा किया।',
    'चीन के लिए बड़ी चुनौती ने सबको चौंकाया।',
    'मुंबई की ओर से फेड ने ब्याज दरें बढ़ाईं।',
    // two unlisted words after a side's phrase, with no match said after ने: a weapon, not a player (reviewer)
    'चीन की ओर से जिरकॉन हाइपरसोनिक ने निशाना साधा।',
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('a name before उर्फ is the gang leader named, never the politician the short form may stand for', () => {
    // (was in the table above as no one at all: the leader is a person, "Rahul", and still no Rahul Gandhi)
    expect(people('गिरोह का सरगना राहुल उर्फ कालू फरार है।')).toEqual(['Rahul']);
  });

  it('a person short form that is an everyday word needs the full name in the article', () => {
    expect(people('विराट प्रदर्शन हुआ।')).toEqual([]);
    expect(people('विराट कोहली ने शतक लगाया। विराट ने कहा कि टीम अच्छा खेली।')).toEqual(['Virat Kohli', 'Virat Kohli']);
  });

  it('a place or prize named after a person is not the person', () => {
    expect(people('नरेंद्र मोदी स्टेडियम में मैच हुआ।')).toEqual([]);
    // one adjective may stand before the head; a party named National … after a person is no place
    expect(people('मैच नरेंद्र मोदी नेशनल स्टेडियम में हुआ।')).toEqual([]);
    expect(people('नरेंद्र मोदी नेशनल कॉन्फ्रेंस की आलोचना करते रहे हैं।')).toEqual(['Narendra Modi']);
    expect(people('उपग्रह को नरेंद्र मोदी उपग्रह प्रक्षेपण केंद्र से छोड़ा गया।')).toEqual([]);
    expect(people('सेंट माइकल हाईस्कूल की छात्रा ने टॉप किया।')).toEqual([]);
    expect(people('इंद्रेश हॉस्पिटल में चार मरीज भर्ती हैं।')).toEqual([]);
    // schools named after a person (इंटर कालेज, पब्लिक स्कूल, डिग्री कॉलेज), an honorific before the name too
    expect(people('वे श्री नरेंद्र मोदी इंटर कालेज के प्रबंधक रहे।')).toEqual([]);
    expect(people('नरेंद्र मोदी पब्लिक स्कूल में कार्यक्रम हुआ।')).toEqual([]);
    // (a bare विद्यालय after a name is where the person went)
    expect(people('कार्यक्रम में नरेंद्र मोदी विद्यालय पहुंचे।')).toEqual(['Narendra Modi']);
    // …but one after a school's kind is the school's name; after an honorific too, in initials; a wrestling meet
    expect(people('नरेंद्र मोदी बालिका विद्यालय में कार्यक्रम हुआ।')).toEqual([]);
    expect(people('सर सी.वी. रमन मुख्यमंत्री बालिका उत्कृष्ट विद्यालय की छात्राओं ने अच्छे अंक पाए।')).toEqual([]);
    expect(people('कस्बे में शहीद चंद्रशेखर आजाद दंगल प्रतियोगिता हुई।')).toEqual([]);
    // a college's kind: postgraduate, graduate, women's
    expect(people('नगर के नरेंद्र मोदी राजकीय स्नातकोत्तर महाविद्यालय में चुनाव हुए।')).toEqual([]);
    expect(people('नरेंद्र मोदी महिला महाविद्यालय की छात्राओं ने रैली निकाली।')).toEqual([]);
    expect(people('मरीजों में महंत रामकृपाल हॉस्पिटल में एक भर्ती है।')).toEqual([]);
    // (after an office, not an honorific, the person visits the school; a wrestler's दंगल is a bout: reviewer)
    expect(people('विधायक राजेश कुमार राजकीय इंटर कॉलेज पहुंचे और छात्रों से बात की।')).toContain('Rajesh Kumar');
    expect(people('डीएम अनुज सिंह प्राथमिक विद्यालय का निरीक्षण करने पहुंचे।')).toContain('Anuj Singh');
    // (a rank is no visit: the school is named after the officer)
    expect(people('कैप्टन मनोज पांडेय राजकीय इंटर कॉलेज में वार्षिकोत्सव मनाया गया।')).toEqual([]);
    expect(people('पहलवान सोनू दंगल जीतकर गांव लौटा।')).toContain('Sonu');
    // (a residence ends the name: a road after it is where the person lives, not named after him)
    expect(people('पुलिस ने साजिद और उसके भाई वाजिद निवासी कमला रोड के खिलाफ मुकदमा दर्ज किया।')).toContain('Wajid');
  });

  it('a name ends at निवासी: the resident is the person', () => {
    expect(people('गोदाम मालिक कला कुँआ निवासी रवि प्रकाश ने बताया कि आग से भारी नुकसान हुआ।')).toEqual(['Ravi Prakash']);
  });
});

describe('place variants (config/entities.yaml)', () => {
  it('a country by its official name is the country, and its demonym is no person', () => {
    expect(places('किर्गीज गणराज्य के राष्ट्रपति सूरोनबे जीनबेकोव भारत आए।')).toContain('Kyrgyzstan');
    expect(people('किर्गीज गणराज्य के राष्ट्रपति भारत आए।')).toEqual([]);
  });
});

describe('districts by context', () => {
  it.each([
    ['केरल के मलप्पुरम जिले में निपाह फैला।', 'Malappuram'],
    ['अलीराजपुर जिले में बारिश हुई।', 'Alirajpur'],
    // villages, police-station areas, where someone lives
    ['पुलिस एक अपराधी को पकड़ने लक्ष्मीपुर गांव पहुंची।', 'Lakshmipur'],
    ['पाकुड़ जिले के अमरापाड़ा थाना क्षेत्र में घटना हुई।', 'Amrapara'],
    ['आरोपी राजेश निवासी गोविंदगढ़ को पकड़ा गया।', 'Govindgarh'],
    ['आरोपी के खिलाफ थाना बिहटा में केस दर्ज हुआ।', 'Bihta'],
    // a panchayat's and a panchayat samiti's place, a police outpost's area
    ['पंचायत समिति डग की ग्राम पंचायत कुमठिया में मतदान हुआ।', 'Kumthiya'],
    ['पंचायत समिति सांगोद की बैठक हुई।', 'Sangod'],
    ['रांची के पंडरा ओपी क्षेत्र में हत्या हुई।', 'Pandra'],
    // a development block and a panchayat before their word; a town's quarter and a subdivision after theirs
    ['जिले के कुरसेला विकासखंड में टीकाकरण हुआ।', 'Kursela'],
    ['आग उपमंडल सलूणी की भड़ेला पंचायत में लगी।', 'Saluni'],
    ['आग उपमंडल सलूणी की भड़ेला पंचायत में लगी।', 'Bharela'],
    ['जुलूस मोहल्ला खटीकान से निकला।', 'Khatikan'],
    // constituencies: a name word before a seat phrase
    ['उत्तर प्रदेश की धूपगुड़ी सीट पर सपा जीती।', 'Dhupguri'],
    // a town's market in a mandi report
    ['सरसों का भाव मुलाना मंडी में 5650 रुपये प्रति क्विंटल रहा।', 'Mulana'],
    ['उपचुनाव में डुमरी विधानसभा क्षेत्र से झामुमो जीती।', 'Dumri'],
    ['भाजपा ने बागेश्वर विधानसभा सीट बरकरार रखी।', 'Bageshwar'],
  ])('%s → %s', (text, name) => {
    expect(places(text)).toContain(name);
  });

  it('a known place before निवासी is where the person lives: the word after it is no village', () => {
    expect(places('कार में मुंबई निवासी गुलफाम, उनकी पत्नी हीना सवार थे।')).toEqual(['Mumbai']);
  });

  it.each(['प्रभावित जिलों का दौरा किया।', 'पंजाब के सीमावर्ती जिले में तलाशी हुई।', 'उसी जिले में घटना हुई।', 'जिला अस्पताल में भर्ती कराया।',
    'वह अपने पैतृक गांव लौट आया।', 'पूरे गांव में मातम छा गया।', 'स्थानीय निवासी राकेश ने बताया।', 'पीड़ित के गांव पहुंचे अधिकारी।',
    'ग्राम प्रधान ने शिकायत की।', 'स्मार्ट गांव योजना शुरू हुई।', 'साइबर थाना पुलिस ने केस दर्ज किया।',
    'पंचायत भवन में बैठक हुई।', 'पंचायत स्तर पर काम होगा।', 'समिति बैठक में फैसला हुआ।', 'पंचायत प्रतिनिधि पहुंचे।', 'समिति जांच करेगी।',
    // seats that are no constituency: kinds of seat, a vehicle's seat, a seat belt
    'आरक्षित सीट पर सामान्य वर्ग का उम्मीदवार नहीं लड़ सकता।', 'पार्टी ने अपनी मौजूदा सीट गंवा दी।', 'ट्रेन में स्लीपर सीट नहीं मिली।',
    'ड्राइवर ने सीट बेल्ट नहीं लगाई थी।', 'यह हॉट सीट मानी जा रही है।', 'उस विधानसभा सीट पर कड़ा मुकाबला है।',
    // (a bare सीट names a constituency only after a state's genitive: kinds of seat and courses are none)
    'ट्रेन में उन्हें आरएसी सीट मिली।', 'मेडिकल कॉलेज में पीजी सीट बढ़ाई गईं।', 'पार्टी ने एससी सीट पर नया चेहरा उतारा।',
    'विमान में इकॉनमी सीट का किराया बढ़ा।', 'वह नीट में एमबीबीएस सीट पाने में सफल रहा।',
    // (kinds of market are no towns)
    'सब्जी मंडी में भीड़ रही।', 'अनाज मंडी बंद रही।', 'शहर में नई मंडी खुली।',
    // (kinds of panchayat, and blocks that pave a road, are no places)
    'नगर पंचायत की बैठक में प्रस्ताव पास हुआ।', 'ग्राम पंचायत में चुनाव हुआ।', 'गली में सीसी ब्लॉक लगाए गए।',
    // (a caste council is no place, reviewer)
    'खाप पंचायत ने प्रेमी जोड़े को गांव छोड़ने का फरमान सुनाया।'])(
    'no district in %s',
    (text) => {
      expect(places(text).filter((p) => p !== 'Punjab, India' && p !== 'Punjab')).toEqual([]);
    },
  );
});
