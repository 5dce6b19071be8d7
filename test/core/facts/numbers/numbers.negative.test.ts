import { describe, expect, it } from 'vitest';
import { numbersIn, spanOf } from './extract.js';

/** Each row: a sentence and a part of it that must not be (part of) any quantity. */
const rows: [sentence: string, notNumber: string][] = [
  // "not even N" is no count of N
  // a point with no digits read leaves no figure (never the 25 after it read alone)
  ['दर 6 दशमलव प्रतिशत रही।', '6'],
  // a month before में owns no bare figure: nothing counted, no fact (reviewer: "seven murders" in both months)
  ['जनवरी में 5 और फरवरी में 7 हत्याएं हुईं।', '5'],
  // a ward's, house's or case's number is an id, not a count (was "1 person" for वार्ड संख्या 01 निवासी)
  ['वार्ड संख्या 01 निवासी जहिद को पकड़ा गया।', '01'],
  ['अपराध संख्या 245 में मुकदमा दर्ज हुआ।', '245'],
  // a train's number before its service's name, a number plate's part glued to a letter
  ['64211 मेमू ट्रेन अब 40 मिनट देरी से चलेगी।', '64211'],
  ['12301 राजधानी एक्सप्रेस देर से पहुंची।', '12301'],
  ['12301 ट्रेन देर से पहुंची।', '12301'],
  // …or in a list of trains named by their ends, in a sentence about trains (was "14,618 courts")
  ['रेलवे के अनुसार 13257 गया-आरा और 15642 सीवान कोर्ट एक्सप्रेस निरस्त रहीं।', '15642'],
  // the verb जोड़ी (added) counts no pairs (reviewer)
  ['समिति ने नियमों में 3 नई शर्त जोड़ी।', '3'],
  ['कार का नंबर HR 07M 5521 था।', '07'],
  // a plate written with spaces (reviewer)
  ['पुलिस ने HR 26 DK 1234 नंबर की कार जब्त की।', '1234'],
  ['उपचुनाव में पार्टी को एक सीट भी नहीं मिल पाई।', 'एक सीट'],
  // a comparison denied is no reading (reviewer)
  ['दिवाली के बाद शहर का एक्यूआई 300 से कम नहीं हुआ।', '300'],
  // …across one noun too: not more than two minutes
  ['अधिकारी एक फाइल को 3 मिनट से ज़्यादा वक़्त नहीं देते।', '3'],
  ['सभा में 50 लोग तक नहीं पहुंचे।', '50 लोग'],
  // a figure before a broken word (a letter lost before its vowel sign) counts nothing after it (was "5 days")
  ['मेला 5 ुई दिन सोमवार को लगा।', '5'],
  // years and dates
  ['प्योंगयांग की उनकी अंतिम यात्रा जुलाई 2000 में हुई थी।', '2000'],
  ['1990 में सोवियत संघ ने राजनयिक संबंध स्थापित किए।', '1990'],
  ['2024 में तीन और उपग्रह लॉन्च होंगे।', '2024'],
  ['यह कानून 2030 तक लागू रहेगा।', '2030'],
  ['वर्ष 2023 से अब तक कोई बदलाव नहीं हुआ।', '2023'],
  ['सन 1947 से पहले की बात है।', '1947'],
  ['वह 13 सितंबर को रूस पहुंचे।', '13'],
  ['पुतिन 18-19 जून को प्योंगयांग जाएंगे।', '18-19'],
  ['बैठक 5 अगस्त को होगी।', '5'],
  ['1950-1953 के कोरियाई युद्ध की वर्षगांठ मनाई गई।', '1950-1953'],
  ['1950-53 के संघर्ष के बाद से तनाव बना है।', '1950-53'],
  ['आईपीएल 2025 का फाइनल अहमदाबाद में होगा।', '2025'],
  // bracketed figures after place names before a unit of places count no places
  ['पटना (22), गया (19) और नालंदा (7) जिलों में बारिश हुई।', '22'],
  // one bracketed figure alone is no list
  ['मामले में पटना (22) का नाम आया।', '22'],
  // a part is no bigger than the whole: 350 after 50 overs is runs, not overs
  ['भारत ने 50 ओवर में 350 बनाए।', '350'],
  // a bracketed list after इस बार counts no times
  ['इस बार आगरा (22), मथुरा (19) और अलीगढ़ (15) जिले आगे रहे।', '22'],
  // a bare figure after a span of time counts no days
  ['पांच दिनों में 20 आए।', '20'],
  // a year before a change is no figure of it
  ['मामले 2019 से बढ़कर 54 हो गए।', '2019'],
  // ordinals
  ['युद्धविराम की 70वीं वर्षगांठ पर समारोह हुआ।', '70वीं'],
  // riders only of a vehicle: people aboard are counted as what they are (`26 पर्यटक सवार`: tourists, no riders)
  ['झील में नाव पर 14 श्रद्धालु सवार थे।', 'सवार'],
  // a figure before unread words, और and a one-word noun counted the unread thing, not the noun (was "3 knives")
  ['छापे में 5 पेजर डिवाइस और चाकू मिले।', 'चाकू'],
  // a year named as a calendar year is no count of years (was "2,019 years")
  ['कंपनी ने 2022 कैलेंडर वर्ष में 40 नए मॉडल उतारे।', '2022'],
  // an ordinal suffix typed apart and without its nasal (`41 वी जिला स्तरीय` was "41 districts")
  ['नगर में 41 वी जिला स्तरीय तैराकी प्रतियोगिता शुरू हुई।', '41 वी'],
  ['कस्बे में 23 वी बटालियन के जवान तैनात हैं।', '23 वी'],
  ['यह उनकी 3 री जीत है।', '3'],
  ['यह उनकी पहली राजकीय यात्रा होगी।', 'पहली'],
  ['यह दोनों नेताओं की दूसरी मुलाकात थी।', 'दूसरी'],
  ['वह तीसरे स्थान पर रहे।', 'तीसरे'],
  ['वह पांचवीं बार मुख्यमंत्री बने।', 'पांचवीं'],
  ['भारत की 75वें स्वतंत्रता दिवस पर घोषणा हुई।', '75वें'],
  ['टीम 10 वें स्थान पर है।', '10'],
  // एक as an indefinite article
  ['नेताओं ने एक बैठक में भाग लिया।', 'एक'],
  ['रूस द्वारा यूक्रेन के एक शहर पर मिसाइल दागी गई।', 'एक'],
  ['दोनों देश एक दूसरे का साथ देंगे।', 'एक'],
  ['उत्तर कोरिया ने एक जासूसी उपग्रह लॉन्च किया।', 'एक'],
  ['यह एक रणनीतिक साझेदारी की दिशा में कदम है।', 'एक'],
  ['एक बार फिर दोनों नेता मिले।', 'एक'],
  ['क्रेमलिन के एक सहयोगी ने कहा।', 'एक'],
  // दोनों, कई, कुछ, words containing number words
  ['दोनों नेताओं ने हाथ मिलाया।', 'दोनों'],
  ['कई देशों ने चिंता जताई।', 'कई'],
  ['पिछले कुछ समय से संबंध अच्छे हैं।', 'कुछ'],
  ['रूस-डीपीआरके दोस्ती का इतिहास पुराना है।', 'दोस्ती'],
  ['वह दोबारा चुनाव लड़ेंगे।', 'दोबारा'],
  ['दस्तावेज़ पर हस्ताक्षर हुए।', 'दस्तावेज़'],
  ['नौसेना ने अभ्यास किया।', 'नौसेना'],
  ['चारों तरफ सैन्य मौजूदगी बढ़ी है।', 'चारों'],
  ['उसने सातवें आसमान की बात की।', 'सातवें'],
  ['सौदा 1996 में रद्द कर दिया गया।', 'सौदा'],
  // ("all N" before a counted noun counts N, as the dev gold counts it — `आठों आरोपी` is 8 accused; idioms stay none)
  ['वह आठों पहर काम करता है।', 'आठों'],
  ['विपक्ष चारों खाने चित हो गया।', 'चारों'],
  // scores, times, codes, references
  ['भारत ने पाकिस्तान को 3-1 से हराया।', '3-1'],
  ['मैच 2-2 से ड्रॉ रहा।', '2-2'],
  ['बैठक सुबह 10:30 बजे शुरू हुई।', '10:30'],
  ['ट्रेन शाम 5 बजे रवाना होगी।', '5'],
  ['हेल्पलाइन नंबर 9876543210 पर संपर्क करें।', '9876543210'],
  ['इस नंबर पर संपर्क करें: +91 98765 43210', '+91 98765 43210'],
  ['आधार के अंतिम अंक 1234 5678 हैं।', '1234 5678'],
  ['जेम्स बॉन्ड 007 की नई फिल्म आएगी।', '007'],
  ['आरोपी पर आईपीसी की धारा 302 के तहत मामला दर्ज हुआ।', '302'],
  ['अनुच्छेद 370 हटाए जाने के बाद हालात बदले।', '370'],
  ['एफआईआर संख्या 123/2024 दर्ज की गई।', '123/2024'],
  ['कोविड-19 महामारी के दौरान स्कूल बंद रहे।', '19'],
  ['वायुसेना के मिग-21 विमान दुर्घटनाग्रस्त हुए।', '21'],
  ['G20 शिखर सम्मेलन दिल्ली में हुआ।', '20'],
  ['नई 5G सेवा शुरू हुई।', '5'],
  ['कक्षा 10 के नतीजे घोषित हुए।', '10'],
  ['वार्ड 15 में पानी की समस्या है।', '15'],
  ['पिन कोड 110001 वाले इलाके में।', '110001'],
  ['राष्ट्रीय राजमार्ग 44 पर जाम लगा।', '44'],
  ['ट्रेन संख्या 12951 देरी से चली।', '12951'],
  // years next to counted nouns, scores outside their sport, dates written with a slash, vague words alone
  ['विधानसभा चुनाव 2022 के पहले चरण में मतदान हुआ।', '2022'],
  ['विधानसभा चुनाव 2022 के चरणों की घोषणा हुई।', '2022'],
  // a year before a counted noun and an event noun names the event, no count (reviewer: "2,024 sub-inspectors")
  ['बिहार में 2024 सब इंस्पेक्टर भर्ती परीक्षा का परिणाम जारी हुआ।', '2024'],
  // the counted noun itself names the year's event: no "2,023 exams"
  ['आयोग ने सिविल सेवा 2023 परीक्षा का परिणाम घोषित किया।', '2023'],
  ['राज्य में 2023 निकाय चुनाव में भाजपा जीती।', '2023'],
  ['2021 कांस्टेबल भर्ती का पेपर लीक हुआ।', '2021'],
  ['2019 के चुनाव में पार्टी हार गई।', '2019'],
  // a year with a word between it and a span of time is the year (was "2,019 years")
  ['किसानों के लिए 2021 शानदार साल रहा।', '2021'],
  ['भारत ने पाकिस्तान को 3-1 से हराया।', '3-1'],
  ['बैठक 12/5 को होगी।', '12/5'],
  ['क्रिकेट बोर्ड ने 12/5/2024 को बैठक बुलाई।', '12/5/2024'],
  ['बुमराह ने 5/20 के आंकड़े के साथ पारी समेटी।', '5/20'],
  ['कई लोग घायल हुए।', 'कई'],
  ['उनका मोबाइल नंबर 98765-43210 है।', '98765-43210'],
  ['एक व्यक्ति ने बताया कि आग लगी थी।', 'एक'],
  ['वह 3rd स्थान पर रहे।', '3rd'],
  ['हर छोटी-बड़ी खबर के लिए बने रहें News 24 के साथ।', '24'],
  ['करीब आधे भारत को टीका लग चुका है।', 'आधे'],
  ['मंत्री ने दो टूक कहा कि समझौता नहीं होगा।', 'दो'],
  ['वसीम के विरुद्ध धारा 147,188 व 353 भादवि व 3 महामारी अधिनियम में अभियोग पंजीकृत हुआ।', '3 महामारी'],
  ['अधिनियम, 2007 की धारा 3 के तहत अपराध बनता है।', '2007'],
  ['मौसम विभाग ने 2 तारीख तक बारिश की चेतावनी दी।', '2 तारीख'],
  ['संपर्क के लिए 0522-2234567 या 1800-180-1551 पर कॉल करें।', '1800-180-1551'],
  ['घटना रात 11.30 बजे की है।', '11.30'],
  ['मकान नंबर 45, गली नंबर 3 में रहने वाले लोग।', '45'],
  ['वह 5वीं कक्षा की छात्रा है।', '5वीं'],
  ['इसे आज सुबह 9 बजकर 30 मिनट पर लॉन्च किया गया।', '9 बजकर 30 मिनट'],
  // a dash glued after a closing bracket joins a label to its figure: no minus sign
  ['- शिरोमणि अकाली दल+ बीजेपी(गठबंधन)–18 सीटें', '(गठबंधन)–'],
  // a bare figure (one number, exact, no counted thing, no owner) is no fact: a clause between it and
  // the next figure's noun does not lend it that noun, and a level with no unit is lost (precision first)
  ['मैच में 23, जो बहुत कम है, के बाद 15 रन बने।', '23'],
  ['डॉलर के मुकाबले रुपया 83.5 के स्तर पर बंद हुआ।', '83.5'],
  ['चुनाव 10, 14, 20 और 23 फरवरी को होंगे।', '14'],
  // a room or house number is an id, not a count of rooms
  ['कमरा संख्या 12 में आग लगी।', '12'],
  // करीब after के is "near/around" the phrase before it: एक after it stays an article
  ['रात 2:30 बजे के करीब एक तेज रफ्तार कार ट्रक से टकरा गई।', 'एक'],
  // a move verb outside a market sentence makes no points (and a bare figure is not reported)
  ['कंपनी का मुनाफा 5 गिरकर रह गया।', '5'],
  // a bracketed number is a batter's runs only in a cricket sentence
  ['आरोपी राम प्रसाद (45) को गिरफ्तार किया गया।', '45'],
  ['आईपीसी की धारा (302) के तहत केस दर्ज हुआ।', '302'],
  // cash words count no rupees: bags of cash, cash prizes (reviewer)
  ['पुलिस ने 3 नकदी से भरे बैग बरामद किए।', '3 नकदी'],
  ['प्रतियोगिता में विजेताओं को 5 नकद पुरस्कार दिए जाएंगे।', '5 नकद'],
  // taken spans are never reported
  // a label's number after a dash is an id (a term, a class, a numbered court), never a count or below zero
  ['बीए सेमेस्टर -3 की परीक्षा अगले महीने होगी।', '3'],
  ['पुलिस ने 315 बोर का एक तमंचा बरामद किया।', '315'],
  ['यह चार स्तरीय पीएसएलवी रॉकेट 44.4 मीटर लंबा है।', 'चार'],
  ['मेले में तीन स्तरीय सुरक्षा व्यवस्था की गई है।', 'तीन'],
  // a span of time is never counted across a material's genitive: copper bells, no hours (a helper judged "two hours" wrong)
  ['चोर मंदिर से तीन तांबे के घंटे ले गए।', 'तीन'],
  // a "to work" after a count is no count of works (review)
  ['ये तीनों मिलकर कार्य करेंगे।', 'तीनों'],
  // an age group from a figure up (60 प्लस: 60 and over) counts none of the people after it
  ['शिविर में 60 प्लस के पेंशनधारियों की जांच की गई।', '60'],
  ['मामले की सुनवाई ए.डी.जे.-7 की अदालत में हुई।', '7'],
  // "in the number of" with no noun after it: the figure stays bare, no fact
  ['अधिकारियों ने बताया कि यह 500 की संख्या में है।', '500'],
  // a bare figure between a lakh and a larger scale is a misprint (6.28 lakh crore printed without its हजार): no value
  ['सरकार ने 6 लाख 28 करोड़ रुपये के राहत पैकेज का ऐलान किया।', '6 लाख 28 करोड़'],
  // एक दिन is also "one day, some day": no count of days
  ['एक दिन वह अचानक घर लौट आया।', 'एक दिन'],
  // a plural typed without its nasal mark counts only where the unit is one (बातें is no unit: no "5 बाते")
  ['नेता ने मंच से 5 बाते कहीं।', '5'],
  // … a stripped plural that is another word is no unit (बसे: settled, not buses; जीते: won; reviewer)
  ['इस गांव में करीब 200 बसे हुए परिवारों को नोटिस मिला।', 'बसे'],
  ['टीम ने 4 मुकाबले खेले, 3 जीते और एक हारा।', '3 जीते'],
  // a bare figure below zero with no unit: its dash joins a name to its number as often
  ['इसरो ने चंद्रयान -3 को चांद पर उतारा।', '-3'],
  // hours with two decimals that may be a quarter share or minutes (2.50: two and a half hours, or 2 h 50 min): no value
  ['ऑपरेशन 2.50 घंटे तक चला।', '2.50 घंटे'],
  // …or minutes or a decimal (7.12: seven hours twelve minutes, or 7.12 hours?), and a time of day is no length (reviewer)
  ['भारतीय औसतन 7.12 घंटे सोते हैं।', '7.12 घंटे'],
  ['सफर में 8.45 घंटे लगेंगे।', '8.45 घंटे'],
  ['बैठक सुबह 10.30 घंटे पर शुरू हुई।', '10.30 घंटे'],
  // a name's number before a noun (the Arun-4 project) is no count of projects; a room's sides are no area
  ['नेपाल में अरुण -4 जलविद्युत परियोजना पर काम शुरू हुआ।', '-4 जलविद्युत परियोजना'],
  ['सामुदायिक भवन 40 वाई 60 वर्ग फीट में बनेगा।', '60 वर्ग फीट'],
  ['सामुदायिक भवन 40 वाई 60 वर्ग फीट में बनेगा।', '40'],
  // a clock time said in hours: a time of day two words before, or पर after (second reviewer)
  ['बैठक सुबह करीब 10.30 घंटे पर शुरू हुई।', '10.30 घंटे'],
  ['विमान ने 14.30 घंटे पर उड़ान भरी।', '14.30 घंटे'],
  // pounds in a sentence that weighs something are no money
  ['मछुआरे ने 45 किलोग्राम यानी 99 पाउंड वजनी मछली पकड़ी।', '99 पाउंड'],
  ['इस कद्दू का वजन 1,200 पाउंड है।', '1,200 पाउंड'],
  // a weight's conversion in pounds is no money
  ['यह 4,000 किलोग्राम (8,818 पाउंड) वजनी उपग्रह है।', '8,818 पाउंड'],
  // two number words far apart in size are no estimate (पांच दस रुपये के सिक्के: no 5–10 rupees)
  ['उसने पांच दस रुपये के सिक्के दिए।', 'पांच'],
  // an age group is no count (the under-15 boys' category)
  ['अंडर 15 बालक वर्ग में विकास प्रथम रहा।', '15'],
  // a name glued to its number (no stop word before it): no count
  ['जी20 देशों के मंत्री मिले।', '20'],
  // a lone letter glued inside a figure is a typo, no postposition: the figure is unsure
  ['कुल संख्या 3 लाख न47 हजार से अधिक हो गई।', '47'],
  ['टूर्नामेंट में अण्डर 17 टीमों के मैच हुए।', '17'],
];

