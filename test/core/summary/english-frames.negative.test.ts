import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { expectCleanEnglish } from './english-guards.js';
import { build, type FactSpec } from './fact-builders.js';

const lexicon = loadData(join(process.cwd(), 'config')).data.lexicon;
const summariser = createSummariser(lexicon);
const modi: [string, string, string, string] = ['मोदी', 'Narendra Modi', 'Prime Minister', 'India'];

/** Frames must fire only where Hindi marks them. */
const NOT: [rule: string, hi: string, facts: FactSpec, mustNot: RegExp][] = [
  ['dative needs को without an agent', 'मोदी ने पुतिन से मुलाकात की।', { people: [modi, ['पुतिन', 'Vladimir Putin']] }, /\bgot\b/],
  ['durative तक is "until", not "by"', 'प्रधानमंत्री 12 अगस्त तक रूस में रहेंगे।', { places: [['रूस', 'Russia']], dates: [['12 अगस्त', '2024-08-12', 'day']] }, /\bby 12 August/],
  ['बताया without a predicate is "said", not "called"', 'मंत्री ने पत्रकारों को बताया कि बैठक सफल रही।', {}, /\bcalled\b/],
  ['an intransitive gerund takes no object', 'रॉकेट उड़ान भरने के तुरंत बाद फट गया।', {}, /taking off rocket/],
  // पूर्व after के and a verbal noun is "before", never a title's "former" (was "Former accused")
  ['के पूर्व after a verbal noun is no "former"', 'फैसला आने के पूर्व आरोपी ने माफी मांगी।', {}, /former/i],
  // a clause of time's verb is never the sentence's (was "Officials to begin inspection voting")
  ['a clause of time is no frame of its own', 'मतगणना शुरू होने से पहले अधिकारियों ने कक्ष का निरीक्षण किया।', {}, /begin|began/i],
  ['a date with को leaves no "to" behind', 'मोदी ने गुरुवार को नई दिल्ली में बैठक की।', { people: [modi], places: [['नई दिल्ली', 'New Delhi']], dates: [['गुरुवार', '2024-06-20', 'day']] }, /\bto\b/],
  ['a को-object with no predicate is not declared anything', 'सरकार ने योजना को मंजूरी दी।', {}, /declared/],
  ['नहीं stays a negation', 'आरबीआई ने रेपो दर में कोई बदलाव नहीं किया।', { orgs: [['आरबीआई', 'Reserve Bank of India']] }, /^Reserve Bank of India changed/],
  // a date before a genitive names an edition of the noun before it: that noun is no subject
  ['a date tied to its noun leaves no subject behind', 'विधानसभा निर्वाचन 2023 के तहत रविवार को मतगणना का कार्य किया गया।', { dates: [['2023', '2023', 'year'], ['रविवार', '2023-12-03', 'day']] }, /^Assembly/],
  // a place right before पहुंच with its doer unread is where, never who (helper: "Delhi is arriving several countries")
  ['a destination is no subject', 'सम्मेलन के लिए कई देशों के राष्ट्राध्यक्ष आज दिल्ली पहुंच रहे हैं।', { places: [['दिल्ली', 'Delhi']], dates: [['आज', '2024-06-19', 'day']] }, /^Delhi (?:is|are|arrived|will)/],
  // a gapped और (`A में X और B में Y`: two reports, one verb) never joins X with the next place
  ['a gapped और joins no names', 'तीन राज्यों में भाजपा और तेलंगाना में कांग्रेस की जीत हुई।', { orgs: [['भाजपा', 'Bharatiya Janata Party'], ['कांग्रेस', 'Indian National Congress']], places: [['तेलंगाना', 'Telangana']] }, /Party and Telangana|victory in Bharatiya/],
  // … and a coordination of nouns (not names) stays one ("roads and bridges", reviewer)
  ['a coordination of nouns is no gap', 'सरकार ने गांवों में सड़कों और पुलों में सुधार के लिए 500 करोड़ रुपए दिए।', { numbers: [['500 करोड़ रुपए', 5e9, 'rupee']] }, /^(?!.*roads and bridges)/],
  // a year of a participle (करने वाले) or of an earlier event (था … अब) is never the time of the main verb
  ['a participle\'s year is not the arrest\'s', 'पुलिस ने 2017 में प्रेमिका की हत्या करने वाले आरोपी को गिरफ्तार किया।', { dates: [['2017', '2017', 'year']] }, /when: 2017|in 2017/],
  // … written as one word too (`होनेवाले`; was "victory · when: 2029")
  ['a glued participle\'s year is not the main clause\'s', 'समर्थक इस सफलता को 2029 में होनेवाले चुनाव का संकेत मान रहे हैं।', { dates: [['2029', '2029', 'year']] }, /when: 2029|in 2029/i],
  ['a year before था … अब is not the time of the decision', 'आरोपियों के खिलाफ 1989 में मामला दर्ज किया गया था और अब अदालत ने फैसला सुनाया।', { dates: [['1989', '1989', 'year']] }, /when: 1989|in 1989/],
  // a relative pronoun ends a phrase: "other districts" is not "major number of state"
  ['a relative pronoun ends the phrase before it', 'राज्य के अन्य जिले जिनमें बड़ी संख्या में नए मामले देखे गए उनमें जमुई और सारण शामिल हैं।', { places: [['जमुई', 'Jamui'], ['सारण', 'Saran']] }, /districts major|number of state|^(?!.*Jamui)/],
  ['a date before a temporal postposition is not tied to a noun', 'प्रधानमंत्री मोदी 31 मई से 3 जून के बीच रूस की यात्रा पर रहेंगे।', { people: [modi], places: [['रूस', 'Russia']], dates: [['31 मई से 3 जून', '2023-05-31', 'day', '2023-06-03']] }, /when:/],
  // a span of time is no doer
  ['a span of time is no subject', 'करीब 10 महीने पहले यानी 16 जनवरी 2021 को वैक्सीनेशन अभियान शुरू किया था।', { numbers: [['करीब 10 महीने', 10, 'month', true]], dates: [['16 जनवरी 2021', '2021-01-16', 'day']] }, /months started/],
  // "यह एक … है" whose subject is not read must not leave "major accident is"
  ['a clause ending in a bare copula is no sentence', 'मोहन भागवत ने कहा कि यह एक बड़ा हादसा है।', { people: [['मोहन भागवत', 'Mohan Bhagwat']] }, /accident is$/],
  // two places with में: which one the event happened in is not read
  ['two places in the same clause are no sentence', 'बिहार में हत्या के आरोपी को दिल्ली में गिरफ्तार किया गया।', { places: [['बिहार', 'Bihar'], ['दिल्ली', 'Delhi']] }, /arrested in Delhi in Bihar/],
  // a predicate left unread before a relative clause: its subject is not the relative clause's
  ['an unread predicate before जहां', 'लगभग 3,000 मरीजों का इलाज 23 राहत शिविरों में किया गया, जहां 500 कंबल बांटे गए।', { numbers: [['लगभग 3,000 मरीजों', 3000, 'patient', true], ['23 राहत शिविरों', 23, 'camp'], ['500 कंबल', 500, 'blanket']] }, /treatment.*distributed|patients was distributed/i],
  // against someone, a genitive's name never owns the opponent
  ['a genitive before an opponent is not a possessive', 'यह भारत की इंग्लैंड के खिलाफ लगातार दूसरी टेस्ट सीरीज जीत है।', { places: [['भारत', 'India'], ['इंग्लैंड', 'England']] }, /India's England/],
  // "led by" after an object reads as the object's leader
  ['a leader of the subject is not the object\'s', 'अखिलेश यादव के नेतृत्व में सपा ने भाजपा को हराया।', { people: [['अखिलेश यादव', 'Akhilesh Yadav']], orgs: [['सपा', 'Samajwadi Party'], ['भाजपा', 'Bharatiya Janata Party']] }, /Bharatiya Janata Party led by/],
  // an age only before a person noun that ends its phrase
  ['a span before a compound noun is no age', 'पांच वर्षीय किसान योजना शुरू की गई।', { numbers: [['पांच वर्षीय', 5, 'year']] }, /year-old/],
  // a genitive's head further on: a person's की before another country's minister, a train's के before a route
  ['a person owns no other country\'s minister', 'म्यूनिख सम्मेलन में हुई जयशंकर की चीन के विदेश मंत्री से मुलाकात', { people: [['जयशंकर', 'S. Jaishankar']], places: [['म्यूनिख', 'Munich'], ['चीन', 'China']] }, /Jaishankar's/],
  ['a company owns no city (its route\'s fares)', 'एयर इंडिया के दिल्ली से लंदन के किराये बढ़ गए।', { orgs: [['एयर इंडिया', 'Air India']], places: [['दिल्ली', 'Delhi'], ['लंदन', 'London']] }, /Air India Delhi|Delhi of/],
  // a name that starts with a kin word is no kin (second reviewer: "81-year-old mother · Mata Prasad Pandey")
  ['a name starting with a kin word is no mother', 'नेता प्रतिपक्ष 81 वर्षीय माता प्रसाद पांडेय ने सरकार पर निशाना साधा।', { people: [['माता प्रसाद पांडेय', 'Mata Prasad Pandey']], numbers: [['81 वर्षीय', 81, 'year']] }, /mother/],
  // a person sent to custody is not "sent … to accused"
  ['custody is where the accused is sent', 'अदालत ने आरोपी को 14 दिन की न्यायिक हिरासत में भेज दिया।', { numbers: [['14 दिन', 14, 'day']] }, /to accused/],
  // a comma list of names owned by a genitive at its end is not split into a sentence
  ['a genitive after a comma list of names', 'इजरायल को अमेरिका, फ्रांस, यूके, जर्मनी और इटली का समर्थन मिल रहा है।', { places: [['इजरायल', 'Israel'], ['अमेरिका', 'United States'], ['फ्रांस', 'France'], ['यूके', 'United Kingdom'], ['जर्मनी', 'Germany'], ['इटली', 'Italy']] }, /support United Kingdom/],
  ['इससे पहले is "earlier", not "first"', 'इससे पहले मोदी ने पुतिन से मुलाकात की।', { people: [modi, ['पुतिन', 'Vladimir Putin']] }, /^First/],
  // an unread name before a bracketed figure owns it: the figure is not listed after the name before
  ['a bracketed figure after an unread name is not the previous name\'s', 'जमुई (22), भागलपुर (19), औरंगाबाद (16) और सारण (15) में नए मामले मिले।', { places: [['जमुई', 'Jamui'], ['भागलपुर', 'Bhagalpur'], ['सारण', 'Saran']], numbers: [['22', 22, 'case'], ['19', 19, 'case'], ['16', 16, 'case'], ['15', 15, 'case']] }, /19 cases · 16 cases|Bhagalpur · 16/],
  ['a passive verb-noun subject only for passives', 'पुलिस ने आरोपी के खिलाफ मामला दर्ज किया।', {}, /^A case/],
  // before a genitive घटना is the incident, not the infinitive of घट (fall)
  ['a listed noun before a genitive is no verb', 'अदालत ने उस घटना के दोषी को सजा सुनाई।', {}, /fall/],
  ['a place inside a place before पर is not listed twice', 'दिल्ली के जंतर मंतर पर किसानों ने प्रदर्शन किया।', { places: [['दिल्ली', 'Delhi'], ['जंतर मंतर', 'Jantar Mantar, New Delhi']] }, /Delhi Delhi/],
  // a team's genitive before another team and पर owns the win after it, never the other team
  ['X की Y पर जीत is not "X\'s Y"', 'मेघालय की राजस्थान पर रोमांचक जीत।', { places: [['मेघालय', 'Meghalaya'], ['राजस्थान', 'Rajasthan']] }, /Meghalaya's Rajasthan/],
  // घटा is also "happened" without a figure; a majority's सीमा is its mark
  ['an accident that happened did not fall', 'यह हादसा उत्तर प्रदेश के गोंडा में घटा है।', { places: [['उत्तर प्रदेश', 'Uttar Pradesh'], ['गोंडा', 'Gonda']] }, /fell|fall/],
  ['a majority mark is no border', 'भाजपा 48 सीटें हासिल करके बहुमत की सीमा को पार करके विजयी हुई।', { orgs: [['भाजपा', 'Bharatiya Janata Party']], numbers: [['48 सीटें', 48, 'seat']] }, /border/],
  // districts a sentence leaves out (को छोड़कर) are said as such, never as the ones the alert is for
  ['excluded districts are not listed as alerted', 'अजमेर, पाली और सिरोही को छोड़कर बाकी सभी जिलों में ऑरेंज अलर्ट है।', { places: [['अजमेर', 'Ajmer'], ['पाली', 'Pali'], ['सिरोही', 'Sirohi']] }, /(?<![Ee]xcept )(?:Ajmer|Pali|Sirohi)/],
  // …nor, with a head noun between, read as one frame that drops the exception (was "recorded Northeast India regions")
  ['excluded regions are not where the rain fell', 'उत्तरी और पूर्वोत्तर जिलों को छोड़कर बाकी जिलों में सामान्य से कम बारिश हुई।', { places: [['पूर्वोत्तर', 'Northeast India']] }, /(?<![Ee]xcept )Northeast India/],
  // a milestone is no majority mark; a figure's fall is no cut (reviewer)
  ['a magic figure is no majority mark', 'सेंसेक्स ने पहली बार 80000 का जादुई आंकड़ा पार किया।', { numbers: [['80000', 80000, 'point']] }, /majority/],
  // fresh-o first run: a date of the saying, a forecast's span, a river's flow, two rates
  ['a date of the saying is not the reported clause\'s', 'विदेश मंत्रालय ने सोमवार को कहा कि भारत और भूटान के बीच गहरी मित्रता है।', { orgs: [['विदेश मंत्रालय', 'Ministry of External Affairs']], places: [['भारत', 'India'], ['भूटान', 'Bhutan']] , dates: [['सोमवार', '2025-08-18', 'day']] }, /Bhutan on Monday|friendship.*Monday/],
  ['a forecast lasts until its date', 'मौसम विभाग ने 26 सितंबर तक बारिश की आशंका जताई है।', { orgs: [['मौसम विभाग', 'India Meteorological Department']], dates: [['26 सितंबर', '2025-09-26', 'day']] }, /\bby 26/],
  ['a river below the danger mark flows, its metres are no subject', 'चंबल नदी खतरे के निशान से 3 मीटर नीचे बह रही है।', { numbers: [['3 मीटर', 3, 'metre']] }, /swept|metres are|threat/],
  // (the line must name each rate before its figure: the repo rate was lost inside the reverse repo rate)
  ['two rates keep their names', 'बैठक में रेपो रेट को 6.5 फीसदी पर जबकि रिवर्स रेपो रेट को 3.35 फीसदी पर यथावत रखा गया।', { numbers: [['6.5 फीसदी', 6.5, 'percent'], ['3.35 फीसदी', 3.35, 'percent']] }, /^(?!.*[Rr]epo rate · 6\.5%.*reverse repo rate · 3\.35%)/],
  ['a fall with a figure is no cut', 'कंपनी का मुनाफा 10 प्रतिशत घटा।', { numbers: [['10 प्रतिशत', 10, 'percent']] }, /\bcut\b/],
  // two names side by side before ने: the second is part of the doer's name, never the doer with the first as object
  ['a place glued to the doer\'s name before ने', 'सोमवार को मौसम विज्ञान केंद्र लखनऊ ने नक्शा जारी किया है।', { orgs: [['मौसम विज्ञान केंद्र', 'India Meteorological Department']], places: [['लखनऊ', 'Lucknow']], dates: [['सोमवार', '2024-06-17', 'day']] }, /Lucknow issued/],
  // an unread noun a name owns is who the sentence is about: the name never stands for it
  ['an unread noun owned by a name', '60 वर्षीय सुनीता शर्मा के पति की भी अभी हाल ही में निधन हो गया था।', { people: [['सुनीता शर्मा', 'Sunita Sharma']], numbers: [['60 वर्षीय', 60, 'year']] }, /Sharma died/],
  // a place after a common noun, a comma or in brackets before ने names the office: it is no doer (reviewer)
  ['a place after an office noun before ने', 'जिला प्रशासन आगरा ने नया आदेश जारी किया।', { places: [['आगरा', 'Agra']] }, /^Agra issued/],
  ['a place after a comma before ने', 'मौसम विज्ञान केंद्र, लखनऊ ने मंगलवार को चेतावनी जारी की।', { orgs: [['मौसम विज्ञान केंद्र', 'India Meteorological Department']], places: [['लखनऊ', 'Lucknow']], dates: [['मंगलवार', '2024-06-18', 'day']] }, /Lucknow · warned|^Lucknow warned/],
  // a contrast of two parallel phrases (X तो Y) is no one frame
  ['a contrast with तो', 'विभाग ने कुछ जिलों के लिए येलो अलर्ट तो कुछ जिलों के लिए रेड अलर्ट जारी किया है।', {}, /red alert for yellow alert/i],
  // "all N" (तीनों) is the count's own word: said once, "all three accused" (reviewer: "three all three accused")
  ['"all N" is said once', 'पुलिस ने तीनों आरोपियों को अदालत में पेश किया।', { numbers: [['तीनों आरोपियों', 3, 'accused']] }, /three all three/],
  // a getter unread before को: the thing got is never the subject of "meet" or "be found"
  ['an unread getter is no reason to read "meet"', 'इस मेले में दुकानदार को पांच लाख रुपये मिलेंगे।', { numbers: [['पांच लाख रुपये', 500000, 'rupee']] }, /will (?:meet|be found)/],
  // a place glued before a person or an office opening the sentence is a dateline, never the subject
  ['a glued dateline is no subject', 'जयपुर जर्मनी के राजदूत राज्य की यात्रा पर हैं।', { places: [['जयपुर', 'Jaipur'], ['जर्मनी', 'Germany']] }, /^Jaipur (?:is|are|was)/],
];

describe('english(): frames that must not fire', () => {
  it.each(NOT)('%s: %s', (_rule, hi, spec, mustNot) => {
    const { sentence, facts } = build(hi, spec);
    const en = summariser.english(sentence, facts);
    expect(en).not.toMatch(mustNot);
    expect(en.length).toBeGreaterThan(0);
    expectCleanEnglish(en, facts, lexicon);
  });
});
