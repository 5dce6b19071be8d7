import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import type { EntityKind } from '../../../../src/core/types.js';
import { mentionsOf, realCommonWords, realEntitiesData, realExtractor, TEST_GAZETTEER } from './fixtures.js';

/** The test gazetteer plus a city that is also a surname and a place named after a person. */
const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  people: [
    ...TEST_GAZETTEER.people,
    { en: 'Ajit Pawar', hi: ['अजित पवार'], latin: [], short: ['पवार'], country: 'India' },
    { en: 'Dilip Kumar', hi: ['दिलीप कुमार'], latin: [], short: [], country: 'India' },
  ],
  places: [
    ...TEST_GAZETTEER.places,
    { en: 'The Hague', hi: ['द हेग', 'हेग'], latin: [], short: [], type: 'city', country: 'Netherlands' },
    { en: 'Satish Dhawan Space Centre', hi: ['सतीश धवन अंतरिक्ष केंद्र'], latin: [], short: [], type: 'spaceport', country: 'India' },
  ],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
type Found = { en: string; kind: EntityKind; text: string };
const found = (text: string): Found[] => mentionsOf(text, extract).map((m) => ({ en: m.en, kind: m.kind, text: m.text }));

describe('names without a title cue', () => {
  it.each([
    // coordinated with a titled or known person
    ['मंत्री राम प्रसाद और हरिओम यादव ने उद्घाटन किया।', 'Hariom Yadav', 'हरिओम यादव'],
    ['हरिओम यादव, धनपत चौरसिया और मंत्री राम प्रसाद ने उद्घाटन किया।', 'Dhanpat Chaurasia', 'धनपत चौरसिया'],
    ['हरिओम यादव, धनपत चौरसिया और मंत्री राम प्रसाद ने उद्घाटन किया।', 'Hariom Yadav', 'हरिओम यादव'],
    // in a list of names (two people linked before it) any item of name words that are no everyday words, when a
    // name closes the list after it
    ['धरने पर पार्षद महेश वर्मा, दिनेश गुप्ता, रुखसाना, बिट्टन, कमलेश यादव आदि बैठे।', 'Rukhsana', 'रुखसाना'],
    ['धरने पर पार्षद महेश वर्मा, दिनेश गुप्ता, रुखसाना, बिट्टन, कमलेश यादव आदि बैठे।', 'Bittan', 'बिट्टन'],
    ['पकड़े गए आरोपियों में सोनू यादव, मोनू यादव, जुम्मन पासी और राजेश यादव शामिल हैं।', 'Jumman Pasi', 'जुम्मन पासी'],
    // between two people (one before, one closing the list), a given name that is also a word
    ['इस मौके पर सुरेश शर्मा, पंकज और मोहन लाल मौजूद रहे।', 'Pankaj', 'पंकज'],
    // surnames of every region (was cut: हरिनाथ सिंह; or missed)
    ['सभा में विधायक हरिनाथ सिंह मालवीय भी पहुंचे।', 'Harinath Singh Malviya', 'हरिनाथ सिंह मालवीय'],
    ['रैली को गिरिजाशंकर कटारिया ने संबोधित किया।', 'Girijashankar Kataria', 'गिरिजाशंकर कटारिया'],
    // a bracketed aside after each item (a goal's minute, a district) does not break the list
    ['शमशेर सिंह (18वां), नीलाकांता शर्मा (22वां) और मनदीप सिंह (27वां) ने गोल किए।', 'Nilakanta Sharma', 'नीलाकांता शर्मा'],
    ['टॉपर में रमेश कुमार (पटना), हरकीरत कौर (बरनाला) शामिल हैं।', 'Harkirat Kaur', 'हरकीरत कौर'],
    // a listed surname that is an everyday word too (साह, गोप) stays in the name
    ['पंडाल में हरीश साह, मुकेश कुमार साह तथा कोषाध्यक्ष नवीन जोशी ने पूजा की।', 'Harish Sah', 'हरीश साह'],
    ['पंडाल में हरीश साह, मुकेश कुमार साह तथा कोषाध्यक्ष नवीन जोशी ने पूजा की।', 'Mukesh Kumar Sah', 'मुकेश कुमार साह'],
    ['मैच में मोहल्ले के नितिन गोप ने दो गोल किए।', 'Nitin Gop', 'नितिन गोप'],
    // common surnames the word list also knows as words (मीना, रजक, सहाय)
    ['जांच अधिकारी गोविंदराम मीना ने बताया कि आरोपी फरार है।', 'Govindram Meena', 'गोविंदराम मीना'],
    ['तालाब में डूबने से गांव के मुन्ना रजक की मौत हो गई।', 'Munna Rajak', 'मुन्ना रजक'],
    ['पुलिस ने नफीस हाशमी को गिरफ्तार किया।', 'Nafis Hashmi', 'नफीस हाशमी'],
    ['गांव के शाहिद उस्मानी की दुकान में आग लगी।', 'Shahid Usmani', 'शाहिद उस्मानी'],
    // a given name that is also a person's noun (बालक, boy) before a name part stays a given name (reviewer)
    ['पूर्व विधायक बालक राम ने बताया कि सड़क बनेगी।', 'Balak Ram', 'बालक राम'],
    // a titled person closes the list too
    ['शव यात्रा में वरूण तेवतिया, बलजीत कौशिक, जुम्मन बगगा, पूर्व पार्षद ओमप्रकाश शर्मा मौजूद रहे।', 'Jumman Bagga', 'जुम्मन बगगा'],
    // one word, a listed given name that is no everyday word
    ['धरने पर सभासद नरेश भारती, इकराम और राजेश बैठे।', 'Ikram', 'इकराम'],
    // a surname in the middle: an unlisted first word, सिंह and a last word where the name ends
    ['शपथ लेने वाले मंत्री- 1-प्रदुम्न सिंह तोमर 2-एदल सिंह कसाना 3-विजय शाह', 'Edal Singh Kasana', 'एदल सिंह कसाना'],
    ['शपथ लेने वाले मंत्री- 1-प्रदुम्न सिंह तोमर 2-एदल सिंह कसाना 3-विजय शाह', 'Pradumna Singh Tomar', 'प्रदुम्न सिंह तोमर'],
    // a known full name ending in a middle name (कुमार), then a listed surname where the name ends: someone else
    ['थानाध्यक्ष दिलीप कुमार खरवार ने कहा कि जांच होगी।', 'Dilip Kumar Kharwar', 'दिलीप कुमार खरवार'],
    // a given name that is also an everyday word, before a surname that is none and a case marker
    ['10वीं में सिंगरौली की प्रज्ञा जायसवाल ने टॉप किया है।', 'Pragya Jaiswal', 'प्रज्ञा जायसवाल'],
    // a given name and a middle surname before a known person's surname: that person, spelled with व for ब
    ['बैठक में बलवीर सिंह पवार मौजूद थे।', 'Balvir Singh Pawar', 'बलवीर सिंह पवार'],
    // a given name the word list knows as a word (कौशल, skill) before a middle name and a surname
    ['रामपुरा निवासी कौशल राम त्रिपाठी ने थाने में आवेदन दिया।', 'Kaushal Ram Tripathi', 'कौशल राम त्रिपाठी'],
    // an everyday word that is half of a given name after a title stays in the name (दया, mercy: Daya Shankar; review)
    ['पटना में विधायक दया शंकर वर्मा ने बैठक की।', 'Daya Shankar Verma', 'दया शंकर वर्मा'],
    // initials glued by full stops, the first of them जी (also the particle ji)
    ['इस मौके पर जी.पी. वर्मा, रमेश तिवारी मौजूद रहे।', 'G. P. Verma', 'जी.पी. वर्मा'],
    // sport: runs, wickets, goals
    ['सुधीर वर्मा ने 45 रन बनाए।', 'Sudhir Verma', 'सुधीर वर्मा'],
    // one word before a cue with a figure is the doer
    ['तिलक ने 45 रन बनाए।', 'Tilak', 'तिलक'],
    ['भारत के लिए पहला गोल अभिषेक ने 20वें मिनट में किया।', 'Abhishek', 'अभिषेक'],
    // the ordinal's ending written apart from its figure
    ['दूसरा गोल अफनान यूसुफ ने 23 वें मिनट में किया।', 'Afnan Yusuf', 'अफनान यूसुफ'],
    ['टीम के लिए मनदीप ने 12 वें मिनट में गोल दागा।', 'Mandeep', 'मनदीप'],
    ['जावद से सकलेचा ने 2364 मतों से जीत दर्ज की।', 'Saklecha', 'सकलेचा'],
    ['गोवा को 14वें मिनट में अलबर्टो नोगुएरा ने बढत दिलाई।', 'Alberto Noguera', 'अलबर्टो नोगुएरा'],
    ['कुलदीप यादव के 3 विकेट से टीम जीती।', 'Kuldeep Yadav', 'कुलदीप यादव'],
    ['सुनील छेत्री ने गोल दागा।', 'Sunil Chhetri', 'सुनील छेत्री'],
    // age in a report: `<name> उम्र N`
    ['मृतकों की पहचान गडग्राम के यासिर अहमद उम्र 20 वर्ष के रूप में हुई।', 'Yasir Ahmed', 'यासिर अहमद'],
    ['सुली-कुमाते के खालिद अहमद परिहार उम्र 12 वर्ष का शव मिला।', 'Khalid Ahmed Parihar', 'खालिद अहमद परिहार'],
    // kinship nouns mark a name, after a possessive or determiner too
    ['अजित पवार की पत्नी सुनेत्रा पवार शपथ लेंगी।', 'Sunetra Pawar', 'सुनेत्रा पवार'],
    ['उनके बड़े बेटे पार्थ पवार को राज्यसभा भेजा जा रहा है।', 'Parth Pawar', 'पार्थ पवार'],
    // a city right after a trusted given name is the surname
    ['विलियम हेग ने कहा कि बातचीत होगी।', 'William Hague', 'विलियम हेग'],
    // a scorecard entry: a name before a bracketed score in a cricket sentence
    ['श्रीलंका की तरफ से कुसल परेरा (122) और सदीरा समरविक्रमा (108) ने शतकीय पारी खेली।', 'Sadeera Samarawickrama', 'सदीरा समरविक्रमा'],
    ['श्रीलंका की तरफ से कुसल परेरा (122) ने शतकीय पारी खेली।', 'Kusal Perera', 'कुसल परेरा'],
    ['सदीरा समरविक्रमा (108*) ने शतकीय पारी खेली।', 'Sadeera Samarawickrama', 'सदीरा समरविक्रमा'],
    // an age in brackets after a name, outside cricket
    ['हादसे में अनीश शर्मा (35) और गजाधर शर्मा (60) की मौत हो गई।', 'Gajadhar Sharma', 'गजाधर शर्मा'],
    // a name before उर्फ (alias), a given name that is an everyday word too, whatever word the alias is
    ['पुलिस ने बुधवार को प्रकाश उर्फ टिंकू को गिरफ्तार किया।', 'Prakash', 'प्रकाश'],
    ['चोरी में शामिल सुनीता उर्फ गुड्डी फरार है।', 'Sunita', 'सुनीता'],
    // the age's word of years inside the bracket
    ['हादसे में रतन मरकाम (24 वर्ष) और भोला लाल (65 साल) की मौत हो गई।', 'Ratan Markam', 'रतन मरकाम'],
    ['हादसे में घायल राजेश (35) को अस्पताल भेजा गया।', 'Rajesh', 'राजेश'],
    // … a given name that is also a word too: घायल (injured) is no part of the name
    ['हादसे में घायल सीमा (22) को अस्पताल भेजा गया।', 'Seema', 'सीमा'],
    // … the word after गांव before it is the village, not the name's (a helper judged a village glued to a name wrong)
    ['हादसे में गांव नवलखेड़ी सोहन चौहान (30) पुत्र रमेश चौहान की मौत हो गई।', 'Sohan Chauhan', 'सोहन चौहान'],
    ['हादसे में गांव नवलखेड़ी सोहन (30) घायल हो गया।', 'Sohan', 'सोहन'],
    // a scorer's minute in brackets in a goal report
    ['आस्ट्रेलिया के लिये नाथन इफारम्स (21वें) और टॉम क्रेग (41वें) ने गोल किए।', 'Tom Craig', 'टॉम क्रेग'],
    // …one word will do, a given name that is a word too; several minutes, मिनट, an ending written apart
    ['हरियाणा के लिए दीपक कुमार (12वें), रवि (27वें) और पंकज (45वें मिनट) ने गोल दागे।', 'Ravi', 'रवि'],
    ['हरियाणा के लिए दीपक कुमार (12वें), रवि (27वें) और पंकज (45वें मिनट) ने गोल दागे।', 'Pankaj', 'पंकज'],
    ['इसके बाद सुंदरपंडी (50वें, 58वें) और सरवण कुमार (54 वें) ने गोल किए।', 'Sundarpandi', 'सुंदरपंडी'],
    ['इसके बाद सुंदरपंडी (50वें, 58वें) और सरवण कुमार (54 वें) ने गोल किए।', 'Sarvan Kumar', 'सरवण कुमार'],
    // whose goal it was: `<name> के गोल`, `<name> के 2 गोल`
    ['मैच के 14वें मिनट में शबीब अल खालिदी के गोल से कुवैत आगे हुआ।', 'Shabib Al Khalidi', 'शबीब अल खालिदी'],
    ['लालिअनजुआला चेंगटे के 2 गोल से भारत जीता।', 'Lalianjuala Chengte', 'लालिअनजुआला चेंगटे'],
    // the minute of a goal
    ['एफसी गोवा के लिए इगोर एंगुलो ने 20वें मिनट में पेनल्टी पर गोल किया।', 'Igor Angulo', 'इगोर एंगुलो'],
    // the surname राय is printed Rai, not Ray
    ['अवधेश राय ने कहा कि फैसला आया।', 'Awadhesh Rai', 'अवधेश राय'],
    // a residence word ends '<word> <surname>' (टिंकू वर्मा निवासी …)
    ['मामले में टिंकू वर्मा निवासी रामपुर ने शिकायत दी।', 'Tinku Verma', 'टिंकू वर्मा'],
    // an unlisted word and a surname before की (folded like the tokens: की reads as कि)
    ['पालिकाध्यक्ष मानमल शर्मा की अध्यक्षता में बैठक होगी।', 'Manmal Sharma', 'मानमल शर्मा'],
    ['कांग्रेस के मम्मन खान की सबसे ज्यादा अंतर से जीत हुई।', 'Mamman Khan', 'मम्मन खान'],
    // a kinship word between two names in police copy: the words before it are a person too
    ['पुलिस ने रमेश पुत्र श्याम लाल निवासी गांव बरौली को गिरफ्तार किया।', 'Ramesh', 'रमेश'],
    // unlisted names before a kinship word: a record only with the relative's residence after
    ['आरोपी की पहचान जसमेर डोगरा पुत्र सुखदेव निवासी ग्राम खेड़ा के रूप में हुई है।', 'Jasmer Dogra', 'जसमेर डोगरा'],
    ['शिकायत रीना पत्नी राकेश कुमार ने दी।', 'Reena', 'रीना'],
    // a friend's name after दोस्त, as a relative's after a kinship word
    ['पुलिस ने आरोपी के दोस्त नौशाद को भी पकड़ा है।', 'Naushad', 'नौशाद'],
    // the late father's name after स्व. (an abbreviation: the sentence goes on)
    ['सोनू पुत्र स्व. रामपाल निवासी ग्राम ककराला ने तहरीर दी।', 'Sonu', 'सोनू'],
    ['सोनू पुत्र स्वर्गीय रामपाल ने तहरीर दी।', 'Rampal', 'रामपाल'],
    // the relative's name ends at the residence, the lists need not know it
    ['अभियोजन अधिकारी ने बताया कि मोनू पुत्र हरपाल निवासी बलिया ने जुर्म कबूल किया।', 'Harpal', 'हरपाल'],
    // a given name that is also a word, after a kinship word and before द्वारा (by)
    ['अंतिम संस्कार में मुखाग्नि उनके छोटे पुत्र गणेश द्वारा दी गई।', 'Ganesh', 'गणेश'],
    // a sister-in-law's name after साली
    ['जीप में उसकी पत्नी रुबीना, साली साहिल और दो बच्चे सवार थे।', 'Sahil', 'साहिल'],
    // local-news roles before a name
    ['बैठक में क्षेत्र की विधायिका सीमा त्रिखा मौजूद रहीं।', 'Seema Trikha', 'सीमा त्रिखा'],
    ['बदमाशों ने चालक और क्लीनर आमिर को बंधक बना लिया।', 'Amir', 'आमिर'],
    ['सब्जी विक्रेता कौशल कुमार की हत्या हुई।', 'Kaushal Kumar', 'कौशल कुमार'],
    ['सभासद राजेश ने ज्ञापन दिया।', 'Rajesh', 'राजेश'],
    ['कार्यक्रम के संयोजक रमेश चंद्र पांडेय ने आभार जताया।', 'Ramesh Chandra Pandey', 'रमेश चंद्र पांडेय'],
    ['जिला समन्वयक अनीता ने प्रशिक्षण दिया।', 'Anita', 'अनीता'],
    // a surname that is also a title continues the name
    ['सिविल जज इंदू रानी की अदालत ने सजा सुनाई।', 'Indu Rani', 'इंदू रानी'],
    ['मुख्य न्यायाधीश लिंगप्पा नारायण स्वामी की खंडपीठ ने सुनवाई की।', 'Lingappa Narayan Swami', 'लिंगप्पा नारायण स्वामी'],
    ['पदक जीतने वालों में स्नेहा कुमारी ने सबका ध्यान खींचा।', 'Sneha Kumari', 'स्नेहा कुमारी'],
    ['जिला कलक्टर सुशील कुमार यादव ने पटवारी कमला को निलंबित किया।', 'Kamala', 'कमला'],
    // health and village workers' roles before their names
    ['उपकेंद्र पर एएनएम रीना वर्मा ने बच्चों को टीके लगाए।', 'Reena Verma', 'रीना वर्मा'],
    ['गांव की आंगनबाड़ी कार्यकर्ता सुनीता ने पोषाहार बांटा।', 'Sunita', 'सुनीता'],
    ['मुख्य विकास अधिकारी भीम जी उपाध्याय ने निरीक्षण किया।', 'Bhim Ji Upadhyay', 'भीम जी उपाध्याय'],
    // initials after a title open the name; letters that are everyday words too count beside another letter or a stop
    ['न्यायमूर्ति संजय किशन कौल और न्यायमूर्ति ए एम सुन्दरेश की खंडपीठ ने जमानत खारिज कर दी।', 'A. M. Sundaresh', 'ए एम सुन्दरेश'],
    ['पुलिस ने गिरोह पकड़ा। एसपी आर. बसंत कुमार ने खुलासा किया।', 'R. Basant Kumar', 'आर. बसंत कुमार'],
    ['माध्यमिक शिक्षा निदेशक आर.के कुंवर ने परिणाम जारी किया।', 'R. K. Kunwar', 'आर.के कुंवर'],
    ['मौसम वैज्ञानिक जी.डी. मिश्रा ने आईएएनएस को बताया।', 'G. D. Mishra', 'जी.डी. मिश्रा'],
    // letters that spell an office (MLC) are a title, not initials
    ['पूर्व जिला अध्यक्ष एम.एल.सी.हीरालाल यादव मौजूद रहे।', 'Hiralal Yadav', 'हीरालाल यादव'],
    // a given name and an everyday word between a title and ने: the agent's whole name
    ['टीम के कप्तान रवि धुल ने 80 रन बनाए।', 'Ravi Dhul', 'रवि धुल'],
    // a common misspelling of a given name (config respellings)
    ['सरकारी वकील उज्जवल सोलकर ने अदालत में दलील दी।', 'Ujjwal Solkar', 'उज्जवल सोलकर'],
    // the office's department between the title and the name
    ['सहायक आयुक्त खाद्य चंदन पांडे के नेतृत्व में टीम ने छापा मारा।', 'Chandan Pande', 'चंदन पांडे'],
    // the office's body between the title and the name
    ['अध्यक्ष नगर निगम मुंबई सुमित्रा मनवाल मौजूद रहीं।', 'Sumitra Manwal', 'सुमित्रा मनवाल'],
    // after a middle name (कुमार) an unlisted word before a comma is the surname
    ['वरिष्ठ कांग्रेसी नेता लखन कुमार सिंगला, प्रवक्ता सुमित गौड़ मौजूद थे।', 'Lakhan Kumar Singla', 'लखन कुमार सिंगला'],
    // a surname, then a word before a postposition (द्वारा, से) ends the name there
    ['दरोगा प्रमोद कुमार रघुवंशी द्वारा केस दर्ज किया गया।', 'Pramod Kumar Raghuvanshi', 'प्रमोद कुमार रघुवंशी'],
  ])('%s → %s', (sentence, en, text) => {
    expect(found(sentence)).toContainEqual({ en, kind: 'person', text });
  });

  it('names a person bare in one sentence when another gives the role', () => {
    const all = found('मंत्री हरिओम प्रसाद ने उद्घाटन किया। बाद में हरिओम प्रसाद मंच से उतरे।');
    expect(all.filter((m) => m.en === 'Hariom Prasad')).toEqual([
      { en: 'Hariom Prasad', kind: 'person', text: 'हरिओम प्रसाद' },
      { en: 'Hariom Prasad', kind: 'person', text: 'हरिओम प्रसाद' },
    ]);
  });

  it("reads a known person's short form before an unlisted name word as someone else", () => {
    const g: Gazetteer = { ...GAZETTEER, people: [...GAZETTEER.people, { en: 'Omar Abdullah', hi: ['उमर अब्दुल्ला'], latin: [], short: ['अब्दुल्ला'], country: 'India' }] };
    const names = mentionsOf('पाकिस्तान की तरफ से अब्दुल्ला शफीक (113) ने शतकीय पारी खेली।', createEntityExtractor(g, realEntitiesData(), realCommonWords()));
    expect(names.filter((m) => m.kind === 'person').map((m) => [m.en, m.text])).toEqual([['Abdullah Shafiq', 'अब्दुल्ला शफीक']]);
  });

  it("reads a known person's short form, जी and an unlisted word as no one (the name is unsure); जी alone is the honorific", () => {
    const g: Gazetteer = { ...GAZETTEER, people: [...GAZETTEER.people, { en: 'Wang Yi', hi: ['वांग यी'], latin: [], short: ['वांग'], country: 'China' }] };
    const extract = createEntityExtractor(g, realEntitiesData(), realCommonWords());
    const people = (text: string): string[][] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => [m.en, m.text]);
    expect(people('वांग यी चीन लौटे। फाइनल में चीन की वांग जी यी को हार मिली।')).toEqual([['Wang Yi', 'वांग यी']]);
    expect(people('मोदी जी शुभेंदु को जिम्मेदारी देंगे।')).toEqual([]);
    // वांग (a surname shared by millions) is Wang Yi only when the article names him in full
    expect(people('वांग यी चीन लौटे। वांग जी ने कहा कि बातचीत होगी।')).toEqual([['Wang Yi', 'वांग यी'], ['Wang Yi', 'वांग']]);
    expect(people('वांग जी ने कहा कि बातचीत होगी।').filter(([en]) => en === 'Wang Yi')).toEqual([]);
    expect(people('मोदी जी ने कहा कि देश आगे बढ़ेगा।')).toEqual([['Narendra Modi', 'मोदी']]);
  });

  it("reads a given name before a firm's one-word short form as a person's name", () => {
    const g: Gazetteer = { ...GAZETTEER, organisations: [...GAZETTEER.organisations, { en: 'Sony', hi: ['सोनी कॉरपोरेशन'], latin: [], short: ['सोनी'], type: 'company', country: 'Japan' }] };
    const names = mentionsOf('बैठक में संजय सोनी मौजूद रहे।', createEntityExtractor(g, realEntitiesData(), realCommonWords()));
    expect(names.map((m) => [m.kind, m.en, m.text])).toEqual([['person', 'Sanjay Soni', 'संजय सोनी']]);
  });

  it('keeps a short form before a place the short form of the known person', () => {
    expect(found('अजित पवार की पत्नी सुनेत्रा पवार बिहार में शपथ लेंगी।').filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['अजित पवार', 'सुनेत्रा पवार']);
  });

  it("reads given names before a known person's one-word form as another person", () => {
    expect(found('भाजपा के कैलाश चंद्र पवार ने जीत दर्ज की।').filter((m) => m.kind === 'person')).toEqual([
      { en: 'Kailash Chandra Pawar', kind: 'person', text: 'कैलाश चंद्र पवार' },
    ]);
    // a lone everyday given name (विजय = victory) before it is not enough
    expect(found('विजय पवार के नाम रही।').filter((m) => m.kind === 'person').map((m) => m.en)).not.toContain('Vijay Pawar');
  });

  it('reads a short-form surname after a kinship noun as a new person, not the known one', () => {
    expect(found('अजित पवार की पत्नी सुनेत्रा पवार शपथ लेंगी।').map((m) => m.en)).toEqual(['Ajit Pawar', 'Sunetra Pawar']);
  });
});