describe('number extractor: must not extract', () => {
  it.each(rows)('%s ✗ %s', (sentence, notNumber) => {
    const at = sentence.indexOf(notNumber);
    expect(at).toBeGreaterThanOrEqual(0);
    const facts = numbersIn(sentence);
    const overlapping = facts.filter((f) => f.span.start < at + notNumber.length && f.span.end > at);
    expect(overlapping.map((f) => f.text)).toEqual([]);
  });

  it.each([
    ['भारत ने पांच मैचों की सीरीज में 3 -1 की बढ़त बना ली है।'],
    ['पारा 2 -3 डिग्री और गिर गया।'],
  ])('a dash after a figure and a space is a score\'s or a range\'s second half, never a minus sign: %s', (sentence) => {
    expect(numbersIn(sentence).filter((f) => f.value < 0)).toEqual([]);
  });


  it('two units apart in a sentence are two figures, not one measure', () => {
    // (paise apart from rupees stay paise: two amounts)
    expect(numbersIn('पेट्रोल 2 रुपए और डीजल 80 पैसे महंगा हुआ।').map((f) => [f.text, f.value, f.unit])).toEqual([['2 रुपए', 2, 'rupee'], ['80 पैसे', 80, 'paisa']]);
    expect(numbersIn('नदी 3 मीटर ऊपर बह रही है और रात में 10 सेंटीमीटर बढ़ी।').map((f) => [f.text, f.value, f.unit])).toEqual([['3 मीटर', 3, 'metre'], ['10 सेंटीमीटर', 10, 'centimetre']]);
  });

  it('amounts in crores take no noun from a small count that ends their list (the crores are no cars)', () => {
    const found = numbersIn('अनुपूरक बजट में सड़कों के लिए 800 करोड़, अस्पतालों के लिए 950 करोड़ और मंत्रियों के लिए 6 नई गाड़ियां रखी गईं।');
    expect(found.map((f) => [f.text, f.unit])).toEqual([['800 करोड़', null], ['950 करोड़', null], ['6 नई गाड़ियां', 'vehicle']]);
  });

  it.each([
    // crores alone count people and doses as often as rupees: no unit is implied
    ['देश की आबादी 140 करोड़ है।', '140 करोड़', null],
    // dozens of a loss are no money
    ['हादसे में दर्जनों का नुकसान हुआ।', 'दर्जनों', null],
    // अरब counts people and stars as often as rupees
    ['दुनिया की आबादी 8 अरब के पार पहुंच गई।', '8 अरब के पार', null],
    // a money noun after a counted noun owned by the amount is another phrase's: a population or a crowd is no money
    ['करीब 2 लाख की आबादी नुकसान झेल रही है।', 'करीब 2 लाख', null],
    ['20 हजार की भीड़ बजट के खिलाफ प्रदर्शन कर रही थी।', '20 हजार', null],
    ['4 लाख की आबादी कर्ज माफी का इंतजार कर रही है।', '4 लाख', null],
    // a stated unit stays
    ['अमेरिका ने 2 लाख करोड़ डॉलर खर्च किए।', '2 लाख करोड़ डॉलर', 'dollar'],
  ])('%s: %s has unit %s', (sentence, text, unit) => {
    expect(numbersIn(sentence).map((f) => [f.text, f.unit])).toEqual([[text, unit]]);
  });

  it('a zero-padded count after a list dash is never below zero', () => {
    expect(numbersIn('लूट के मामले में -02, डकैती में -01 अपराधी पकड़े गए।').filter((f) => f.value < 0)).toEqual([]);
    expect(numbersIn('तापमान -2 डिग्री रहा।').map((f) => f.value)).toEqual([-2]);
    expect(numbersIn('श्रीनगर में न्यूनतम तापमान -02 डिग्री सेल्सियस रहा।').map((f) => f.value)).toEqual([-2]);
  });

  it('a bare प्रतिशत before a figure names no share of it: the figure keeps its own unit', () => {
    expect(numbersIn('इस बार 50 प्रतिशत 20 रुपये की छूट है।').map((f) => [f.text, f.unit])).toEqual([['50 प्रतिशत', 'percent'], ['20 रुपये', 'rupee']]);
  });

  it('a name between the noun after और and the second figure is no word between them (zzzu first run: a count of votes read as candidates)', () => {
    const text = 'भाजपा प्रत्याशी रमेश वर्मा को 215 और निर्दल प्रत्याशी सुनीता देवी को 3861 मत मिले।';
    const people = [spanOf(text, 'रमेश वर्मा'), spanOf(text, 'सुनीता देवी')];
    expect(numbersIn(text, [], people).map((f) => [f.text, f.unit])).toEqual([['215', 'vote'], ['3861 मत', 'vote']]);
    // (the second figure's scale words stand between it and its noun: reviewer)
    const scaled = 'भाजपा प्रत्याशी रमेश वर्मा को 21 हजार और निर्दल प्रत्याशी सुनीता देवी को 38 हजार मत मिले।';
    expect(numbersIn(scaled, [], [spanOf(scaled, 'रमेश वर्मा'), spanOf(scaled, 'सुनीता देवी')]).map((f) => [f.text, f.unit])).toEqual([['21 हजार', 'vote'], ['38 हजार मत', 'vote']]);
    // (across a name, a figure with no counted noun after it, a date's day or a year, is no second figure: reviewer)
    const dated = 'पांच और आरोपियों को एसपी मनोज सिंह 20 जून को पेश करेंगे।';
    expect(numbersIn(dated, [], [spanOf(dated, 'मनोज सिंह')]).map((f) => [f.text, f.unit])).toEqual([['पांच और आरोपियों', 'accused']]);
    // (without a name the noun after और is still the first figure's when no figure follows soon: `तीन और ऐसे उपग्रहों`)
    expect(numbersIn('कंपनी ने तीन और ऐसे उपग्रहों को कक्षा में भेजा।').map((f) => [f.text, f.unit])).toEqual([['तीन और ऐसे उपग्रहों', 'satellite']]);
  });

  it.each([
    // और between two figures joins them: the noun after it belongs to the second figure
    ['जिसमें पुरुष मतदाताओं ने 73 और महिला मतदाताओं ने 66 प्रतिशत मतदान किया।', [['73', 'percent'], ['66 प्रतिशत', 'percent']]],
    ['शहरी मतदाताओं ने 58 और ग्रामीण मतदाताओं ने 71 प्रतिशत मतदान किया।', [['58', 'percent'], ['71 प्रतिशत', 'percent']]],
    ['पहले दिन 5 और दूसरे दिन 7 लोगों की मौत हुई।', [['7 लोगों', 'person']]],
    // …but right before its noun, और is "more"
    ['हादसे में 2 और लोगों की मौत हो गई।', [['2 और लोगों', 'person']]],
    // a count padded to two digits is a count; longer zero-padded runs are codes
    ['पुलिस ने 05 शातिर अभियुक्त गिरफ्तार किए।', [['05 शातिर अभियुक्त', 'accused']]],
    ['कोड 007 वाले 3 लोग पकड़े गए।', [['3 लोग', 'person']]],
    // a weight class in a wrestling sentence is a range of kilograms, not a score
    ['कुश्ती में 57-65 किग्रा वर्ग के मुकाबले हुए।', [['57-65 किग्रा', 'kg']]],
  ])('%s: the units of a coordination', (sentence, want) => {
    expect(numbersIn(sentence).map((f) => [f.text, f.unit])).toEqual(want);
  });

  it.each([
    // a medal's metal before another noun describes that noun: gold biscuits, chains, coins, statues are no medals
    ['तस्करों से 12 गोल्ड बिस्किट बरामद हुए।'],
    ['चोर 2 गोल्ड चेन और 5 सिल्वर पायल ले गए।'],
    ['खुदाई में 25 स्वर्ण मुद्राएं मिलीं।'],
    ['मंदिर से दो कांस्य प्रतिमाएं चोरी हो गईं।'],
    // (also across a genitive: the material of a noun, reviewer)
    ['चोर दुकान से 5 सिल्वर के सिक्के और 2 गोल्ड की अंगूठी ले गए।'],
  ])('%s counts no medals', (sentence) => {
    expect(numbersIn(sentence).filter((f) => f.unit === 'medal').map((f) => f.text)).toEqual([]);
  });

  it.each([
    // ली before a count is a killing only when lives follow it
    ['पुलिस ने ली 5 आरोपियों की तलाशी।', '5 आरोपियों'],
    // जान ली is also "came to know"
    ['5 लोगों ने सच्चाई जान ली।', '5 लोगों'],
  ])('%s: %s has no role', (sentence, text) => {
    expect(numbersIn(sentence).map((f) => [f.text, f.role])).toEqual([[text, undefined]]);
  });

  it.each([
    // एक before a noun and a joiner is the article
    ['अंबाला में एक ट्रक और मिनी बस की टक्कर हुई।'],
    // number words in a list with no counted noun anywhere are no facts
    ['एक, दो और तीन बातें अहम हैं।'],
    // an age class counts no one, and is no score in a wrestling sentence
    ['कुश्ती में 18-25 आयु वर्ग के पहलवान उतरे।'],
  ])('%s has no number', (sentence) => {
    expect(numbersIn(sentence)).toEqual([]);
  });

  it('never reports a number overlapping a taken (date) span', () => {
    const sentence = 'पुतिन 24 साल बाद प्योंगयांग पहुंचे और 18-19 जून को रुके।';
    const start = sentence.indexOf('24 साल बाद');
    const facts = numbersIn(sentence, [{ start, end: start + '24 साल बाद'.length }]);
    expect(facts).toEqual([]);
  });

  it('does not cross a taken span when looking for the counted noun', () => {
    const sentence = 'यूक्रेन ने लगभग 50 पिछले सप्ताह की मिसाइलें गिनीं।';
    expect(numbersIn(sentence).map((f) => [f.text, f.unit])).toEqual([['लगभग 50 पिछले सप्ताह', 'week']]);
    const start = sentence.indexOf('पिछले सप्ताह');
    const facts = numbersIn(sentence, [{ start, end: start + 'पिछले सप्ताह'.length }]);
    expect(facts.map((f) => [f.text, f.unit])).toEqual([['लगभग 50', null]]);
  });

  it('keeps a number before a taken span but leaves the taken span alone', () => {
    const sentence = 'उत्तर कोरिया 2024 में तीन और ऐसे उपग्रहों को लॉन्च करेगा।';
    const start = sentence.indexOf('2024 में');
    const facts = numbersIn(sentence, [{ start, end: start + 4 }]);
    expect(facts.map((f) => f.text)).toEqual(['तीन और ऐसे उपग्रहों']);
  });

  it('returns [] for empty or unreadable text and never throws', () => {
    expect(numbersIn('')).toEqual([]);
    expect(numbersIn('\u0000\uFFFF ।।। --- ,,, ₹ $ %')).toEqual([]);
    expect(numbersIn('1'.repeat(5000))).toEqual([]);
  });
});

