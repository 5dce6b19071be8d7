import type { EnglishCase } from './english-cases.js';

const BJP: [string, string] = ['भाजपा', 'Bharatiya Janata Party'];

/** Verb frames and postposition rules: dative subjects, predicates, infinitive complements, तक, passives. */
export const FRAME_CASES: (EnglishCase & { rule: string })[] = [
  // को … मिला: the को-phrase is who got it
  // places hyphened into one word are both named (was "India's statement" for भारत-अमेरिका का साझा बयान)
  { rule: 'genitive', topic: 'diplomacy', hi: 'दोनों नेताओं ने भारत-अमेरिका का साझा बयान जारी किया।', facts: { places: [['भारत', 'India'], ['अमेरिका', 'United States']] }, contains: ['India and United States', 'joint statement'] },
  // a super over, not "overs"
  { rule: 'lexicon', topic: 'cricket', hi: 'भारत ने सुपर ओवर में 16 रन बनाकर जीत दर्ज की।', facts: { places: [['भारत', 'India']], numbers: [['16 रन', 16, 'run']] }, contains: ['super over'] },
  // a role's visit is the visitor's, not a visit to them
  { rule: 'genitive', topic: 'diplomacy', hi: 'बंगलादेश के विदेश मंत्री की यह यात्रा अहम है।', facts: { places: [['बंगलादेश', 'Bangladesh']] }, contains: ["Foreign Minister's visit"] },
  // rain against normal keeps its measure (कम वर्षा: deficient, never "rain districts")
  { rule: 'lexicon', topic: 'weather', hi: 'कम वर्षा वाले जिलों की संख्या 3 है।', facts: { numbers: [['3', 3, null]] }, contains: ['deficient rainfall'] },
  // an assembly constituency, not a region; the post of president, not a presidency
  { rule: 'lexicon', topic: 'election', hi: 'इस विधानसभा क्षेत्र में 2 लाख मतदाता हैं।', facts: { numbers: [['2 लाख मतदाता', 200000, 'voter']] }, contains: ['assembly constituency'] },
  { rule: 'lexicon', topic: 'election', hi: 'अध्यक्ष पद के लिए 5 उम्मीदवार मैदान में हैं।', facts: { numbers: [['5 उम्मीदवार', 5, 'candidate']] }, contains: ['Post of president'] },
  { rule: 'dative', topic: 'election', hi: 'भाजपा को अकेले 240 सीटें मिलीं।', facts: { orgs: [BJP], numbers: [['240 सीटें', 240, 'seat']] }, contains: [/^Bharatiya Janata Party got 240 seats alone/] },
  { rule: 'dative', topic: 'election', hi: 'समाजवादी पार्टी को उत्तर प्रदेश में 37 सीटें मिलीं।', facts: { orgs: [['समाजवादी पार्टी', 'Samajwadi Party']], places: [['उत्तर प्रदेश', 'Uttar Pradesh']], numbers: [['37 सीटें', 37, 'seat']] }, contains: ['Samajwadi Party got 37 seats', 'in Uttar Pradesh'] },
  { rule: 'dative', topic: 'markets', hi: 'निवेशकों को एक दिन में 50,000 रुपये का नुकसान हुआ।', facts: { numbers: [['50,000 रुपये', 50000, 'rupee']] }, contains: [/^Investors suffered a loss of Rs 50,000/] },
  // "all N" (तीनों, तीनो as pages type it) is the count's own word: "all three accused"
  { rule: 'all N', topic: 'crime', hi: 'पुलिस ने तीनों आरोपियों को अदालत में पेश किया।', facts: { numbers: [['तीनों आरोपियों', 3, 'accused']] }, contains: [/all three accused/] },
  { rule: 'all N', topic: 'crime', hi: 'पुलिस ने तीनो आरोपियों को अदालत में पेश किया।', facts: { numbers: [['तीनो आरोपियों', 3, 'accused']] }, contains: [/all three accused/] },
  // a school's नामांकन is enrolment
  { rule: 'lexicon', topic: 'education', hi: 'सरकारी स्कूलों में नामांकन बढ़ा है।', facts: {}, contains: [/school enrolment/] },
  // a winner (विजेता) is who gets
  { rule: 'dative', topic: 'sport', hi: 'इस प्रतियोगिता में विजेता को 50 लाख रुपये मिलेंगे।', facts: { numbers: [['50 लाख रुपये', 5000000, 'rupee']] }, contains: [/^Winner will get 50 lakh rupees/] },
  // मिल with no one to meet and no one to get: found ("22 new patients met" was wrong)
  { rule: 'found', topic: 'health', hi: 'स्वास्थ्य विभाग के मुताबिक मंगलवार को डेंगू के 22 नए मरीज मिले।', facts: { numbers: [['22 नए मरीज', 22, 'patient']], dates: [['मंगलवार', '2021-08-17', 'day']] }, contains: [/22 new patients of dengue were found/] },
  { rule: 'found', topic: 'diplomacy', hi: 'मोदी और बाइडन जी20 सम्मेलन में मिले।', facts: { people: [['मोदी', 'Narendra Modi'], ['बाइडन', 'Joe Biden']] }, contains: [/^(?!.*found)/] },
  { rule: 'found', topic: 'diplomacy', hi: 'दोनों देशों के विदेश मंत्री मंगलवार को मिले।', facts: { dates: [['मंगलवार', '2024-06-18', 'day']] }, contains: [/^(?!.*found)/] },
  { rule: 'found', topic: 'diplomacy', hi: 'मोदी ट्रंप से मिले।', facts: { people: [['मोदी', 'Narendra Modi'], ['ट्रंप', 'Donald Trump']] }, contains: [/Narendra Modi met Donald Trump/] },
  // बढ़त बना: take a lead, over the पर-phrase; the score stays a score
  // वहीं ("there; meanwhile") is a known word, read as nothing: never "While" (a subordinate clause with no main one)
  { rule: 'lead', topic: 'crime', hi: 'वहीं, पुलिस ने दो आरोपियों को गिरफ्तार किया।', facts: {}, contains: [/^Police arrested/] },
  { rule: 'lead', topic: 'sport', hi: 'इस गोल से केरला ने गोवा की टीम पर 1-0 से बढ़त बना ली।', facts: { places: [['केरला', 'Kerala'], ['गोवा', 'Goa']], numbers: [['1-0', 1, 'goal'], ['1-0', 0, 'goal']] }, contains: [/^Kerala took a lead over Goa's team 1–0/] },
  // a genitive chain as the modifier goes after its head (was "Bandhan Bank of private sector net profit")
  { rule: 'genitive-chain', topic: 'business', hi: 'निजी क्षेत्र के बंधन बैंक का शुद्ध लाभ बढ़ा।', facts: { orgs: [['बंधन बैंक', 'Bandhan Bank']] }, contains: [/^Net profit of Bandhan Bank of private sector rose/] },
  // की बदौलत is "thanks to", not the light verb of गोल कर ("scored"); the winner stays the subject
  { rule: 'thanks-to', topic: 'sport', hi: 'ग्रेगोरी अर्नोलिन के गोल की बदौलत एफसी गोवा ने केरला ब्लास्टर्स एफसी को 2-1 से हरा दिया।', facts: { people: [['ग्रेगोरी अर्नोलिन', 'Gregori Arnolin']], orgs: [['एफसी गोवा', 'FC Goa'], ['केरला ब्लास्टर्स एफसी', 'Kerala Blasters FC']], numbers: [['2-1', 2, 'goal'], ['2-1', 1, 'goal']] }, contains: [/^FC Goa defeated Kerala Blasters FC 2–1 thanks to Gregori Arnolin's goal/] },
  // X देखने को मिल: X is seen (was "Watching rain may get in several areas")
  { rule: 'be-seen', topic: 'weather', hi: 'कई इलाकों में बारिश देखने को मिल सकती है।', facts: {}, contains: [/^Rain may be seen in several areas/] },
  // a place noun before a place is its apposition; V-ते जा is "keep doing", no passive (was "National capital is being risen by case in Delhi")
  { rule: 'apposition', topic: 'health', hi: 'राष्ट्रीय राजधानी दिल्ली में डेंगू के मामले बढ़ते जा रहे हैं।', facts: { places: [['दिल्ली', 'Delhi']] }, contains: [/are rising in national capital Delhi/, /^(?!National capital)/] },
  { rule: 'sides', topic: 'courts', hi: 'न्यायमूर्ति ने दोनों पक्षों की सुनवाई के बाद जमानत दी।', facts: {}, contains: ['both sides'] },
  // an age said with वर्षीय before a person is "-year-old"; before anything else it is a span ("five-year plan")
  { rule: 'age', topic: 'crime', hi: 'हादसे में सात वर्षीय बच्ची की मौत हो गई।', facts: { numbers: [['सात वर्षीय', 7, 'year']] }, contains: [/^Seven-year-old girl died/] },
  { rule: 'age', topic: 'crime', hi: 'पुलिस ने 22 वर्षीय मुकेश कुमार को गिरफ्तार किया।', facts: { people: [['मुकेश कुमार', 'Mukesh Kumar']], numbers: [['22 वर्षीय', 22, 'year']] }, contains: ['22-year-old Mukesh Kumar'] },
  // an age before a kin noun is the kin's ("88-year-old mother"), never left bare beside the son's name
  { rule: 'age', topic: 'obituary', hi: 'पूर्व मुखिया रमेश यादव के 88 वर्षीया माता सावित्री देवी का गांव में निधन हो गया।', facts: { people: [['रमेश यादव', 'Ramesh Yadav'], ['सावित्री देवी', 'Savitri Devi']], numbers: [['88 वर्षीया', 88, 'year']] }, contains: ['88-year-old mother'] },
  // …and years with a genitive before a kin noun (`88 साल की मां`; reviewer: "88 years" beside the son's name)
  { rule: 'age', topic: 'obituary', hi: 'पूर्व मुखिया रामेश्वर सिंह की 88 साल की मां का गांव में निधन हो गया।', facts: { people: [['रामेश्वर सिंह', 'Rameshwar Singh']], numbers: [['88 साल', 88, 'year']] }, contains: ['88-year-old mother'] },
  { rule: 'age', topic: 'crime', hi: 'गांव निवासी सुरेश के 30 वर्षीय पुत्र की हादसे में मौत हो गई।', facts: { people: [['सुरेश', 'Suresh']], numbers: [['30 वर्षीय', 30, 'year']] }, contains: ['30-year-old son'] },
  { rule: 'age', topic: 'economy', hi: 'सरकार ने पांच वर्षीय योजना शुरू की।', facts: { numbers: [['पांच वर्षीय', 5, 'year']] }, contains: ['five-year plan', /^(?!.*year-old)/] },
  // a verb with a destination keeps its object before the destination; custody is custody
  { rule: 'destination', topic: 'crime', hi: 'पुलिस ने आरोपी को जेल भेज दिया।', facts: {}, contains: [/^Police sent accused to jail/] },
  { rule: 'destination', topic: 'crime', hi: 'आरोपी को न्यायिक हिरासत में जेल भेज दिया गया।', facts: {}, contains: [/^Accused was sent to jail in judicial custody/] },
  // N or more includes N: at least, never "more than" (zzzu first run)
  { rule: 'qualifier', topic: 'education', hi: 'स्कूल की 34 छात्राओं को 92 प्रतिशत और उससे अधिक अंक मिले।', facts: { numbers: [['34 छात्राओं', 34, 'student'], ['92 प्रतिशत और उससे अधिक', 92, 'percent']] }, contains: ['at least 92%', /^(?!.*more than)/] },
  // the injured are sent, the hospital is where (zzzv first run: "Hospital was sent to injured in bus accident")
  { rule: 'destination', topic: 'accident', hi: 'आग में झुलसे मजदूरों को इलाज के लिए अस्पताल भेजा गया।', facts: {}, contains: [/^Labourers were sent to hospital/, /^(?!.*[Hh]ospital was sent)/] },
  // (a bare noun beside the patient is no doer of the passive: no sentence, never "Injured was sent two youths")
  { rule: 'destination', topic: 'accident', hi: 'सड़क हादसे में घायल दो युवकों को अस्पताल भेजा गया।', facts: { numbers: [['दो युवकों', 2, 'youth']] }, contains: [/two youths/, /^(?!.*was sent two)/] },
  // (the kind of hospital is where too, never the one sent: reviewer "District was sent injured to hospital")
  { rule: 'destination', topic: 'accident', hi: 'गंभीर रूप से घायल युवक को जिला अस्पताल भेजा गया।', facts: {}, contains: [/was sent to the district hospital/, /^(?!District)/] },
  // a place or body bare beside the one sent is where to, never what was sent (was "Kanpur was sent to accused",
  // "… Medical College was sent to injured")
  { rule: 'destination', topic: 'crime', hi: 'आरोपी को कानपुर भेजा गया।', facts: { places: [['कानपुर', 'Kanpur']] }, contains: [/^(?!Kanpur was sent)/, /Kanpur/] },
  { rule: 'destination', topic: 'accident', hi: 'घायल को सरोजिनी नायडू मेडिकल कॉलेज भेजा गया।', facts: { orgs: [['सरोजिनी नायडू मेडिकल कॉलेज', 'Sarojini Naidu Medical College']] }, contains: [/^(?!Sarojini Naidu Medical College was sent)/, /Sarojini Naidu Medical College/] },
  { rule: 'destination', topic: 'accident', hi: 'पुलिस ने घायल को सरकारी अस्पताल भेज दिया।', facts: {}, contains: [/^Police sent injured to a government hospital/] },
  // (one who reached the hospital was taken nowhere)
  { rule: 'destination', topic: 'accident', hi: 'घायल युवक खुद अस्पताल पहुंचा था।', facts: {}, contains: [/^(?!.*took)/] },
  { rule: 'custody', topic: 'crime', hi: 'पुलिस कस्टडी में हत्या के एक आरोपी की मौत हो गई।', facts: {}, contains: ['died in police custody'] },
  // a list of figures joined by commas and और is one object (reviewer: "won three bronze medals two gold medals")
  { rule: 'figure-list', topic: 'sport', hi: 'टीम ने दो गोल्ड, दो सिल्वर और तीन ब्रॉन्ज जीते।', facts: { numbers: [['दो गोल्ड', 2, 'gold medal'], ['दो सिल्वर', 2, 'silver medal'], ['तीन ब्रॉन्ज', 3, 'bronze medal']] }, contains: ['won two gold medals, two silver medals and three bronze medals'] },
  // घटना is the incident (never the infinitive of घट, "falling"); मौके पर ही is on the spot (zzs first run: "Death on three youths in falling")
  { rule: 'incident', topic: 'crime', hi: 'घटना में तीन युवकों की मौके पर ही मौत हो गयी।', facts: { numbers: [['तीन युवकों', 3, 'youth']] }, contains: [/^Three youths died on the spot in incident/, /^(?!.*falling)/] },
  // who leads or chairs is named as such, not "in X"
  { rule: 'led-by', topic: 'local', hi: 'जिलाधिकारी की अध्यक्षता में बैठक हुई।', facts: {}, contains: ['chaired by district magistrate', /^(?!.* in district magistrate)/] },
  // a crime the report names is read (was dropped: "Opposition accused government")
  { rule: 'crime-noun', topic: 'crime', hi: 'पुलिस ने दो आरोपियों को लूट के मामले में गिरफ्तार किया।', facts: { numbers: [['दो आरोपियों', 2, 'accused']] }, contains: ['robbery'] },
  // बांट / वितरित कर: distribute, the को-phrase is who received
  { rule: 'distribute', topic: 'disaster', hi: 'प्रशासन ने 500 कंबल और 20 टेंट बांटे।', facts: { numbers: [['500 कंबल', 500, 'blanket'], ['20 टेंट', 20, 'tent']] }, contains: [/^Administration distributed 500 blankets and 20 tents/] },
  // a disease, a dividend per share: the nouns a report turns on are read
  { rule: 'nouns', topic: 'health', hi: 'पटना जिले में मंगलवार को डेंगू के 105 नए मामले सामने आए।', facts: { places: [['पटना', 'Patna']], numbers: [['105 नए मामले', 105, 'case']], dates: [['मंगलवार', '2023-09-19', 'day']] }, contains: ['105 new cases of dengue'] },
  { rule: 'nouns', topic: 'business', hi: 'बैंक ने 7.10 रुपये प्रति शेयर के लाभांश की भी घोषणा की है।', facts: { numbers: [['7.10 रुपये', 7.1, 'rupee']] }, contains: ['dividend of Rs 7.1 per share'] },
  // a party's or body's office is one phrase with it (was "Leader Rahul Gandhi accused chairman Lok Sabha Indian National Congress")
  { rule: 'office', topic: 'politics', hi: 'कांग्रेस नेता राहुल गांधी ने लोकसभा अध्यक्ष पर गंभीर आरोप लगाया।', facts: { people: [['राहुल गांधी', 'Rahul Gandhi']], orgs: [['कांग्रेस', 'Indian National Congress'], ['लोकसभा', 'Lok Sabha']] }, contains: [/^Indian National Congress leader Rahul Gandhi accused Lok Sabha/] },
  // runs are scored, houses built
  { rule: 'score', topic: 'sport', hi: 'इंग्लैंड ने अपनी पहली पारी में 218 रन बनाए थे।', facts: { places: [['इंग्लैंड', 'England']], numbers: [['218 रन', 218, 'run']] }, contains: [/^England scored 218 runs/] },
  { rule: 'score', topic: 'housing', hi: 'सरकार ने 500 घर बनाए।', facts: { numbers: [['500 घर', 500, 'house']] }, contains: [/built 500 houses/] },
  { rule: 'distribute', topic: 'disaster', hi: 'प्रशासन ने बाढ़ पीड़ितों में 500 कंबल बांटे।', facts: { numbers: [['500 कंबल', 500, 'blanket']] }, contains: ['distributed 500 blankets among flood victims'] },
  // a genitive before a verb made of a noun is that noun's: accused of, warned of
  { rule: 'noun-verb-of', topic: 'politics', hi: 'विपक्ष ने सरकार पर भ्रष्टाचार का आरोप लगाया।', facts: {}, contains: [/^Opposition accused government of corruption/] },
  // X को Y करार दिया / बताया / चुना गया: a predicate after the object
  { rule: 'predicate', topic: 'courts', hi: 'उच्च न्यायालय ने राज्य सरकार के आदेश को असंवैधानिक करार दिया।', facts: {}, contains: ['High Court declared', 'unconstitutional'] },
  { rule: 'predicate', topic: 'diplomacy', hi: 'चीन ने अमेरिकी प्रतिबंधों को गैरकानूनी बताया।', facts: { places: [['चीन', 'China'], ['अमेरिकी', 'United States', true]] }, contains: ['China called US sanctions illegal'] },
  { rule: 'predicate', topic: 'health', hi: 'डब्ल्यूएचओ ने इस बीमारी को वैश्विक स्वास्थ्य आपातकाल घोषित किया।', facts: { orgs: [['डब्ल्यूएचओ', 'World Health Organization']] }, contains: ['World Health Organization declared disease global health emergency'] },
  { rule: 'predicate', topic: 'sport', hi: 'जसप्रीत बुमराह को प्लेयर ऑफ द मैच चुना गया।', facts: { people: [['जसप्रीत बुमराह', 'Jasprit Bumrah']] }, contains: ['Jasprit Bumrah was named Player of the Match'] },
  { rule: 'predicate', topic: 'business', hi: 'एन चंद्रशेखरन को कंपनी का अध्यक्ष नियुक्त किया गया।', facts: { people: [['एन चंद्रशेखरन', 'N. Chandrasekaran']] }, contains: ['N. Chandrasekaran was appointed', 'chairman'] },
  { rule: 'predicate', topic: 'health', hi: 'यह टीका पूरी तरह स्वदेशी है।', facts: {}, contains: ['vaccine is indigenous'] },
  { rule: 'become', topic: 'economy', hi: 'भारत दुनिया की पांचवीं सबसे बड़ी अर्थव्यवस्था बन गया।', facts: { places: [['भारत', 'India']] }, contains: [/^India became/, 'economy'] },
  // X ने Y को Z करने का निर्देश दिया → ordered Y to Z; तक → by
  { rule: 'infinitive', topic: 'courts', hi: 'अदालत ने पुलिस को 10 जुलाई तक रिपोर्ट सौंपने का निर्देश दिया।', facts: { dates: [['10 जुलाई', '2024-07-10', 'day']] }, contains: ['Court ordered police to hand over report by 10 July 2024'] },
  { rule: 'infinitive', topic: 'health', hi: 'स्वास्थ्य मंत्रालय ने राज्यों को हवाई अड्डों पर निगरानी बढ़ाने का आदेश दिया।', facts: {}, contains: ['health ministry ordered states to raise surveillance', 'airport'] },
  { rule: 'infinitive', topic: 'crime', hi: 'परिवार ने दोषियों को सजा देने की मांग की।', facts: {}, contains: ['family demanded to punish culprits'] },
  { rule: 'until', topic: 'politics', hi: 'संसद की बैठक 12 अगस्त तक चलेगी।', facts: { dates: [['12 अगस्त', '2024-08-12', 'day']] }, contains: ['will continue until 12 August 2024'] },
  // quantities reached; passives whose verb carries the noun
  { rule: 'quantity', topic: 'weather', hi: 'दिल्ली में तापमान 46 डिग्री तक पहुंच गया।', facts: { places: [['दिल्ली', 'Delhi']], numbers: [['46 डिग्री तक', 46, 'degree']] }, contains: ['temperature reached 46 degrees'] },
  { rule: 'quantity', topic: 'business', hi: 'आदित्य बिड़ला कैपिटल का शुद्ध लाभ दूसरी तिमाही में 43 प्रतिशत बढ़ा।', facts: { orgs: [['आदित्य बिड़ला कैपिटल', 'Aditya Birla Capital']], numbers: [['43 प्रतिशत', 43, 'percent']] }, contains: [/^Aditya Birla Capital net profit rose by 43%/] },
  { rule: 'passive', topic: 'economy', hi: 'इस पर 24,000 करोड़ रुपये खर्च होंगे।', facts: { numbers: [['24,000 करोड़ रुपये', 240000000000, 'rupee']] }, contains: [/24,000 crore rupees will be spent/] },
  { rule: 'passive', topic: 'crime', hi: 'आरोपियों के खिलाफ मामला दर्ज किया गया है।', facts: {}, contains: [/^A case (was|has been) registered against accused/] },
  { rule: 'passive', topic: 'weather', hi: 'सात जिलों के लिए ऑरेंज अलर्ट जारी किया गया।', facts: { numbers: [['सात जिलों', 7, 'district']] }, contains: ['orange alert was issued', 'seven districts'] },
  { rule: 'continued', topic: 'crime', hi: 'पुलिस ने मामला दर्ज किया और जांच जारी है।', facts: {}, contains: ['and investigation continues'] },
  // light-verb constructions, ordinals with बार, postpositions
  { rule: 'light verb', topic: 'election', hi: 'मतदाताओं ने लगातार तीसरी बार सरकार पर भरोसा जताया।', facts: {}, contains: ['voters expressed trust in government for the third consecutive time'] },
  { rule: 'light verb', topic: 'politics', hi: 'कांग्रेस ने नतीजों पर सवाल उठाए और चुनाव आयोग से शिकायत की।', facts: { orgs: [['कांग्रेस', 'Indian National Congress'], ['चुनाव आयोग', 'Election Commission of India']] }, contains: ['Indian National Congress raised questions about results and complained to Election Commission of India'] },
  { rule: 'light verb', topic: 'crime', hi: 'पुलिस ने आरोपियों के पास से 5 लाख रुपये की ड्रग्स बरामद की।', facts: { numbers: [['5 लाख रुपये', 500000, 'rupee']] }, contains: ['Police seized drugs', 'from accused'] },
  { rule: 'light verb', topic: 'crime', hi: 'बदमाशों ने एक व्यापारी की गोली मारकर हत्या कर दी।', facts: {}, contains: ['criminals shot dead', 'trader'] },
  // "काबू में लाना" (bring under control) is not in the lexicon: "it is necessary to bring inflation" said the opposite
  { rule: 'necessary', topic: 'markets', hi: 'गवर्नर ने कहा कि महंगाई को काबू में लाना जरूरी है।', facts: {}, contains: ['governor', 'inflation'] },
  { rule: 'postposition', topic: 'crime', hi: 'पुलिस ने कहा कि हत्या के पीछे संपत्ति विवाद है।', facts: {}, contains: ['property dispute is behind murder'] },
  // a named doer keeps the place before पहुंच as where it arrives (the place is the subject only when nothing else is)
  { rule: 'destination', topic: 'politics', hi: 'प्रधानमंत्री मोदी आज वाराणसी पहुंचेंगे।', facts: { people: [['मोदी', 'Narendra Modi', 'Prime Minister', 'India']], places: [['वाराणसी', 'Varanasi']], dates: [['आज', '2024-06-19', 'day']] }, contains: ['Narendra Modi will arrive in Varanasi'] },
  { rule: 'gerund', topic: 'sport', hi: 'मैच देखने के लिए हजारों दर्शक स्टेडियम पहुंचे।', facts: {}, contains: ['for watching match'] },
  // चल + जा is go: "continued" said the rate stayed, the Hindi says it went above
  { rule: 'go', topic: 'economy', hi: 'महंगाई दर 6 प्रतिशत से ऊपर चली गई।', facts: { numbers: [['6 प्रतिशत से ऊपर', 6, 'percent']] }, contains: [/^(?!.*continued)/] },
  // a quantifier opens the phrase, before the genitive that modifies its noun
  { rule: 'quantifier', topic: 'crime', hi: 'पुलिस की कई टीमों ने तीन अलग-अलग स्थानों पर छापेमारी की।', facts: { numbers: [['तीन अलग-अलग स्थानों', 3, 'place']] }, contains: [/^Several police teams raided/] },
  // a verb listed by its future form is future (रहेंगे → will stay); a nickname in quotes after a name is the same person, said once
  { rule: 'future form', topic: 'diplomacy', hi: 'नेपाल के प्रधानमंत्री पुष्प कमल दहल ‘प्रचंड’ प्रधानमंत्री नरेन्द्र मोदी के निमंत्रण पर भारत की आधिकारिक यात्रा पर रहेंगे।', facts: { people: [['पुष्प कमल दहल', 'Pushpa Kamal Dahal'], ['प्रचंड', 'Pushpa Kamal Dahal'], ['नरेन्द्र मोदी', 'Narendra Modi']], places: [['नेपाल', 'Nepal'], ['भारत', 'India']] }, contains: ['Pushpa Kamal Dahal will stay', /Narendra Modi$/] },
  { rule: 'past of लगा', topic: 'economy', hi: 'सरकार ने आयात पर प्रतिबंध लगा दिया।', facts: {}, contains: [/^Government (imposed|banned)/] },
  // a score after से is the score, not a margin of its first figure ("by three goals" for 3-1 was wrong)
  { rule: 'score', topic: 'sport', hi: 'भारतीय पुरुष हॉकी टीम ने न्यूजीलैंड को 3-1 से हराया।', facts: { orgs: [['भारतीय पुरुष हॉकी टीम', 'India men\'s national field hockey team']], places: [['न्यूजीलैंड', 'New Zealand']], numbers: [['3-1', 3, 'goal'], ['3-1', 1, 'goal']] }, contains: [/defeated New Zealand 3–1$/] },
  // (an em dash between the sides is the same score, never a margin of goals: review)
  { rule: 'score', topic: 'sport', hi: 'भारतीय पुरुष हॉकी टीम ने न्यूजीलैंड को 4—2 से हराया।', facts: { orgs: [['भारतीय पुरुष हॉकी टीम', 'India men\'s national field hockey team']], places: [['न्यूजीलैंड', 'New Zealand']], numbers: [['4—2', 4, 'goal'], ['4—2', 2, 'goal']] }, contains: [/defeated New Zealand 4–2$/] },
  // names listed with commas and और are one subject; a figure said twice is "each"
  { rule: 'comma list', topic: 'sport', hi: 'भारतीय टीम के लिए हरमनप्रीत सिंह, दिलप्रीत सिंह और मनदीप सिंह ने 1-1 गोल किया।', facts: { people: [['हरमनप्रीत सिंह', 'Harmanpreet Singh'], ['दिलप्रीत सिंह', 'Dilpreet Singh'], ['मनदीप सिंह', 'Mandeep Singh']], numbers: [['1-1', 1, 'goal'], ['1-1', 1, 'goal']] }, contains: [/^Harmanpreet Singh, Dilpreet Singh and Mandeep Singh scored one goal each/] },
  { rule: 'comma list with offices', topic: 'diplomacy', hi: 'शेख हसीना राष्ट्रपति द्रौपदी मुर्मू, उपराष्ट्रपति जगदीप धनखड़ और प्रधानमंत्री नरेंद्र मोदी से मुलाकात करेंगी।', facts: { people: [['शेख हसीना', 'Sheikh Hasina'], ['द्रौपदी मुर्मू', 'Droupadi Murmu'], ['जगदीप धनखड़', 'Jagdeep Dhankhar'], ['नरेंद्र मोदी', 'Narendra Modi']] }, contains: ['President Droupadi Murmu, Vice President Jagdeep Dhankhar and Prime Minister Narendra Modi'] },
  // an unread noun before a bare light verb is the predicate: no sentence ("gave to farmers" said nothing true)
  { rule: 'unread predicate noun', topic: 'politics', hi: 'मोदी सरकार ने किसानों को धोखा दिया।', facts: {}, contains: [/^(?!.*gave to farmers)/i] },
  // an unread infinitive before का: what was decided is not read, so no sentence ("decided 20 new bridges")
  { rule: 'unread infinitive', topic: 'politics', hi: 'सरकार ने 20 नए पुल झुलाने का फैसला किया।', facts: { numbers: [['20 नए पुल', 20, 'bridge']] }, contains: [/^(?!.*decided 20)/] },
  // a speaker read in full keeps "said" before what was said in a facts line: the crimes are not the officer's
  { rule: 'speaker frame', topic: 'crime', hi: 'एसएसपी बबलू कुमार ने बताया कि हत्या, उगाही, लूट के 37 मामालों में वांछित प्रभाष को कल गिरफ्तार कर लिया गया।', facts: { people: [['बबलू कुमार', 'Bablu Kumar']] }, contains: [/^SSP Bablu Kumar · said · /] },
  // …and so does a speaker read only as a name before ने and a verb of saying (was "Harish Bansal · 96% · Reena Verma": the
  // teacher listed beside the pupil's score as if it were his)
  { rule: 'speaker frame', topic: 'education', hi: 'विद्यालय के हरीश बंसल ने बताया कि 96 प्रतिशत अंकों के साथ रीना वर्मा पहले स्थान पर रहीं।', facts: { people: [['हरीश बंसल', 'Harish Bansal'], ['रीना वर्मा', 'Reena Verma']], numbers: [['96 प्रतिशत', 96, 'percent']] }, contains: [/^Harish Bansal · said ·/] },
  // (not a denial, nor with a second name in the attribution: a co-speaker is no part of what was said, reviewer)
  { rule: 'speaker frame', topic: 'crime', hi: 'कस्बे के व्यापारी रमेश लाल व सुरेश कुमार ने बताया कि दुकान से 5 लाख रुपये चोरी हुए।', facts: { people: [['रमेश लाल', 'Ramesh Lal'], ['सुरेश कुमार', 'Suresh Kumar']], numbers: [['5 लाख रुपये', 500000, 'rupee']] }, contains: [/^(?!Suresh Kumar · said · Ramesh Lal)/] },
  // (a pronoun leads nothing)
  { rule: 'speaker frame', topic: 'politics', hi: 'उन्होंने बताया कि हत्या, उगाही, लूट के 37 मामालों में वांछित प्रभाष को कल गिरफ्तार कर लिया गया।', facts: {}, contains: [/^(?!They)/] },
  // an office repeated in brackets cuts the doer's phrase: no sentence (was "Prabhat Kumar gave SP during talks information …")
  { rule: 'bracketed office', topic: 'crime', hi: 'इस गिरफ्तारी की जानकारी पुलिस अधीक्षक (एसपी) प्रभात कुमार ने गुरुवार को प्रेस वार्ता के दौरान दी।', facts: { people: [['प्रभात कुमार', 'Prabhat Kumar']], dates: [['गुरुवार', '2024-06-13', 'day']] }, contains: [/^(?!.*gave SP)/] },
  // a postponement to a date lasts until it (was "postponed by 20 July", a deadline)
  // a firm's लाभ is its profit, a scheme's its benefit, never a profit (reviewer)
  { rule: 'lexicon', topic: 'business', hi: 'चौथी तिमाही में बैंकों का लाभ 15 प्रतिशत बढ़ा।', facts: { numbers: [['15 प्रतिशत', 15, 'percent']] }, contains: ['profit'] },
  { rule: 'lexicon', topic: 'business', hi: 'बैंक का लाभ 20 प्रतिशत बढ़कर 800 करोड़ रुपये हो गया।', facts: { numbers: [['20 प्रतिशत', 20, 'percent'], ['800 करोड़ रुपये', 8000000000, 'rupee']] }, contains: ['profit'] },
  { rule: 'lexicon', topic: 'scheme', hi: 'प्रधानमंत्री किसान सम्मान निधि का लाभ 9000 किसानों को मिला।', facts: { numbers: [['9000 किसानों', 9000, 'farmer']] }, contains: [/^(?!.*profit)/, 'benefit'] },
  { rule: 'lexicon', topic: 'scheme', hi: 'योजना का लाभ 5 लाख बहनों को मिलेगा।', facts: { numbers: [['5 लाख बहनों', 500000, 'woman']] }, contains: [/^(?!.*profit)/] },
  // the counted noun is not said again as its own adjective (was "Two passenger passengers")
  { rule: 'lexicon', topic: 'accident', hi: 'दुर्घटना में 2 यात्री घायल हो गए।', facts: { numbers: [['2 यात्री', 2, 'passenger']] }, contains: [/^(?!.*passenger passengers)/, 'two passengers'] },
  // an abbreviation in brackets after a name only glosses it (was "Aam Aadmi Party was heard … on leader's plea")
  { rule: 'gloss', topic: 'courts', hi: 'आम आदमी पार्टी (AAP) के नेता सत्येंद्र जैन की याचिका पर सुप्रीम कोर्ट में सुनवाई हुई।', facts: { orgs: [['आम आदमी पार्टी', 'Aam Aadmi Party'], ['सुप्रीम कोर्ट', 'Supreme Court of India']], people: [['सत्येंद्र जैन', 'Satyendar Jain']] }, contains: [/^(?!Aam Aadmi Party was heard)/, "Aam Aadmi Party leader Satyendar Jain's"] },
  { rule: 'until', topic: 'courts', hi: 'अदालत ने सुनवाई 20 जुलाई तक स्थगित कर दी।', facts: { dates: [['20 जुलाई', '2024-07-20', 'day']] }, contains: [/postponed hearing until 20 July 2024/] },
  // a range before तक is the time itself; a date before तक in an order or a demand is a deadline (reviewer: both read "until:")
  { rule: 'until', topic: 'culture', hi: 'मेला 5 से 15 जुलाई तक चलेगा और इसमें 200 दुकानें लगेंगी।', facts: { dates: [['5 से 15 जुलाई', '2024-07-05', 'day', '2024-07-15']], numbers: [['200 दुकानें', 200, 'shop']] }, contains: [/when: 5–15 July 2024/, /^(?!.*until)/] },
  // (a span of years before तक too: never "by 2019–2023", reviewer)
  { rule: 'until', topic: 'economy', hi: 'सरकार ने 2019 से 2023 तक बुजुर्गों को पेंशन दी।', facts: { dates: [['2019 से 2023', '2019', 'year', '2023']] }, contains: [/when: 2019–2023/, /^(?!.*(?:by|until) 2019)/] },
  // (an order before the date, or an obligation in the next clause, does not govern the तक phrase: reviewer)
  { rule: 'until', topic: 'education', hi: 'जिलाधिकारी के आदेश पर जिले में 30 जून तक सभी स्कूल बंद रहेंगे।', facts: { dates: [['30 जून', '2024-06-30', 'day']] }, contains: [/until: 30 June 2024/, /^(?!.*by:)/] },
  { rule: 'until', topic: 'rail', hi: 'रेलवे ने 15 जुलाई तक 12 ट्रेनें रद्द कर दी हैं, यात्रियों को दूसरी ट्रेन लेनी होगी।', facts: { dates: [['15 जुलाई', '2024-07-15', 'day']], numbers: [['12 ट्रेनें', 12, 'train']] }, contains: [/until: 15 July 2024/, /^(?!.*by:)/] },
  { rule: 'until', topic: 'courts', hi: 'सजा सुनाए जाने के बाद दोषी को 31 दिसंबर तक सरेंडर करना होगा।', facts: { dates: [['31 दिसंबर', '2024-12-31', 'day']] }, contains: [/by: 31 December 2024/, /^(?!.*until)/] },
  { rule: 'until', topic: 'courts', hi: 'अदालत ने 20 जुलाई तक जवाब मांगते हुए सरकार को नोटिस भेजा।', facts: { dates: [['20 जुलाई', '2024-07-20', 'day']] }, contains: [/by: 20 July 2024/, /^(?!.*until)/] },
  // दाखिल कर is "file" (a reply, a petition); the causative दाखिल करा (admitted to hospital) is not
  { rule: 'file', topic: 'courts', hi: 'अदालत ने सरकार को जवाब दाखिल करने का निर्देश दिया।', facts: {}, contains: [/^Court ordered government to file reply/] },
  { rule: 'file', topic: 'health', hi: 'मरीज को अस्पताल में दाखिल कराया गया।', facts: {}, contains: [/^(?!.*filed)/] },
  // (दाखिल कर in a hospital admits: was "Families filed in district hospital to injured")
  { rule: 'file', topic: 'health', hi: 'परिजनों ने घायल को जिला अस्पताल में दाखिल कर दिया।', facts: {}, contains: [/^Families admitted injured to hospital/] },
  // पलट is no "overturn" of a party or a game (was "Party overturned and attacked", "Batter overturned")
  { rule: 'turn', topic: 'politics', hi: 'भाजपा ने पलटकर कांग्रेस पर हमला बोला।', facts: { orgs: [BJP] }, contains: [/^(?!.*overturn)/] },
  { rule: 'turn', topic: 'sport', hi: 'बल्लेबाज ने आखिरी ओवरों में बाजी पलट दी।', facts: {}, contains: [/^(?!.*overturn)/] },
  // what an accusation is about read as nothing: no sentence that keeps the infinitive's object (was "accused BJP to democracy")
  { rule: 'lost topic', topic: 'politics', hi: 'राहुल गांधी ने भाजपा पर लोकतंत्र को कमजोर करने का आरोप लगाया।', facts: { people: [['राहुल गांधी', 'Rahul Gandhi']], orgs: [BJP] }, contains: [/^(?!.*to democracy)/, /^(?!.*accused)/] },
  { rule: 'lost topic', topic: 'politics', hi: 'विपक्ष ने सरकार पर भ्रष्टाचार का आरोप लगाया।', facts: {}, contains: [/accused government of corruption/] },
  // an object put first with its demonstrative, then the doer before ने (was "Information police gave")
  { rule: 'topicalised object', topic: 'crime', hi: 'यह जानकारी पुलिस ने दी।', facts: {}, contains: [/^Police gave information/] },
  // (a noun before an office with no demonstrative is a compound: one doer)
  { rule: 'topicalised object', topic: 'weather', hi: 'जिला प्रशासन ने अलर्ट जारी किया।', facts: {}, contains: [/^District administration issued an alert/] },
  // a verb of saying with an object of its own after a comma does not report the clause before it
  // (was "Chief Minister announced 12 people died")
  { rule: 'announced object', topic: 'disaster', hi: 'बिहार में बिजली गिरने से 12 लोगों की मौत हो गई, मुख्यमंत्री ने चार-चार लाख रुपये मुआवजे का ऐलान किया।', facts: { places: [['बिहार', 'Bihar']], numbers: [['12 लोगों', 12, 'person'], ['चार-चार लाख रुपये', 400000, 'rupee']] }, contains: [/^(?!.*announced 12)/, /^(?!.*announced.*died)/] },
  { rule: 'announced object', topic: 'crime', hi: 'हादसे में 12 लोगों की मौत हो गई, पुलिस ने बताया।', facts: { numbers: [['12 लोगों', 12, 'person']] }, contains: [/^Police said 12 people died/] },
  // an unread word in a list of names: the subject is not read whole, so no sentence ("held a meeting Narendra Modi" was wrong)
  { rule: 'unread list item', topic: 'politics', hi: 'मोदी, शाह और नड्डा ने बैठक की।', facts: { people: [['मोदी', 'Narendra Modi'], ['नड्डा', 'J. P. Nadda']] }, contains: [/^Narendra Modi · J\. P\. Nadda$/] },
  // readings that stated a wrong owner or speaker: the line falls back to what is sure
  { rule: 'unread agent head', topic: 'diplomacy', hi: 'रूस के राष्ट्रपति पुतिन के भाई ने कहा कि युद्ध खत्म होगा।', facts: { places: [['रूस', 'Russia']], people: [['पुतिन', 'Vladimir Putin']] }, contains: [/^(?!.*Putin said)/] },
  { rule: 'role before a name in the genitive', topic: 'diplomacy', hi: 'बांग्लादेश की प्रधानमंत्री की मोदी से मुलाक़ात हुई।', facts: { places: [['बांग्लादेश', 'Bangladesh']], people: [['मोदी', 'Narendra Modi']] }, contains: [/^(?!.*Prime Minister Narendra Modi)/] },
  { rule: 'person before a place in the genitive', topic: 'diplomacy', hi: 'हसीना का राष्ट्रपति भवन में औपचारिक स्वागत हुआ।', facts: { people: [['हसीना', 'Sheikh Hasina']], places: [['राष्ट्रपति भवन', 'Rashtrapati Bhavan']] }, contains: [/^(?!.*Hasina's Rashtrapati Bhavan)/] },
  { rule: 'pronoun in a phrase', topic: 'science', hi: 'बैठक में हम लैंडर और चांद की स्थिति का जायजा लेंगे।', facts: {}, contains: [/^(?!.*\bwe lander)/i] },
  // two names before one genitive own its noun together; each with its own genitive keeps its own
  { rule: 'coordinated genitive', topic: 'diplomacy', hi: 'विदेश मंत्री सुषमा स्वराज मिस्र और जर्मनी के दौरे पर रवाना हो गईं।', facts: { people: [['सुषमा स्वराज', 'Sushma Swaraj']], places: [['मिस्र', 'Egypt'], ['जर्मनी', 'Germany']] }, contains: ['visit to Egypt and Germany'] },
  // figures of two coordinated agents: each keeps the phrase it belongs to
  { rule: 'coordinated figures', topic: 'election', hi: 'जिसमें पुरुष मतदाताओं ने 73.18 और महिला मतदाताओं ने 66.98 प्रतिशत मतदान किया।', facts: { numbers: [['73.18', 73.18, 'percent'], ['66.98 प्रतिशत', 66.98, 'percent']] }, contains: [/^Male voters · 73\.18% · women voters · 66\.98%/] },
  { rule: 'plural', topic: 'science', hi: 'चारों अंतरिक्ष यात्री भारतीय वायुसेना के अधिकारी हैं।', facts: { orgs: [['भारतीय वायुसेना', 'Indian Air Force']] }, contains: ['All four astronauts are Indian Air Force officials'] },  // a price per unit says the unit (was "Silver · Rs 3,615", a price of nothing); a figure that is a change says which way
  // it moved, the level it moved to says "to" (was "BSE SENSEX · 500 points · 72,000 points")
  { rule: 'rate', topic: 'markets', hi: 'गेहूं का समर्थन मूल्य 2275 रुपये प्रति क्विंटल तय किया गया।', facts: { numbers: [['2275 रुपये', 2275, 'rupee']] }, contains: [/Rs 2,275 per quintal/] },
  { rule: 'rate', topic: 'markets', hi: 'आज सोना 50929 रुपये प्रति 10 ग्राम और चांदी 64711 रुपये किलो के रेट से खुली।', facts: { numbers: [['50929 रुपये', 50929, 'rupee'], ['10 ग्राम', 10, 'gram'], ['64711 रुपये', 64711, 'rupee']] }, contains: [/Rs 50,929 per 10 grams · silver · Rs 64,711 per kg/, /^(?!.*grams · 10 grams)/] },
  { rule: 'movement', topic: 'markets', hi: 'चांदी भी 3615 रुपए प्रति किलो सस्ती हुई है।', facts: { numbers: [['3615 रुपए', 3615, 'rupee']] }, contains: [/down Rs 3,615 per kg/] },
  // a goal score written with a dot is one score, "1–0 goals", never "one goal · 0 goals"
  { rule: 'movement', topic: 'sport', hi: 'हॉकी मैच के पहले हाफ में भारत ने 1.0 की बढ़त बना ली।', facts: { places: [['भारत', 'India']], numbers: [['1.0', 1, 'goal'], ['1.0', 0, 'goal']] }, contains: [/1–0/] },
  // वहीं between two clauses is a known word: the second index stays named before its own figures (they went to the Sensex)
  { rule: 'movement', topic: 'markets', hi: 'सेंसेक्स 300 अंक बढ़कर 74,000 पर बंद हुआ वहीं निफ्टी 90 अंक बढ़कर 22,500 पर बंद हुआ।', facts: { orgs: [['सेंसेक्स', 'BSE SENSEX'], ['निफ्टी', 'NIFTY 50']], numbers: [['300 अंक', 300, 'point'], ['74,000', 74000, 'point'], ['90 अंक', 90, 'point'], ['22,500', 22500, 'point']] }, contains: [/NIFTY 50 · up 90 points/] },
  { rule: 'movement', topic: 'markets', hi: 'सेंसेक्स 500 अंक गिरकर 72,000 पर बंद हुआ।', facts: { orgs: [['सेंसेक्स', 'BSE SENSEX']], numbers: [['500 अंक', 500, 'point'], ['72,000', 72000, 'point']] }, contains: [/down 500 points · to 72,000 points/] },
  { rule: 'movement', topic: 'economy', hi: 'कंपनी का मुनाफा 12 प्रतिशत बढ़कर 5,000 करोड़ रुपये हो गया।', facts: { numbers: [['12 प्रतिशत', 12, 'percent'], ['5,000 करोड़ रुपये', 5e10, 'rupee']] }, contains: [/up 12% · to 5,000 crore rupees/] },
  // a place's Indian disambiguation is dropped in English lines: in a list "Punjab, India" read as two places (fresh-m)
  { rule: 'reader names', topic: 'election', hi: 'ये तीन राज्य मिजोरम, पंजाब और तेलंगाना हैं।', facts: { places: [['मिजोरम', 'Mizoram'], ['पंजाब', 'Punjab, India'], ['तेलंगाना', 'Telangana']] }, contains: [/Mizoram · Punjab · Telangana/, /^(?!.*India)/] },
  // a team named in full beside an unread word is not cut as "maybe part of a longer name" (was "Jaipur Pink Panthers ·
  // 41–22 points": the loser beside the score, the winner gone)
  { rule: 'cut names', topic: 'sport', hi: 'पहले मुकाबले में गत विजेता बंगाल वॉरियर्स ने जयपुर पिंक पैंथर्स को 41-22 से करारी शिकस्त दी।', facts: { orgs: [['बंगाल वॉरियर्स', 'Bengal Warriorz'], ['जयपुर पिंक पैंथर्स', 'Jaipur Pink Panthers']], numbers: [['41-22', 41, 'point'], ['41-22', 22, 'point']] }, contains: [/Bengal Warriorz/] },
  // an English verb with no passive makes no sentence of a Hindi passive (was "800 points were fallen in BSE SENSEX")
  { rule: 'no passive', topic: 'markets', hi: 'सेंसेक्स में 800 अंकों की गिरावट दर्ज की गई।', facts: { orgs: [['सेंसेक्स', 'BSE SENSEX']], numbers: [['800 अंकों', 800, 'point']] }, contains: [/^(?!.*were fallen)/, /down 800 points/] },
  // a figure no extractor read is lost with its postposition: no sentence (was "Rupee closed at 10 paisas", it closed at 83.20)
  { rule: 'bare figure', topic: 'markets', hi: 'रुपया 10 पैसे मजबूत होकर 83.20 पर बंद हुआ।', facts: { numbers: [['10 पैसे', 10, 'paisa']] }, contains: [/^(?!.*closed at 10)/, /up 10 paise/] },
  // an abbreviation and its stop read as the word it stands for (was "superintendent of police" for an additional SP);
  // bare अति is "very", no additional
  { rule: 'abbreviation', topic: 'crime', hi: 'अति. पुलिस अधीक्षक रमेश लाल ने बताया कि दो आरोपी पकड़े गए।', facts: { people: [['रमेश लाल', 'Ramesh Lal']], numbers: [['दो आरोपी', 2, 'accused']] }, contains: [/^Additional superintendent of police Ramesh Lal said/] },
  { rule: 'abbreviation', topic: 'crime', hi: 'अति गंभीर मामले में पुलिस अधीक्षक रमेश लाल ने बताया कि दो आरोपी पकड़े गए।', facts: { people: [['रमेश लाल', 'Ramesh Lal']], numbers: [['दो आरोपी', 2, 'accused']] }, contains: [/uperintendent of police Ramesh Lal/, /^(?!.*[Aa]dditional)/] },
  // बिजली that flashes is lightning (was "Electricity began with strong rain")
  { rule: 'lexicon', topic: 'weather', hi: 'रात में आंधी के साथ बिजली चमकना शुरू हो गया।', facts: {}, contains: [/^Lightning/, /^(?!.*[Ee]lectricity)/] },
  // दूसरा is "another", दूसरे "other", unless the noun is counted in order (was "second party" for leaders moving from one
  // party to another); a singular stays singular (not "other cases" for one more case)
  { rule: 'other', topic: 'crime', hi: 'जिले में ठगी का दूसरा मामला सामने आया।', facts: {}, contains: [/^Another case/] },
  { rule: 'other', topic: 'politics', hi: 'चुनाव से पहले पार्षदों का एक दल से दूसरी पार्टी में जाना जारी है।', facts: {}, contains: [/another party/, /^(?!.*second)/i] },
  { rule: 'other', topic: 'agriculture', hi: 'दूसरे राज्यों के व्यापारी भी मंडी में आए।', facts: {}, contains: [/other states/, /^(?!.*second)/i] },
  { rule: 'other', topic: 'cricket', hi: 'मेहमान टीम ने दूसरी पारी में तेजी से रन बनाए।', facts: {}, contains: [/second innings/] },
  { rule: 'other', topic: 'business', hi: 'कंपनी का शुद्ध लाभ दूसरी तिमाही में बढ़ा।', facts: {}, contains: [/rose in second quarter/] },
  { rule: 'other', topic: 'sport', hi: 'वह दौड़ में दूसरे स्थान पर रहा।', facts: {}, contains: [/second place/i] },
  // a plural form the lexicon lists as it is (मामले, बच्चे) agrees with its plural verb (was "Case is rising", "Children is playing");
  // with a postposition it is the oblique singular, and a singular verb keeps a singular subject
  { rule: 'agreement', topic: 'health', hi: 'नगर में टाइफाइड के मामले बढ़ रहे हैं।', facts: {}, contains: [/^Cases of typhoid are rising/] },
  { rule: 'agreement', topic: 'health', hi: 'कस्बे में हैजा के मामले बढ़े।', facts: {}, contains: [/^Cases of cholera rose/] },
  { rule: 'agreement', topic: 'local', hi: 'शहर में बच्चे खेल रहे हैं।', facts: {}, contains: [/^Children are playing/] },
  { rule: 'agreement', topic: 'crime', hi: 'पुलिस मामले की जांच कर रही है।', facts: {}, contains: [/^Police are investigating case/] },
  { rule: 'agreement', topic: 'health', hi: 'कस्बे में पीलिया का मामला बढ़ रहा है।', facts: {}, contains: [/^Case of jaundice is rising/] },
];