describe('places inside schemes and glossed names', () => {
  it.each([
    ['आयुष्मान भारत योजना से गरीबों को लाभ हुआ।', 'आयुष्मान भारत'],
    ['स्वच्छ भारत मिशन के तहत शौचालय बने।', 'स्वच्छ भारत'],
    ['राष्ट्रपति ने विकसित भारत-रोजगार और आजीविका मिशन विधेयक को मंजूरी दी।', 'विकसित भारत'],
    ['मेक इन इंडिया अभियान को दस साल हुए।', 'मेक इन इंडिया'],
    ['गुरुवार को भारतीय शेयर बाजार बढ़त के साथ बंद हुए।', 'भारतीय शेयर बाजार'],
  ])('%s: no place in %s', (sentence) => {
    expect(found(sentence).filter((m) => m.kind === 'place')).toEqual([]);
  });

  it('keeps India named outside the scheme', () => {
    expect(found('आयुष्मान भारत योजना से भारत के गरीबों को लाभ हुआ।')).toEqual([{ en: 'India', kind: 'place', text: 'भारत' }]);
  });

  it.each([
    ['श्रीहरिकोटा में सतीश धवन (Satish Dhawan) अंतरिक्ष केंद्र से लॉन्च किया गया।'],
    ['सतीश धवन (satish dhawan) अंतरिक्ष केंद्र से उड़ान भरी।'],
    ['यह उपग्रह सतीश धवन स्पेस सेंटर से छोड़ा गया।'],
  ])('a name before a Latin gloss and a named-after head is no person: %s', (sentence) => {
    expect(found(sentence).filter((m) => m.kind === 'person')).toEqual([]);
  });
});