describe('"of these" gives no unit where there is no set of that size', () => {
  it.each([
    ['a part larger than the set', 'हादसे में 12 लोग घायल हुए, जिनमें से 30 की हालत गंभीर है।'],
    ['a span of time is no set', 'पिछले 10 दिनों में हालात बिगड़े, इनमें से 3 की हालत गंभीर है।'],
    ['money is no set', 'सरकार ने 50 रुपये दिए, इनमें से 3 की हालत गंभीर है।'],
    ['no counted figure before it', 'घायलों को अस्पताल ले जाया गया, जिनमें से 3 की हालत गंभीर है।'],
  ])('%s', (_name, text) => {
    expect(numbersIn(text).filter((f) => f.text === '3' || f.text === '30')).toEqual([]);
  });
});

describe('a whole "of which" gives its unit only to a part no larger than it, after an owner\'s ने or को', () => {
  it.each([
    ['a part larger than the whole', '12 सीटों में से भाजपा ने 30 पर जीत दर्ज की।', '30'],
    ['money is no whole', '50 रुपये में से दुकानदार ने 3 लौटाए।', '3'],
    // a figure before को is a day or an object, no list item (reviewer: "15 candidates" for the 15th)
    ['a day of the month', 'मैदान में उतरे 20 उम्मीदवारों में से आयोग ने 15 को मतदान की तारीख तय की है।', '15'],
  ])('%s', (_name, text, figure) => {
    expect(numbersIn(text).filter((f) => f.text === figure && f.unit !== null)).toEqual([]);
  });
});

