import type { FactSpec } from './fact-builders.js';

/** A Hindi sentence, its hand-built facts and what its English line must contain. */
export interface EnglishCase {
  topic: string;
  hi: string;
  facts: FactSpec;
  contains: (string | RegExp)[];
}

const RU = ['Russia'] as const;
const putin = (t = 'पुतिन'): [string, string, string, string] => [t, 'Vladimir Putin', 'President', RU[0]];
const kim = (t = 'किम जोंग उन'): [string, string, string, string] => [t, 'Kim Jong Un', 'Supreme Leader', 'North Korea'];

export const ENGLISH_CASES: EnglishCase[] = [
  // --- diplomacy
  {
    topic: 'diplomacy', hi: 'सियोल के विदेश मंत्रालय ने कहा कि दक्षिण कोरिया के उप विदेश मंत्री किम होंग-क्यून ने शुक्रवार को अमेरिकी उप विदेश मंत्री कर्ट कैंपबेल के साथ आपातकालीन फोन कॉल में पुतिन की उत्तर कोरिया की योजनाबद्ध यात्रा पर चर्चा की।',
    facts: {
      places: [['सियोल', 'Seoul'], ['दक्षिण कोरिया', 'South Korea'], ['अमेरिकी', 'United States', true], ['उत्तर कोरिया', 'North Korea']],
      people: [['किम होंग-क्यून', 'Kim Hong-kyun', 'Deputy Foreign Minister', 'South Korea'], ['कर्ट कैंपबेल', 'Kurt Campbell', 'Deputy Secretary of State', 'United States'], putin()],
      dates: [['शुक्रवार', '2024-06-14', 'day']],
    },
    contains: ['foreign ministry said', 'South Korean Deputy Foreign Minister Kim Hong-kyun discussed', "Putin's planned visit to North Korea", 'with US Deputy Foreign Minister Kurt Campbell', 'emergency phone call', 'on Friday (14 June 2024)'],
  },
  {
    topic: 'diplomacy', hi: 'क्रेमलिन के अनुसार, रूसी राष्ट्रपति व्लादिमीर पुतिन इस सप्ताह उत्तर कोरिया की दो दिवसीय यात्रा करेंगे।',
    facts: { orgs: [['क्रेमलिन', 'Kremlin', 'Russia']], places: [['रूसी', 'Russia', true], ['उत्तर कोरिया', 'North Korea']], people: [putin('व्लादिमीर पुतिन')], dates: [['इस सप्ताह', '2024-W25', 'week']] },
    contains: [/^According to Kremlin, /, 'Russian President Vladimir Putin will visit North Korea', 'this week (the week of 17 June 2024)'],
  },
  {
    topic: 'diplomacy', hi: 'उत्तर कोरिया के सर्वोच्च नेता किम जोंग उन ने पिछले सितंबर में रूस के सुदूर पूर्व की यात्रा के दौरान पुतिन को आमंत्रित किया था।',
    facts: { places: [['उत्तर कोरिया', 'North Korea'], ['रूस', 'Russia']], people: [kim(), putin()], dates: [['पिछले सितंबर', '2023-09', 'month']] },
    contains: ['North Korean supreme leader Kim Jong Un invited Vladimir Putin', "during visit to Russia's Far East", 'in September 2023'],
  },
  {
    topic: 'diplomacy', hi: 'रूस के राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरिया के नेता किम जोंग उन की बुधवार को उत्तर कोरिया की राजधानी प्योंगयांग में मुलाकात हुई।',
    facts: { places: [['रूस', 'Russia'], ['उत्तर कोरिया', 'North Korea'], ['प्योंगयांग', 'Pyongyang']], people: [putin('व्लादिमीर पुतिन'), kim()], dates: [['बुधवार', '2024-06-19', 'day']] },
    contains: ['Russian President Vladimir Putin and North Korean leader Kim Jong Un met', 'Pyongyang', 'on Wednesday (19 June 2024)'],
  },
  {
    topic: 'diplomacy', hi: 'क्रेमलिन ने कहा कि पुतिन 19-20 जून को वियतनाम का दौरा करेंगे।',
    facts: { orgs: [['क्रेमलिन', 'Kremlin']], people: [putin()], places: [['वियतनाम', 'Vietnam']], dates: [['19-20 जून', '2024-06-19', 'day', '2024-06-20']] },
    contains: ['Kremlin said', 'Putin will visit Vietnam', 'on 19–20 June 2024'],
  },
  {
    topic: 'diplomacy', hi: 'प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई दिल्ली में जापान के प्रधानमंत्री से मुलाकात की।',
    facts: { people: [['नरेंद्र मोदी', 'Narendra Modi', 'Prime Minister', 'India']], places: [['नई दिल्ली', 'New Delhi'], ['जापान', 'Japan']], dates: [['सोमवार', '2024-06-17', 'day']] },
    contains: ['Prime Minister Narendra Modi met Japanese Prime Minister', 'in New Delhi', 'on Monday (17 June 2024)'],
  },
  {
    topic: 'diplomacy', hi: 'विदेश मंत्री एस जयशंकर अगले महीने चीन की यात्रा करेंगे।',
    facts: { people: [['एस जयशंकर', 'S. Jaishankar', 'External Affairs Minister', 'India']], places: [['चीन', 'China']], dates: [['अगले महीने', '2024-07', 'month']] },
    contains: ['Foreign Minister S. Jaishankar will visit China', 'next month (July 2024)'],
  },
  {
    topic: 'diplomacy', hi: 'भारत और अमेरिका ने रक्षा सहयोग पर एक समझौते पर हस्ताक्षर किए।',
    facts: { places: [['भारत', 'India'], ['अमेरिका', 'United States']] },
    contains: ['India and United States signed', 'agreement'],
  },
  {
    topic: 'diplomacy', hi: 'व्लादिमीर पुतिन ने उत्तर कोरिया की यात्रा के लिए किम जोंग उन का निमंत्रण स्वीकार कर लिया।',
    facts: { people: [putin('व्लादिमीर पुतिन'), kim()], places: [['उत्तर कोरिया', 'North Korea']] },
    contains: ['Vladimir Putin accepted an invitation from Kim Jong Un', 'visit to North Korea'],
  },
  {
    topic: 'diplomacy', hi: 'किम जोंग उन ने एयरपोर्ट पर पुतिन का स्वागत किया।',
    facts: { people: [kim(), putin()] },
    contains: ['Kim Jong Un welcomed Vladimir Putin', 'at airport'],
  },
  {
    topic: 'diplomacy', hi: 'अमेरिका ने रूसी संस्थाओं पर प्रतिबंध लगाए।',
    facts: { places: [['अमेरिका', 'United States'], ['रूसी', 'Russia', true]] },
    contains: ['United States imposed sanctions on Russian entities'],
  },
  {
    topic: 'diplomacy', hi: 'प्योंगयांग ने बार-बार इस आरोप को खारिज किया है।',
    facts: { places: [['प्योंगयांग', 'Pyongyang']] },
    contains: ['Pyongyang rejected', 'allegations', 'repeatedly'],
  },
  {
    topic: 'diplomacy', hi: 'रूस के विदेश मंत्री इस समय उत्तर कोरिया के दौरे पर हैं।',
    facts: { places: [['रूस', 'Russia'], ['उत्तर कोरिया', 'North Korea']] },
    contains: ['Russian Foreign Minister', 'currently', 'visit to North Korea'],
  },
  {
    topic: 'diplomacy', hi: 'रूस का कहना है कि वह उत्तर कोरिया के साथ सहयोग करेगा।',
    facts: { places: [['रूस', 'Russia'], ['उत्तर कोरिया', 'North Korea']] },
    contains: ['Russia says', 'will cooperate', 'with North Korea'],
  },
  {
    topic: 'diplomacy', hi: 'जापान के विदेश मंत्री योको कामिकावा ने संयुक्त राष्ट्र प्रस्तावों के उल्लंघन के खिलाफ चेतावनी जारी की।',
    facts: { places: [['जापान', 'Japan']], people: [['योको कामिकावा', 'Yoko Kamikawa', 'Foreign Minister', 'Japan']], orgs: [['संयुक्त राष्ट्र', 'United Nations']] },
    contains: ['Japanese Foreign Minister Yoko Kamikawa warned', 'against', 'United Nations'],
  },
  {
    topic: 'diplomacy', hi: 'उत्तर कोरियाई राज्य समाचार एजेंसी केसीएनए ने गुरुवार को कहा, "पुतिन ने निमंत्रण को खुशी के साथ स्वीकार किया।"',
    facts: { places: [['उत्तर कोरियाई', 'North Korea', true]], orgs: [['केसीएनए', 'Korean Central News Agency']], people: [putin()], dates: [['गुरुवार', '2023-09-14', 'day']] },
    contains: ['North Korean state news agency Korean Central News Agency said', 'Putin accepted', 'invitation', 'on Thursday (14 September 2023)'],
  },
  // --- war and security
  {
    topic: 'war', hi: 'उत्तर कोरिया ने पुतिन और किम की मुलाकात से ठीक पहले दो छोटी दूरी की बैलिस्टिक मिसाइलें लॉन्च कीं।',
    facts: { places: [['उत्तर कोरिया', 'North Korea']], people: [putin(), kim('किम')], numbers: [['दो', 2, 'missile']] },
    contains: ['North Korea launched two', 'missiles', 'just before'],
  },
  {
    topic: 'war', hi: 'यूक्रेनी अधिकारियों का कहना है कि उन्होंने लगभग 50 ऐसी मिसाइलों की गिनती की है।',
    facts: { places: [['यूक्रेनी', 'Ukraine', true]], numbers: [['लगभग 50 ऐसी मिसाइलों', 50, 'missile', true]] },
    contains: ['Ukrainian officials say', 'they counted about 50 missiles'],
  },
  {
    topic: 'war', hi: 'संयुक्त राष्ट्र के निगरानीकर्ताओं ने निष्कर्ष निकाला है कि कम से कम एक बैलिस्टिक मिसाइल उत्तर कोरिया में बनाई गई थी।',
    facts: { orgs: [['संयुक्त राष्ट्र', 'United Nations']], places: [['उत्तर कोरिया', 'North Korea']], numbers: [['कम से कम एक बैलिस्टिक मिसाइल', 1, 'missile']] },
    contains: ['United Nations monitors concluded', 'at least one ballistic missile was built in North Korea'],
  },
  {
    topic: 'war', hi: 'दक्षिण कोरिया की सेना ने उत्तर कोरियाई सैनिकों पर गोलियां चलाईं।',
    facts: { places: [['दक्षिण कोरिया', 'South Korea'], ['उत्तर कोरियाई', 'North Korea', true]] },
    contains: ['South Korean army opened fire on North Korean troops'],
  },
  {
    topic: 'war', hi: 'इजराइल ने गाजा पर हवाई हमला किया, जिसमें 20 लोगों की मौत हो गई।',
    facts: { places: [['इजराइल', 'Israel'], ['गाजा', 'Gaza']], numbers: [['20 लोगों', 20, 'person']] },
    contains: ['Israel attacked Gaza'],
  },
  {
    topic: 'war', hi: 'उत्तर कोरिया 30000 सैनिक भेजने की तैयारी कर रहा है।',
    facts: { places: [['उत्तर कोरिया', 'North Korea']], numbers: [['30000 सैनिक', 30000, 'soldier']] },
    contains: ['North Korea is preparing to send 30,000 soldiers'],
  },
  {
    topic: 'war', hi: 'रूस और यूक्रेन के बीच युद्ध जारी है।',
    facts: { places: [['रूस', 'Russia'], ['यूक्रेन', 'Ukraine']] },
    contains: [/^War continues between Russia and Ukraine/],
  },
  // --- elections and state politics
  {
    topic: 'elections', hi: 'भाजपा ने लोकसभा चुनाव में 240 सीटें जीतीं।',
    facts: { orgs: [['भाजपा', 'Bharatiya Janata Party']], numbers: [['240 सीटें', 240, 'seat']] },
    contains: ['Bharatiya Janata Party won 240 seats', 'in Lok Sabha election'],
  },
  {
    topic: 'elections', hi: 'नीतीश कुमार ने बिहार के मुख्यमंत्री पद की शपथ ली।',
    facts: { people: [['नीतीश कुमार', 'Nitish Kumar', 'Chief Minister', 'India']], places: [['बिहार', 'Bihar']] },
    contains: ['Nitish Kumar took the oath as', 'Chief Minister'],
  },
  {
    topic: 'elections', hi: 'चुनाव आयोग ने मंगलवार को महाराष्ट्र विधानसभा चुनाव के नतीजे घोषित किए।',
    facts: { places: [['महाराष्ट्र', 'Maharashtra']], dates: [['मंगलवार', '2024-06-18', 'day']] },
    contains: [/Election Commission/, /on Tuesday \(18 June 2024\)/],
  },
  // a state's office before the name reads as papers write it (was "Indian Chief Minister of Uttar Pradesh Yogi Adityanath")
  {
    topic: 'politics', hi: 'योगी आदित्यनाथ ने विधानसभा में बजट पेश किया।',
    facts: { people: [['योगी आदित्यनाथ', 'Yogi Adityanath', 'Chief Minister of Uttar Pradesh', 'India']] },
    contains: [/^Uttar Pradesh Chief Minister Yogi Adityanath presented budget/],
  },
  // a government named by its leader: his name, no office (was "Indian Chief Minister of Uttar Pradesh Yogi Adityanath government")
  {
    topic: 'politics', hi: 'योगी सरकार ने नया बजट पेश किया।',
    facts: { people: [['योगी', 'Yogi Adityanath', 'Chief Minister of Uttar Pradesh', 'India']] },
    contains: [/^Yogi Adityanath government presented/],
  },
  // an office of another country's place takes no demonym of the country
  {
    topic: 'politics', hi: 'मरियम नवाज ने लाहौर में रैली की।',
    facts: { people: [['मरियम नवाज', 'Maryam Nawaz', 'Chief Minister of Punjab (Pakistan)', 'Pakistan']], places: [['लाहौर', 'Lahore']] },
    contains: [/^Chief Minister of Punjab \(Pakistan\) Maryam Nawaz/],
  },
  // a winner after इसमें (in this [match]) is not cut off as part of a longer name: the margin stays with the side
  // that won it (was "Delhi · margin: 15 runs", the loser beside the margin)
  {
    topic: 'cricket', hi: 'इसमें हैदराबाद की टीम ने दिल्ली को 15 रन से हराकर पहली जीत दर्ज की।',
    facts: { places: [['हैदराबाद', 'Hyderabad'], ['दिल्ली', 'Delhi']], numbers: [['15 रन', 15, 'run']] },
    contains: [/^Hyderabad's team defeated Delhi by 15 runs/],
  },
  // a national side as match reports name it (was "India men's national field hockey team defeated …")
  {
    topic: 'hockey', hi: 'भारतीय हॉकी टीम ने जापान को 3-1 से हराया।',
    facts: { orgs: [['भारतीय हॉकी टीम', "India men's national field hockey team"]], places: [['जापान', 'Japan']], numbers: [['3-1', 3, 'goal'], ['3-1', 1, 'goal']] },
    contains: [/^India defeated Japan/],
  },
  // an observance's day (was "National dengue was celebrated")
  {
    topic: 'health', hi: 'जिले में राष्ट्रीय डेंगू दिवस मनाया गया।',
    facts: {},
    contains: [/dengue Day/],
  },
  // a market's gain (was "closed with 323.55 points", read as the level)
  {
    topic: 'markets', hi: 'सेंसेक्स 323.55 अंकों की तेजी के साथ बंद हुआ।',
    facts: { orgs: [['सेंसेक्स', 'BSE SENSEX']], numbers: [['323.55 अंकों', 323.55, 'point']] },
    contains: [/rise of 323\.55 points/],
  },
  {
    topic: 'politics', hi: 'मुख्यमंत्री ने विपक्ष पर भ्रष्टाचार का आरोप लगाया।',
    facts: {},
    contains: ['Chief Minister accused opposition'],
  },
  {
    topic: 'politics', hi: 'राज्यपाल ने विधानसभा को संबोधित किया।',
    facts: {},
    contains: ['Governor addressed', 'assembly'],
  },
  // --- courts
  {
    topic: 'courts', hi: 'सुप्रीम कोर्ट ने बुधवार को इस मामले में अपना फैसला सुनाया।',
    facts: { dates: [['बुधवार', '2024-06-19', 'day']] },
    contains: ['Supreme Court delivered a verdict', 'on Wednesday (19 June 2024)'],
  },
  {
    topic: 'courts', hi: 'दिल्ली हाईकोर्ट ने आरोपी को जमानत दे दी।',
    facts: { places: [['दिल्ली', 'Delhi']] },
    contains: ['High Court granted bail to accused'],
  },
  {
    topic: 'courts', hi: 'पुलिस ने तीन आरोपियों को गिरफ्तार किया है।',
    facts: { numbers: [['तीन', 3, null]] },
    contains: ['Police arrested three accused'],
  },
  {
    topic: 'courts', hi: 'अदालत ने याचिका खारिज कर दी।',
    facts: {},
    contains: ['Court rejected', 'petition'],
  },
  // --- sport
  {
    topic: 'cricket', hi: 'भारत ने ऑस्ट्रेलिया को छह विकेट से हराया।',
    facts: { places: [['भारत', 'India'], ['ऑस्ट्रेलिया', 'Australia']], numbers: [['छह विकेट', 6, 'wicket']] },
    contains: ['India defeated Australia by six wickets'],
  },
  {
    topic: 'cricket', hi: 'विराट कोहली ने शनिवार को शानदार शतक लगाया।',
    facts: { people: [['विराट कोहली', 'Virat Kohli', 'cricketer', 'India']], dates: [['शनिवार', '2024-06-15', 'day']] },
    contains: ['Virat Kohli scored a century', 'on Saturday (15 June 2024)'],
  },
  {
    topic: 'sport', hi: 'नीरज चोपड़ा ने ओलंपिक में स्वर्ण पदक जीता।',
    facts: { people: [['नीरज चोपड़ा', 'Neeraj Chopra', undefined as unknown as string, 'India']] },
    contains: ['Neeraj Chopra won', 'gold medal', 'in Olympics'],
  },
  {
    topic: 'sport', hi: 'भारतीय टीम फाइनल में पहुंच गई है।',
    facts: { places: [['भारतीय', 'India', true]] },
    contains: ['Indian team', 'final'],
  },
  // --- markets
  {
    topic: 'markets', hi: 'सेंसेक्स मंगलवार को 500 अंक चढ़ा।',
    facts: { dates: [['मंगलवार', '2024-06-18', 'day']], numbers: [['500 अंक', 500, 'point']] },
    contains: [/^Sensex rose (by )?500 points/, 'on Tuesday (18 June 2024)'],
  },
  {
    topic: 'markets', hi: 'निफ्टी 150 अंक गिरकर 23,000 पर बंद हुआ।',
    facts: { numbers: [['150 अंक', 150, 'point'], ['23,000', 23000, null]] },
    contains: [/^Nifty fell (by )?150 points/, 'closed at 23,000'],
  },
  {
    topic: 'markets', hi: 'रिजर्व बैंक ने रेपो दर में कोई बदलाव नहीं किया।',
    facts: { orgs: [['रिजर्व बैंक', 'Reserve Bank of India']] },
    contains: ['Reserve Bank of India did not change repo rate'],
  },
  {
    topic: 'markets', hi: 'अमेरिका ने चीनी सामान पर 40 प्रतिशत टैरिफ लगाया।',
    facts: { places: [['अमेरिका', 'United States'], ['चीनी', 'China', true]], numbers: [['40 प्रतिशत', 40, 'percent']] },
    contains: ['United States imposed tariffs on Chinese goods', '40%'],
  },
  // --- weather
  {
    topic: 'weather', hi: 'मौसम विभाग ने अगले 48 घंटों के लिए दिल्ली में भारी बारिश का अलर्ट जारी किया है।',
    facts: { places: [['दिल्ली', 'Delhi']], numbers: [['48 घंटों', 48, 'hour']] },
    contains: [/^Weather department issued an alert/, '48 hours', 'Delhi'],
  },
  {
    topic: 'weather', hi: 'मुंबई में सोमवार को भारी बारिश हुई।',
    facts: { places: [['मुंबई', 'Mumbai']], dates: [['सोमवार', '2024-06-17', 'day']] },
    contains: [/rain/i, 'in Mumbai', 'on Monday (17 June 2024)'],
  },
  {
    topic: 'weather', hi: 'राजस्थान में तापमान 47 डिग्री तक पहुंच गया।',
    facts: { places: [['राजस्थान', 'Rajasthan']], numbers: [['47 डिग्री', 47, 'degree']] },
    contains: ['Temperature reached 47 degrees', 'in Rajasthan'],
  },
  // --- science
  {
    topic: 'science', hi: 'इसरो ने श्रीहरिकोटा से एक नया उपग्रह सफलतापूर्वक लॉन्च किया।',
    facts: { orgs: [['इसरो', 'ISRO']], places: [['श्रीहरिकोटा', 'Sriharikota']] },
    contains: ['ISRO launched', 'satellite', 'successfully', 'from Sriharikota'],
  },
  {
    topic: 'science', hi: 'नवंबर 2023 में उत्तर कोरिया ने सफलतापूर्वक एक जासूसी उपग्रह को कक्षा में स्थापित किया।',
    facts: { places: [['उत्तर कोरिया', 'North Korea']], dates: [['नवंबर 2023', '2023-11', 'month']] },
    contains: ['North Korea', 'spy satellite', 'in orbit', 'in November 2023'],
  },
  {
    topic: 'science', hi: 'उपग्रह ले जाने वाला रॉकेट उड़ान भरने के तुरंत बाद फट गया।',
    facts: {},
    contains: ['rocket exploded immediately after taking off'],
  },
  {
    topic: 'history', hi: 'उत्तर कोरिया और पूर्व सोवियत संघ ने 1961 में मित्रता की संधि पर हस्ताक्षर किए थे।',
    facts: { places: [['उत्तर कोरिया', 'North Korea'], ['सोवियत संघ', 'Soviet Union']], dates: [['1961', '1961', 'year']] },
    contains: ['North Korea and', 'Soviet Union signed', 'treaty of friendship', 'in 1961'],
  },
  // --- tense, voice, modality, negation
  {
    topic: 'tense', hi: 'पुलिस मामले की जांच कर रही है।',
    facts: {},
    contains: [/^Police (is|are) investigating case/],
  },
  {
    topic: 'tense', hi: 'बारिश के कारण मैच रद्द किया जा सकता है।',
    facts: {},
    contains: [/^Match may be cancelled/, 'because of rain'],
  },
  {
    topic: 'tense', hi: 'आरोपी को गिरफ्तार कर लिया गया है।',
    facts: {},
    contains: [/accused (was|were) arrested/i],
  },
  {
    topic: 'tense', hi: 'सरकार इस विधेयक को संसद में पेश करेगी।',
    facts: {},
    contains: ['Government will present bill', 'in parliament'],
  },
  {
    topic: 'tense', hi: 'कंपनी ने कोई बयान जारी नहीं किया।',
    facts: {},
    contains: ['Company did not issue statement'],
  },
  {
    topic: 'tense', hi: 'भारत और पाकिस्तान के बीच मैच रविवार को खेला जाएगा।',
    facts: { places: [['भारत', 'India'], ['पाकिस्तान', 'Pakistan']], dates: [['रविवार', '2024-06-23', 'day']] },
    contains: [/^Match will be played/, 'between India and Pakistan', 'on Sunday (23 June 2024)'],
  },
  // --- clauses of a structured line keep their own dates
  {
    topic: 'clauses', hi: 'पूर्णिमा पर्व दो दिन बाद मनाया जाएगा, जबकि मंगलवार को दीपदान का आयोजन होगा।',
    facts: { numbers: [['दो दिन', 2, 'day']], dates: [['मंगलवार', '2024-06-18', 'day']] },
    contains: [/^After two days; when: 18 June 2024$/],
  },
  // --- a figure says what it counts
  {
    topic: 'figures', hi: 'नगर निगम ने करीब 40 प्रस्तावों को मंजूरी दी, जबकि बाकी पर चर्चा टली।',
    facts: { numbers: [['करीब 40', 40, null, true]] },
    contains: [/about 40 resolutions/],
  },
  {
    topic: 'figures', hi: 'जिले में करीब 81 नए प्रस्ताव आए, जबकि 20 खारिज हुए।',
    facts: { numbers: [['करीब 81', 81, null, true]] },
    contains: [/about 81 new resolutions/],
  },
  {
    topic: 'figures', hi: 'वार्ड 10 में 1.97 करोड़ रुपये की लागत से सड़क और नाला बनेगा, महापौर ने भूमिपूजन किया।',
    facts: { numbers: [['1.97 करोड़ रुपये', 19700000, 'rupee']] },
    contains: [/^Cost: 1\.97 crore rupees/],
  },
  {
    topic: 'figures', hi: 'पूर्व मंत्री रामलाल का 92 वर्ष की आयु में निधन हो गया।',
    facts: { numbers: [['92 वर्ष', 92, 'year']] },
    contains: [/age: 92 years/i],
  },
  {
    topic: 'figures', hi: 'राजधानी का एक्यूआई 318 दर्ज किया गया।',
    facts: { numbers: [['318', 318, 'AQI']] },
    contains: [/AQI 318/, /^(?!.*recorded)/],
  },
  // --- a side beaten by an unread winner is said beaten, never bare beside the margin (it would read as its win)
  {
    topic: 'sport', hi: 'रामपुर ने सितारा इलेवन को रोमांचक मैच में 9 रनों से हराया।',
    facts: { orgs: [['सितारा इलेवन', 'Sitara XI']], numbers: [['9 रनों', 9, 'run']] },
    contains: [/^Beaten: Sitara XI · margin: nine runs$/],
  },
  {
    topic: 'sport', hi: 'पंजाब ने असम को 4-2 से हराया।',
    facts: { places: [['पंजाब', 'Punjab'], ['असम', 'Assam']] },
    contains: [/^Punjab · beaten: Assam/],
  },
  // …but a defeat only wanted (हराने के लिए) beats no one
  {
    topic: 'sport', hi: 'असम को हराने के लिए पंजाब ने नई टीम चुनी और 3 खिलाड़ी बदले।',
    facts: { places: [['पंजाब', 'Punjab'], ['असम', 'Assam']], numbers: [['3 खिलाड़ी', 3, 'player']] },
    contains: [/^(?!.*beaten)/],
  },
  // --- a name marked by को before a gerund is its object, never "to X"
  {
    topic: 'sport', hi: 'पंजाब को हराने के लिए असम ने टीम बनाई।',
    facts: { places: [['पंजाब', 'Punjab'], ['असम', 'Assam']] },
    contains: [/for defeating Punjab/, /^(?!.*to Punjab)/],
  },
  {
    topic: 'crime', hi: 'आरोपी को पकड़ने के लिए पुलिस ने टीम बनाई।',
    facts: {},
    contains: [/^Police formed a team for catching accused$/],
  },
  // --- a pace or a momentum is taken up, no one caught (reviewer)
  {
    topic: 'weather', hi: 'मानसून ने रफ्तार पकड़ी।',
    facts: {},
    contains: [/picked up pace/, /^(?!.*caught)/],
  },
  {
    topic: 'politics', hi: 'किसान आंदोलन ने जोर पकड़ा।',
    facts: {},
    contains: [/gained momentum/, /^(?!.*caught)/],
  },
  // --- a span of time before पूर्व and a post is when the post was held, never "N years former X" (reviewer)
  {
    topic: 'politics', hi: 'पांच साल पूर्व विधायक रहे मोहन लाल ने सभा को संबोधित किया।',
    facts: { people: [['मोहन लाल', 'Mohan Lal']], numbers: [['पांच साल', 5, 'year']] },
    contains: [/Mohan Lal/, /^(?!.*[Ff]ormer)/],
  },
  // --- a verbless clause after the verb and a comma is no object of the verb (reviewer)
  {
    topic: 'weather', hi: 'मानसून ने रफ्तार पकड़ी, अगले 24 घंटे में भारी बारिश की चेतावनी।',
    facts: { numbers: [['24 घंटे', 24, 'hour']] },
    contains: [/warning of heavy rain/, /^(?!.*pace warning)/],
  },
  // --- a doer (ने) with no verb of doing read: the copula is no predicate of it
  {
    topic: 'crime', hi: 'पुलिस ने दो टीमें गठित की हैं।',
    facts: { numbers: [['दो टीमें', 2, 'team']] },
    contains: [/^Police · two teams$/],
  },
  // --- a raid made (छापे मारे) kills no one; a shot (गोली मार दी) is no killing (reviewer)
  {
    topic: 'crime', hi: 'पुलिस ने 7 स्थानों पर छापे मारे।',
    facts: { numbers: [['7 स्थानों', 7, 'place']] },
    contains: [/raided/, /^(?!.*kill)/],
  },
  {
    topic: 'crime', hi: 'बदमाशों ने युवक को गोली मार दी।',
    facts: {},
    contains: [/shot young man/, /^(?!.*kill)/],
  },
  // a collision (टक्कर मार दी) and a stab (चाकू मार दिया) are blows, no killing (a helper judged "… killed behind bus" wrong)
  {
    topic: 'accident', hi: 'एक जीप ने युवक को टक्कर मार दी।',
    facts: {},
    contains: [/hit young man/, /^(?!.*kill)/],
  },
  // (a speeding truck, not a "strong speed" one)
  {
    topic: 'accident', hi: 'तेज रफ्तार ट्रक ने युवक को टक्कर मार दी।',
    facts: {},
    contains: [/^Speeding truck hit young man/],
  },
  {
    topic: 'crime', hi: 'आरोपी ने युवक को चाकू मार दिया।',
    facts: {},
    contains: [/stabbed young man/, /^(?!.*kill)/],
  },
  // a bounty on a wanted man is his reward, never criminals "of" an amount (final read)
  {
    topic: 'crime', hi: 'पुलिस ने 40 हजार के इनामी बदमाश को पकड़ा।',
    facts: { numbers: [['40 हजार', 40000, 'rupee']] },
    contains: [/criminal with a reward of Rs 40,000/],
  },
  // (and a blow with a stick or a kick is a beating, no killing: review)
  {
    topic: 'crime', hi: 'आरोपियों ने युवक को डंडा मार दिया।',
    facts: {},
    contains: [/beat young man/, /^(?!.*kill)/],
  },
  {
    topic: 'crime', hi: 'आरोपियों ने युवक को लात मार दी।',
    facts: {},
    contains: [/kicked young man/, /^(?!.*kill)/],
  },
  // बिजली alone is power; lightning falls (a helper judged "lightning board" for an electricity board's team wrong)
  {
    topic: 'civic', hi: 'बिजली बोर्ड के कर्मचारियों ने हड़ताल की।',
    facts: {},
    contains: [/[Ee]lectricity board/, /^(?!.*lightning)/],
  },
  {
    topic: 'history', hi: 'अयोध्या में कार सेवकों ने सभा की।',
    facts: {},
    contains: [/[Kk]ar sevaks/, /^(?!.*\b[Cc]ars?\b)/],
  },
  {
    topic: 'disaster', hi: 'खेत में काम कर रहे किसान पर बिजली गिर गई।',
    facts: {},
    contains: [/lightning/, /^(?!.*electricity)/],
  },
  {
    topic: 'disaster', hi: 'आकाशीय बिजली गिरने से खेत में किसान की मौत हो गई।',
    facts: {},
    contains: [/lightning/, /^(?!.*electricity)/],
  },
  // --- the bodies are what is sent for a post-mortem, never where to
  {
    topic: 'crime', hi: 'पुलिस ने तीनों शवों को पोस्टमार्टम हेतु भेज दिया।',
    facts: {},
    contains: [/^Police sent all three bodies for post-mortem$/],
  },
  // --- a funeral procession is no visit
  {
    topic: 'obituary', hi: 'उनकी अंतिम यात्रा में सैकड़ों लोग शामिल हुए।',
    facts: { numbers: [['सैकड़ों लोग', 100, 'person', true]] },
    contains: [/funeral procession/, /^(?!.*visit)/],
  },
];