describe('a known person\'s full form spelled with व for ब is that person, not a new name', () => {
  const withRajewal = createEntityExtractor(
    { ...GAZETTEER, people: [...GAZETTEER.people, { en: 'Balbir Singh Rajewal', hi: ['बलबीर सिंह राजेवाल'], latin: [], short: ['राजेवाल'], country: 'India' }] },
    realEntitiesData(),
    realCommonWords(),
  );
  it.each([
    ['बैठक में बलवीर सिंह राजेवाल मौजूद थे।', [['बलवीर सिंह राजेवाल', 'Balbir Singh Rajewal']]],
    // another given name before the surname is another person
    ['बैठक में हरनाम सिंह राजेवाल मौजूद थे।', [['हरनाम सिंह राजेवाल', 'Harnam Singh Rajewal']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text, withRajewal).filter((m) => m.kind === 'person').map((m) => [m.text, m.en])).toEqual(expected);
  });
});

describe('a town right after a title and before a surname is the first name (real gazetteer)', () => {
  const real = (text: string): [string, string][] => mentionsOf(text, realExtractor()).map((m) => [m.kind, m.en]);
  it('थाना प्रभारी बैजनाथ कुमार: a person, no Baijnath', () => {
    expect(real('थाना प्रभारी बैजनाथ कुमार के नेतृत्व में कार्रवाई हुई।')).toEqual([['person', 'Baijnath Kumar']]);
  });
  // a city, not a capital, before a surname that is no middle name (was the city Balasore)
  it('थाना प्रभारी बालेश्वर चौधरी: a person, no Balasore', () => {
    expect(real('थाना प्रभारी बालेश्वर चौधरी ने जांच शुरू की।')).toEqual([['person', 'Baleshwar Chaudhary']]);
  });
  // a city before सिंह is a given name though no list has it (was the city Ajmer)
  it('नेता अजमेर सिंह: a person, no Ajmer', () => {
    expect(real('किसान नेता अजमेर सिंह ने धरने को संबोधित किया।')).toEqual([['person', 'Ajmer Singh']]);
  });
  it.each([
    // the town with no surname after it, and a city as big as Patna, stay places (negative cases)
    ['थाना प्रभारी ने बैजनाथ में छापा मारा।', 'Baijnath, Himachal Pradesh'],
    ['मंत्री पटना कुमार के साथ पहुंचे।', 'Patna'],
    // (a capital before a caste surname too: the city's body)
    ['मंत्री पटना यादव महासभा में पहुंचे।', 'Patna'],
    // (nor a city before a division's word that is a surname too, reviewer)
    ['आयुक्त मेरठ मंडल ने बैठक ली।', 'Meerut'],
    // a body named after the place and सिंह (reviewer)
    ['पटियाला सिंह सभा गुरुद्वारा में कीर्तन हुआ।', 'Patiala'],
  ])('%s', (text, place) => {
    expect(real(text)).toContainEqual(['place', place]);
  });
});

describe('the city and rural superintendents of a district are titles, no part of the name after them (real lists)', () => {
  const real = (text: string): [string, string, string][] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => [m.text, m.kind, m.en]);
  it.each([
    // `एसपी सिटी` is the city's superintendent: सिटी before a given name and surname is no given name (was "Siti …")
    ['एसपी सिटी प्रकाश बंसल ने बताया कि गिरोह पकड़ा गया।', [['प्रकाश बंसल', 'person', 'Prakash Bansal']]],
    ['एसपी ग्रामीण विनय मेहरा ने बताया कि गिरोह पकड़ा गया।', [['विनय मेहरा', 'person', 'Vinay Mehra']]],
    ['सीओ सिटी तरुण मेहरा ने मौके का मुआयना किया।', [['तरुण मेहरा', 'person', 'Tarun Mehra']]],
  ] as [string, [string, string, string][]][])('%s', (text, people) => {
    expect(real(text)).toEqual(people);
  });
});