describe('a bare decimal is no percentage without one before it, after a measure\'s name, or above 100', () => {
  it.each([
    ['no percentage before it', 'पुरूष मतदाताओं ने 71.74 एवं महिला मतदाताओं ने 69.37 मतदान किया।', '71.74'],
    ['an average before a rate with no link', 'उसका औसत करीब 45.5 और सफलता दर 90.5 प्रतिशत रही।', 'करीब 45.5'],
    // (reviewer) a share price or average marks joined to a percentage
    ['a share price before a holding', 'बीएसई पर कंपनी का शेयर 98.5, जबकि प्रमोटरों की 51.5 प्रतिशत हिस्सेदारी है।', '98.5'],
    ['average marks before a pass rate', '10 वीं में छात्रों के औसत अंक करीब 78.5 और 12 वीं के 85.5 प्रतिशत छात्र पास हुए।', 'करीब 78.5'],
    ['a measure named before it', 'आर्द्रता 60 प्रतिशत रही और अधिकतम तापमान 38.5 रहा।', '38.5'],
    ['a level above 100', 'सेंसेक्स 0.5 प्रतिशत गिरकर यह 72,240.26 पर बंद हुआ।', '72,240.26'],
    ['a price', 'पेट्रोल की कीमत में 2 प्रतिशत की बढ़ोतरी हुई और यह 96.72 पर पहुंच गई।', '96.72'],
    ['an exchange rate', 'रुपया 0.2 प्रतिशत मजबूत हुआ और 83.12 पर बंद हुआ।', '83.12'],
    ['a grade with its own noun', 'इस बार 95 प्रतिशत छात्र पास हुए, टॉपर ने 9.8 सीजीपीए हासिल किया।', '9.8'],
    ['an average', 'जीडीपी वृद्धि 7 प्रतिशत रही, इसके बाद बल्लेबाज ने 45.5 के औसत से रन बनाए।', '45.5'],
  ])('%s', (_name, text, figure) => {
    expect(numbersIn(text).filter((f) => f.text === figure && f.unit === 'percent')).toEqual([]);
  });
});

describe('"of these" after two kinds of things counted names no set', () => {
  it.each([
    ['two sets in the sentence', 'सड़क हादसे में 20 लोग घायल हुए और 5 वाहन क्षतिग्रस्त हुए, जिनमें से 3 की हालत गंभीर है।'],
  ])('%s', (_name, text) => {
    expect(numbersIn(text).filter((f) => f.text === '3')).toEqual([]);
  });
});

describe('a word of earnings before an amount that counts something else puts nothing in rupees', () => {
  it.each([
    ['views', 'गाने ने यूट्यूब पर कमाए 2 करोड़ व्यूज।', '2 करोड़'],
    ['a market level (कारोबार is trading)', 'निफ्टी का कारोबार 22 हजार के ऊपर हुआ।', '22 हजार के ऊपर'],
  ])('%s', (_name, text, figure) => {
    expect(numbersIn(text).filter((f) => f.text.startsWith(figure) && f.unit === 'rupee')).toEqual([]);
  });
});

describe('zero and a figure that are no temperature below zero', () => {
  it.each([
    ['a score from zero', 'स्कोर शून्य से 3 हो गया।'],
    ['a range of degrees from zero', 'तापमान शून्य से 10 डिग्री तक रहा।'],
  ])('%s', (_name, text) => {
    expect(numbersIn(text).filter((f) => f.value < 0)).toEqual([]);
  });
});

describe('a postposition of means ends the noun phrase', () => {
  it('माध्यम alone is a medium, no postposition (reviewer): 500 अंग्रेजी माध्यम स्कूल', () => {
    expect(numbersIn('प्रदेश में 500 अंग्रेजी माध्यम स्कूल खोले जाएंगे।').map((f) => f.unit)).toEqual(['school']);
  });
  it('10 आधार स्तंभ के जरिए प्रदेश: no states', () => {
    expect(numbersIn('मंत्री ने 10 आधार स्तंभ के जरिए प्रदेश के विकास का मॉडल रखा।').filter((f) => f.unit === 'state')).toEqual([]);
  });
});

describe('a chief is no village head', () => {
  it('87.98 प्रतिशत छात्र: a share of students, no count of them', () => {
    expect(numbersIn('इस बार 87.98 प्रतिशत छात्र पास हुए।').map((f) => [f.text, f.unit])).toEqual([['87.98 प्रतिशत', 'percent']]);
  });
  it('100 सेट किताबें छात्रों: sets, no students (reviewer)', () => {
    expect(numbersIn('स्कूल ने 100 सेट किताबें छात्रों को दीं।').map((f) => [f.text, f.unit])).toEqual([['100 सेट', 'set']]);
  });
  it('2 प्रधान सचिव: no village heads', () => {
    expect(numbersIn('राज्य में 2 प्रधान सचिव बदले गए।').filter((f) => f.unit === 'village head')).toEqual([]);
  });
});

describe('a price changed from one figure to another is no range', () => {
  it('₹10 से ₹15 कर दिया: two prices', () => {
    expect(numbersIn('बस का किराया ₹10 से ₹15 कर दिया गया।').map((f) => [f.text, f.qualifier])).toEqual([['₹10', 'exact'], ['₹15', 'exact']]);
  });
});

describe('an amount is in rupees only when given as one, and never a year', () => {
  it.each([
    ['a year before a budget', 'राज्य सरकार ने 2024 का बजट पेश किया।', '2024'],
    ['things given have their noun', 'किसानों को 2 लाख पौधे दिए गए।', '2 लाख पौधे'],
    ['an amount got may be votes', 'दूसरे उम्मीदवार को 2 लाख मिले।', '2 लाख'],
    // (reviewer) lamps, votes and doses given; things counted before; cars sold and notes counted
    ['lamps lit (दिये)', 'दीपोत्सव पर सरयू तट पर 25 लाख दिये जलाए गए।', '25 लाख'],
    ['votes given by the people', 'कांग्रेस को जनता ने 80 हजार दिए।', '80 हजार'],
    ['doses given today', 'अब तक 2 लाख टीके लग चुके हैं, आज 50 हजार दिए जाएंगे।', '50 हजार'],
    ['bicycles given', 'सरकार ने 5000 साइकिलें खरीदीं, इनमें से 3000 दी जा चुकी हैं।', '3000'],
    ['cars sold', 'मारुति ने जून में 1500 की बिक्री दर्ज की।', '1500'],
    ['notes counted', 'पुलिस ने 5000 के नकली नोट बरामद किए।', '5000'],
    // a figure per a time, a distance or a head is no price of goods; a comma run before प्रति is unsure
    ['a speed', 'ट्रेन 130 प्रति घंटा की रफ्तार से दौड़ी।', '130'],
    ['a share per head', 'योजना में 500 प्रति व्यक्ति दिए जाएंगे।', '500'],
    ['a figure after a comma and a space', 'सोने का भाव 69, 329 प्रति 10 ग्राम है।', '329'],
    ['the figure before that comma', 'सोने का भाव 69, 329 प्रति 10 ग्राम है।', '69'],
  ])('%s', (_name, text, figure) => {
    expect(numbersIn(text).filter((f) => f.text.startsWith(figure) && f.unit === 'rupee')).toEqual([]);
  });
});

describe('no counted noun beyond the end of the figure\'s phrase, and no एक before an adjective and a span of time', () => {
  it.each([
    // a finite verb ends the phrase: the farmers after it are not what the grains count
    ['a verb and a conjunction after the noun', 'सरकार 5 दाने खरीदेगी और किसानों को भुगतान करेगी।', '5'],
    ['a distributive एक-एक before a verb', 'सरकार किसानों का एक-एक दाना खरीदेगी और किसानों को भुगतान करेगी।', 'एक-एक'],
    // एक before an adjective and a week is an article: "an exciting week"
    ['एक, an adjective and a week', 'अदालत में एक रोमांचक सप्ताह रहा।', 'एक'],
    ['एक, an adjective and a year', 'शहर में एक नए साल की शुरुआत हुई।', 'एक'],
  ])('%s', (_name, text, figure) => {
    expect(numbersIn(text).filter((f) => f.text.startsWith(figure))).toEqual([]);
  });
});

describe('a figure of a thousand or more before हजार says its thousands twice: no amount (unsure which)', () => {
  it.each([
    ['glued to हजार', 'विजेता टीम को 51000हजार रुपए का पुरस्कार दिया गया।', '51000'],
    ['spaced before हजार', 'मेले में 5000 हजार लोग आए।', '5000'],
  ])('%s', (_name, text, figure) => {
    expect(numbersIn(text).filter((f) => f.text.startsWith(figure))).toEqual([]);
  });
  it('(999 हजार is still 999,000)', () => {
    expect(numbersIn('बजट में 999 हजार रुपए रखे गए।').map((f) => f.value)).toEqual([999000]);
  });
});

describe('the whole before "out of" is never a share', () => {
  it('4769 में से 60% रन: no 4,769 percent', () => {
    expect(numbersIn('उसने आईपीएल में 4769 में से 60% रन चौकों-छक्कों से बनाए हैं।').filter((f) => f.text.startsWith('4769') && f.unit === 'percent')).toEqual([]);
  });
});

describe('a bare count counts people only before a phrase of what befalls people, never a year or an id', () => {
  it.each([
    ['a building\'s condition', 'विद्यालय के कमरों में से दो की हालत जर्जर है।', 'दो'],
    ['a year', 'संघ ने 2019 के खिलाफ अपील की थी।', '2019'],
    ['a section of a law', 'उस पर धारा 307 के खिलाफ कार्रवाई हुई।', '307'],
    ['a rule, not what befalls', 'योजना में 12 के तहत सहायता मिलेगी।', '12'],
    ['a ward\'s number', 'वार्ड 9 की हालत गंभीर है।', '9'],
    // (reviewer) a day of the month, a name's number, a score, a stage, runs needed, a part of a counted set
    ['a day of the month before को', 'अदालत 21 को सजा सुनाएगी।', '21'],
    ['a disease\'s number', 'कोविड 19 के खिलाफ लड़ाई जारी है।', '19'],
    ['a score against which', 'मेहमान टीम के 320 के खिलाफ मेजबान टीम 280 रन पर सिमट गई।', '320'],
    ['a stage of a disease', 'नए अस्पताल में स्टेज 4 का इलाज भी संभव होगा।', '4'],
    ['runs needed', 'अंतिम ओवर में टीम को जीत के लिए 12 की तलाश थी।', '12'],
    ['a part of a counted set of roads', 'शहर की 12 प्रमुख सड़कों में से 3 की हालत गंभीर है।', '3'],
    ['a part of a set counted in words', 'शहर की बारह सड़कों में से तीन की हालत गंभीर है।', 'तीन'],
    ['successful, an adjective of a counted noun', 'इस साल तीन सफल प्रक्षेपण हुए।', 'तीन'],
    ['a day of the month before को सफलता', 'पुलिस को 15 को सफलता मिली।', '15'],
    // a part of a set counted before a bare में (reviewer)
    ['a part of a counted set before में', 'सत्र में टीम के 12 मैचों में 7 सफल रहे।', '7'],
  ])('%s', (_name, text, figure) => {
    expect(numbersIn(text).filter((f) => f.text.startsWith(figure) && f.unit === 'person')).toEqual([]);
  });
});

describe('a currency word before a figure is no unit of one that took it or one with its own noun', () => {
  it.each([
    ['a span after an amount', 'उसने 500 रुपये 10 दिन में लौटाने का वादा किया।', '10'],
    ['people after the word', 'कितने रुपये 5 लोगों ने दिए, यह पता नहीं।', '5'],
  ])('%s', (_name, text, figure) => {
    expect(numbersIn(text).filter((f) => f.text.startsWith(figure) && f.unit === 'rupee')).toEqual([]);
  });
});

describe('places have no casualty role', () => {
  it('places where raids were made are no dead', () => {
    expect(numbersIn('छापे 7 स्थानों पर मारे गए।').filter((f) => f.role !== undefined)).toEqual([]);
  });
});

describe('a score has no casualty role', () => {
  it.each([
    ['an innings folding', 'श्रीलंकाई टीम 73 रनों पर ही ढेर हो गई।'],
  ])('%s', (_name, text) => {
    expect(numbersIn(text).filter((f) => f.role !== undefined)).toEqual([]);
  });
});

describe('a multiplier that counts only after a number is no number alone', () => {
  it.each([
    ['Arab, not a billion', 'अरब समूह ने आपात बैठक बुलाई है।'],
    ['countless, not a lakh', 'लाख कोशिशों के बावजूद वह नहीं माना।'],
  ])('%s', (_name, text) => {
    expect(numbersIn(text)).toEqual([]);
  });
});

describe('दोनों (both) names a pair already known: no count', () => {
  it('दोनों पक्षों', () => {
    expect(numbersIn('दोनों पक्षों में समझौता हो गया।')).toEqual([]);
  });
});
