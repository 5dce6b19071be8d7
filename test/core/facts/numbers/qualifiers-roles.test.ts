import { describe, expect, it } from 'vitest';
import type { NumberQualifier, NumberRole } from '../../../../src/core/types.js';
import { numbersIn, spanOf } from './extract.js';

type Row = [sentence: string, text: string, value: number, unit: string | null, qualifier: NumberQualifier, role?: NumberRole | null, end?: number];

/** Each row: a sentence, the exact text of one quantity, its value, unit, qualifier, role and range end. */
const rows: Row[] = [
  // qualifiers before the number
  ['बाढ़ में करीब 400 करोड़ रुपये का नुकसान हुआ।', 'करीब 400 करोड़ रुपये', 4000000000, 'rupee', 'about'],
  ['मेले में लगभग 5000 लोग पहुंचे।', 'लगभग 5000 लोग', 5000, 'person', 'about'],
  ['तकरीबन 30 गांव पानी में डूब गए।', 'तकरीबन 30 गांव', 30, 'village', 'about'],
  // an "about" after a genitive with a figure right after it is that figure's, not the one before
  ['मेले में 12 जिलों के लगभग 900 कलाकार पहुंचे।', '12 जिलों', 12, 'district', 'exact'],
  ['मेले में 12 जिलों के लगभग 900 कलाकार पहुंचे।', 'लगभग 900 कलाकार', 900, 'artist', 'about'],
  // (only लगभग: के आसपास closes its figure though a span follows, reviewer)
  ['पारा 45 डिग्री के आसपास 3 दिन तक रहेगा।', '45 डिग्री के आसपास', 45, 'degree', 'about'],
  ['हादसे में कम से कम 9 लोगों की मौत हो गई।', 'कम से कम 9 लोगों', 9, 'person', 'at least', 'killed'],
  ['इस अपराध में अधिकतम 7 साल की सजा है।', 'अधिकतम 7 साल', 7, 'year', 'up to'],
  // a word that names the reading before a temperature is no limit: the day's maximum is 34°C exactly
  ['इंदौर में न्यूनतम तापमान 21.4°C और अधिकतम 36°C दर्ज हुआ।', '36°C', 36, 'degree Celsius', 'exact'],
  // …but before a change it is "at most" (reviewer)
  ['तापमान में अधिकतम 3 डिग्री सेल्सियस की गिरावट हो सकती है।', 'अधिकतम 3 डिग्री सेल्सियस', 3, 'degree Celsius', 'up to'],
  ['पारा अधिकतम 2 डिग्री सेल्सियस बढ़ सकता है।', 'अधिकतम 2 डिग्री सेल्सियस', 2, 'degree Celsius', 'up to'],
  ['शहर का न्यूनतम 12 डिग्री सेल्सियस दर्ज हुआ।', '12 डिग्री सेल्सियस', 12, 'degree Celsius', 'exact'],
  // the currency written twice (sign and word) is one figure's; its qualifier follows the word
  ['सड़कों के लिए ₹1200 करोड़ रुपए से ज्यादा का प्रावधान किया गया।', '₹1200 करोड़ रुपए से ज्यादा', 12000000000, 'rupee', 'more than'],
  // an amount after a word that also labels references (पुल: bridge; पूल 5: pool 5) is no reference: a reference is one bare figure
  ['नया पुल 500 करोड़ रुपये की लागत से बनेगा।', '500 करोड़ रुपये', 5000000000, 'rupee', 'exact'],
  // quintals abbreviated (मंडी reports)
  ['मंडी में सोयाबीन की 740 क्विं. आवक रही।', '740 क्विं.', 740, 'quintal', 'exact'],
  // a noun with two meanings takes the one its sentence speaks of: sacks in a mandi, pistols in a crime report
  ['मंडी में लहसुन के 1200 कट्टे की आवक हुई।', '1200 कट्टे', 1200, 'sack', 'exact'],
  ['पुलिस ने आरोपियों से तीन कट्टे बरामद किए।', 'तीन कट्टे', 3, 'pistol', 'exact'],
  // गाड़ी in railway copy is a train; elsewhere a vehicle
  ['मंडल से तीन नई गाड़ियां चलेंगी, ये ट्रेनें रोज दौड़ेंगी।', 'तीन नई गाड़ियां', 3, 'train', 'exact'],
  ['पुलिस ने तस्करों की तीन गाड़ियों को जब्त किया।', 'तीन गाड़ियों', 3, 'vehicle', 'exact'],
  ['रेलवे क्रॉसिंग पर तीन गाड़ियां आपस में टकराईं।', 'तीन गाड़ियां', 3, 'vehicle', 'exact'],
  // an air quality index named before its figure
  ['शहर का एक्यूआई 318 दर्ज किया गया।', '318', 318, 'AQI', 'exact'],
  // भी after a count that no negation follows is "also", not "not even"
  ['भाजपा को 5 सीटें मिलीं और कांग्रेस को भी 3 सीटें मिलीं।', '3 सीटें', 3, 'seat', 'exact'],
  ['हादसे में 5 लोग भी घायल हुए।', '5 लोग', 5, 'person', 'exact', 'injured'],
  // a span of time before तक नहीं lasts: it rained for 3 days without stopping (reviewer)
  ['शहर में बारिश 3 दिन तक नहीं रुकी।', '3 दिन', 3, 'day', 'exact'],
  ['राजधानी का एक्यूआई 400 के पार पहुंचा।', '400 के पार', 400, 'AQI', 'more than'],
  ['उत्तर कोरिया ने कई सौ तोपों के गोले दागे।', 'कई सौ तोपों के गोले', 100, 'shell', 'vague'],
  // qualifiers after the number or its noun
  ['बाढ़ से 100 से अधिक गांव प्रभावित हुए।', '100 से अधिक गांव', 100, 'village', 'more than', 'affected'],
  ['रैली में 50 हजार से ज्यादा लोग पहुंचे।', '50 हजार से ज्यादा लोग', 50000, 'person', 'more than'],
  ['सेंसेक्स 1,200 अंकों से ज़्यादा टूट गया।', '1,200 अंकों से ज़्यादा', 1200, 'point', 'more than'],
  ['इस बार 10 फीसदी से कम मतदान हुआ।', '10 फीसदी से कम', 10, 'percent', 'less than'],
  ['निफ्टी 22,000 के नीचे आ गया।', '22,000 के नीचे', 22000, 'point', 'less than'],
  // a count in dozens is a round figure
  ['पथराव में आधा दर्जन पुलिसकर्मी घायल हो गए।', 'आधा दर्जन पुलिसकर्मी', 6, 'officer', 'about', 'injured'],
  ['झगड़े में दो दर्जन लोग घायल हुए।', 'दो दर्जन लोग', 24, 'person', 'about', 'injured'],
  ['मैदान में एक दर्जन से अधिक प्रत्याशी हैं।', 'एक दर्जन से अधिक प्रत्याशी', 12, 'candidate', 'more than'],
  ['सेंसेक्स 446.21 अंक बढ़कर 85,632.68 पर बंद हुआ।', '85,632.68', 85632.68, 'point', 'exact'],
  ['बजाज फाइनेंस के शेयर 5-5% से ज्यादा बढ़े।', '5-5% से ज्यादा', 5, 'percent', 'more than'],
  ['तेलंगाना में भाजपा का मत प्रतिशत 14 के करीब है।', '14 के करीब', 14, 'percent', 'about'],
  ['कम से कम 9 लोगों की मौत हो गई और एक व्यक्ति गंभीर रूप से घायल है।', 'एक व्यक्ति', 1, 'person', 'exact', 'injured'],
  ['हादसे में 8 की मौत हो गई।', '8', 8, 'person', 'exact', 'killed'],
  // died (मर गए) and moved to safe places are roles too (fresh-n first run)
  ['हादसे में 4 यात्री मर गए।', '4 यात्री', 4, 'passenger', 'exact', 'killed'],
  // burnt alive
  ['बस में आग लगने से 5 लोग जिंदा ही जल गए।', '5 लोग', 5, 'person', 'exact', 'killed'],
  // "still" between the count and its role (करीब 40 लोग अभी लापता)
  ['बचाव दल ने 12 घायलों को बचाया जबकि करीब 40 लोग अभी लापता बताए जा रहे हैं।', 'करीब 40 लोग', 40, 'person', 'about', 'missing'],
  ['NDRF ने 9500 लोगों को सुरक्षित ठिकानों पर पहुंचाया।', '9500 लोगों', 9500, 'person', 'exact', 'rescued'],
  ['सभी 22 लोगों की मौके पर ही मौत हो गई।', '22 लोगों', 22, 'person', 'exact', 'killed'],
  ['देश के आधा दर्जन राज्यों में अलर्ट है।', 'आधा दर्जन राज्यों', 6, 'state', 'about'],
  ['वह दो-दिवसीय शिखर सम्मेलन में हैं।', 'दो-दिवसीय', 2, 'day', 'exact'],
  // the common misspelling दिवसी is a span of days too (was "2 visits")
  ['विदेश मंत्री दो दिवसी दौरे पर आए।', 'दो दिवसी', 2, 'day', 'exact'],
  // a format's name with a figure hyphened to it stands between a count and its noun
  ['पाकिस्तान ने अब तक 189 टी-20 इंटरनेशनल मैच खेले हैं।', '189 टी-20 इंटरनेशनल मैच', 189, 'match', 'exact'],
  // (a word hyphened to a figure is no code: the figure after it is its own, 'लाखों का नुकसान-5 घंटे' is a loss of lakhs of rupees, no lakhs of hours)
  ['गोदाम में आग से लाखों का नुकसान-5 घंटे में बुझी आग।', 'लाखों', 100000, 'rupee', 'vague'],
  ['कोहली 56 रन बनाकर नाबाद रहे, पंत नाबाद 34 पर खेल रहे थे।', '34', 34, 'run', 'exact'],
  ['टीम 15.5 ओवर में 123 के स्कोर पर ऑल आउट हो गई।', '123 के स्कोर', 123, 'run', 'exact'],
  ['सेना ने 30000 के करीब सैनिक भेजे।', '30000 के करीब सैनिक', 30000, 'soldier', 'about'],
  ['इस अपराध में 7 साल तक की सजा हो सकती है।', '7 साल तक की', 7, 'year', 'up to'],
  ['योजना में 5 लाख रुपये तक का इलाज मुफ्त है।', '5 लाख रुपये तक का', 500000, 'rupee', 'up to'],
  // a rise, fall or spread up to the value: the figure's text ends at तक
  ['कई जिलों में 8 इंच तक बारिश हुई।', '8 इंच तक', 8, 'inch', 'up to'],
  ['पहाड़ों पर दो फीट तक बर्फबारी हुई।', 'दो फीट तक', 2, 'foot', 'up to'],
  ['हाईवे पर 10 किलोमीटर तक जाम लगा रहा।', '10 किलोमीटर तक', 10, 'km', 'up to'],
  // the value or more
  ['बैंक ने तीन वर्ष एवं इससे अधिक की जमा पर ब्याज बढ़ाया।', 'तीन वर्ष एवं इससे अधिक', 3, 'year', 'at least'],
  // तक of reaching or lasting is the value itself, outside the span
  ['तापमान 45 डिग्री सेल्सियस तक पहुंच गया।', '45 डिग्री सेल्सियस', 45, 'degree Celsius', 'exact'],
  ['यान ने 15 मिनट तक अंतरिक्ष में यात्रा की।', '15 मिनट', 15, 'minute', 'exact'],
  ['अगले 3 दिनों तक बारिश का अनुमान है।', '3 दिनों', 3, 'day', 'exact'],
  ['सेंसेक्स 30,024.74 अंक तक गया था।', '30,024.74 अंक', 30024.74, 'point', 'exact'],
  // … a genitive तक before a verb of reaching too (`तक का पहुंच गया`: the level reached)
  ['सोना महंगा होकर ₹53590 तक का पहुंच गया है।', '₹53590', 53590, 'rupee', 'exact'],
  // … not the noun पहुंच (a reach of up to, reviewer)
  ['यह मिसाइल 1,500 किलोमीटर तक की पहुंच रखती है।', '1,500 किलोमीटर तक की', 1500, 'km', 'up to'],
  // a rate between the figure and its limit (`प्रति किलो तक का इजाफा`): the limit is the figure's, its text stays the amount
  ['चांदी में 28,000 रुपए प्रति किलो तक का इजाफा हुआ।', '28,000 रुपए', 28000, 'rupee', 'up to'],
  // … and so is a comparison after the rate (final read: "up Rs 1,200 per kg" had lost its "more than")
  ['सोने में 900 रुपए प्रति 10 ग्राम से ज्यादा की तेजी आई।', '900 रुपए', 900, 'rupee', 'more than'],
  ['धान 1900 रुपये प्रति क्विंटल से कम में बिका।', '1900 रुपये', 1900, 'rupee', 'less than'],
  ['गेहूं 2,425 रुपये प्रति क्विंटल पर बिका।', '2,425 रुपये', 2425, 'rupee', 'exact'],
  ['कुल 12 लोग घायल हुए।', '12 लोग', 12, 'person', 'exact', 'injured'],
  // ranges
  ['महंगाई दर 4 से 6 प्रतिशत रहने का अनुमान है।', '4 से 6 प्रतिशत', 4, 'percent', 'range', null, 6],
  // a negated verb after a comparison and its object denies the verb, not the comparison (reviewer)
  ['बाढ़ के कारण 300 से अधिक बच्चे स्कूल नहीं जा पाए।', '300 से अधिक बच्चे', 300, 'child', 'more than', null, undefined],
  ['मरम्मत में दो-तीन दिन लगेंगे।', 'दो-तीन दिन', 2, 'day', 'range', null, 3],
  // two cardinal words side by side, the second a little larger: an estimate (two or three), never the second alone
  ['बाढ़ में दो तीन मकान बह गए।', 'दो तीन मकान', 2, 'house', 'range', null, 3],
  ['हादसे में दस बारह लोग घायल हुए।', 'दस बारह लोग', 10, 'person', 'range', 'injured', 12],
  ['मरम्मत पर सात आठ लाख रुपये खर्च होंगे।', 'सात आठ लाख रुपये', 700000, 'rupee', 'range', null, 800000],
  // …not after एक, the article as often as the count (one tremor after another: two tremors, not "1–2 times")
  ['भूकंप के एक के बाद एक दो बार झटके आए।', 'दो बार', 2, 'time', 'exact'],
  // hours written as a clock reading: 7.30 hours is seven and a half hours (a decimal drops its last zero: 7.3)
  ['नई ट्रेन यह दूरी 6.30 घंटे में तय करेगी।', '6.30 घंटे', 6.5, 'hour', 'exact'],
  ['सफर में अब 8.40 घंटे लगेंगे।', '8.40 घंटे', 8.666667, 'hour', 'exact'],
  ['यात्रा में 6.30-7.30 घंटे लगेंगे।', '6.30-7.30 घंटे', 6.5, 'hour', 'range', null, 7.5],
  // …one decimal, or a share of sixty or more, is a decimal
  ['बैठक 2.5 घंटे चली।', '2.5 घंटे', 2.5, 'hour', 'exact'],
  // (a dash before a measure stays a separator; pounds alone are money)
  ['गंगा का जलस्तर -1.5 मीटर नीचे आया।', '-1.5 मीटर', 1.5, 'metre', 'exact'],
  ['उस पर 500 पाउंड का जुर्माना लगा।', '500 पाउंड', 500, 'pound', 'exact'],
  // बाई is also an honorific (no side of a plot): the age after the name stays; a headline's dash before people is a separator
  ['हादसे में कमला बाई 60 साल की थीं।', '60 साल', 60, 'year', 'exact'],
  ['बस हादसा -3 लोगों की मौत', '-3 लोगों', 3, 'person', 'exact', 'killed'],
  // a noun that heads a compound after another counted noun is the count's (satellites of customers, farmers' families)
  ['रॉकेट ने 20 विदेशी ग्राहक उपग्रह कक्षा में स्थापित किए।', '20 विदेशी ग्राहक उपग्रह', 20, 'satellite', 'exact'],
  ['बाढ़ से 12 किसान परिवार बेघर हो गए।', '12 किसान परिवार', 12, 'family', 'exact'],
  ['उड़ान में 1.80 घंटे लगे।', '1.80 घंटे', 1.8, 'hour', 'exact'],
  // a range that says its unit twice
  ['इन जिलों में 64 मिलीमीटर से 204 मिलीमीटर के बीच बारिश हो सकती है।', '64 मिलीमीटर से 204 मिलीमीटर', 64, 'millimetre', 'range', null, 204],
  // … not two figures of different units (two people paid five rupees each)
  ['ठेकेदार ने 2 मजदूरों से 500 रुपये लिए।', '500 रुपये', 500, 'rupee', 'exact'],
  // … nor a change from one figure to another (reviewer)
  ['बस का किराया 10 रुपये से 15 रुपये कर दिया गया।', '15 रुपये', 15, 'rupee', 'exact'],
  ['पेट्रोल का दाम 96 रुपये से 100 रुपये हो गया।', '96 रुपये', 96, 'rupee', 'exact'],
  ['हादसे में 10-12 लोगों की मौत की आशंका है।', '10-12 लोगों', 10, 'person', 'range', 'killed', 12],
  ['घर की कीमत दो से तीन लाख रुपये है।', 'दो से तीन लाख रुपये', 200000, 'rupee', 'range', null, 300000],
  // the currency sign said before both figures
  ['राजस्थान में गेहूं के भाव ₹2410–₹2475 के बीच रहे।', '₹2410–₹2475', 2410, 'rupee', 'range', null, 2475],
  ['गेहूं का भाव ₹2410 से ₹2475 के बीच रहा।', '₹2410 से ₹2475', 2410, 'rupee', 'range', null, 2475],
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
  ['परियोजना 500 करोड़ की लागत से बनेगी।', '500 करोड़', 5000000000, 'rupee', 'exact'],
  ['बैंक ने 2 लाख 50 हजार का कर्ज दिया।', '2 लाख 50 हजार', 250000, 'rupee', 'exact'],
  ['मुख्यमंत्री ने 500 करोड़ की 25 परियोजनाओं का शिलान्यास किया।', '500 करोड़', 5000000000, 'rupee', 'exact'],
  ['मृतकों के परिजनों को 4 लाख मुआवजे की घोषणा की गई।', '4 लाख', 400000, 'rupee', 'exact'],
  // a margin of one wicket, run or goal is a count; एक right before a span of time counts it
  ['कोलकाता ने एक विकेट से जीत दर्ज की।', 'एक विकेट', 1, 'wicket', 'exact'],
  ['भारत यह मैच एक रन से हार गया।', 'एक रन', 1, 'run', 'exact'],
  ['अदालत ने उसे एक साल की सजा सुनाई।', 'एक साल', 1, 'year', 'exact'],
  // the noun right after the figure, before a verb of the future
  ['जिले में 12 नए स्कूल खुलेंगे।', '12 नए स्कूल', 12, 'school', 'exact'],
  // (a conjunction inside the noun phrase does not end it: ministers of both kinds)
  ['शपथ लेने वाले 28 कैबिनेट और राज्य मंत्रियों में 5 महिलाएं हैं।', '28 कैबिनेट और राज्य मंत्रियों', 28, 'minister', 'exact'],
  // a figure priced per a weight of goods, with no currency: rupees
  ['24 कैरेट सोने की कीमत इस समय 71,340 प्रति 10 ग्राम है।', '71,340', 71340, 'rupee', 'exact'],
  ['मंडी में टमाटर 38 प्रति किलो बिका।', '38', 38, 'rupee', 'exact'],
  // lakhs of a count of works: their cost (a count after हजार is no price: 5 हजार के 10 टुकड़े)
  ['01 हजार 514.43 लाख के 25 कार्यों का भूमिपूजन होगा।', '01 हजार 514.43 लाख', 151443000, 'rupee', 'exact'],
  ['कुल 5 हजार के 10 गुना लोग आए।', '5 हजार', 5000, null, 'exact'],
  ['इसे बढ़ाकर 2 लाख कर दिया गया।', '2 लाख', 200000, null, 'exact'],
  ['बजट में 170,06,97,400 रुपए की आय अनुमानित है।', '170,06,97,400 रुपए', 1700697400, 'rupee', 'exact'],
  ['कंपनी ने 36.2 करोड़ डॉलर जुटाए।', '36.2 करोड़ डॉलर', 362000000, 'dollar', 'exact'],
  ['भारत ने 5 अरब डॉलर का कर्ज दिया।', '5 अरब डॉलर', 5000000000, 'dollar', 'exact'],
  ['सौदा 2.5 बिलियन डॉलर का है।', '2.5 बिलियन डॉलर', 2500000000, 'dollar', 'exact'],
  ['ऐप के 10 मिलियन यूजर्स हैं।', '10 मिलियन यूजर्स', 10000000, 'user', 'exact'],
  ['रैली में १२,५०० लोग पहुंचे।', '१२,५०० लोग', 12500, 'person', 'exact'],
  ['धावकों ने 5km की दौड़ लगाई।', '5km', 5, 'km', 'exact'],
  // magnitudes and temperatures
  ['नेपाल में 6.2 तीव्रता का भूकंप आया।', '6.2 तीव्रता', 6.2, 'magnitude', 'exact'],
  ['भूकंप की तीव्रता रिक्टर स्केल पर 5.4 मापी गई।', '5.4', 5.4, 'magnitude', 'exact'],
  // a turnout's or a result's share named before its figure
  ['जिले में मतदान प्रतिशत 65 रहा।', '65', 65, 'percent', 'exact'],
  ['छात्रों का पासिंग प्रतिशत 86.19 है।', '86.19', 86.19, 'percent', 'exact'],
  ['जिले में बालिकाओं का प्रतिशत 78.51 रहा।', '78.51', 78.51, 'percent', 'exact'],
  ['सम्पूर्ण परीक्षार्थियों का उत्तीर्ण प्रतिशत 81.18 रहा।', '81.18', 81.18, 'percent', 'exact'],
  ['गोवा विधानसभा में कुल सीटें 40 हैं।', '40', 40, 'seat', 'exact'],
  // hockey's set pieces and a state's divisions are counted things
  ['भारत को नौ पेनल्टी कॉर्नर मिले।', 'नौ पेनल्टी कॉर्नर', 9, 'penalty corner', 'exact'],
  ['चार राज्य मंत्री ने शपथ ली।', 'चार राज्य मंत्री', 4, 'minister', 'exact'],
  ['तहसील दिवस में कुल 75 प्रार्थना पत्र प्राप्त हुए।', '75 प्रार्थना पत्र', 75, 'application', 'exact'],
  ['मालगाड़ी के 24 वैगन पटरी से उतरे।', '24 वैगन', 24, 'wagon', 'exact'],
  ['फिल्म के मुंबई में 323 शोज हुए।', '323 शोज', 323, 'show', 'exact'],
  ['राज्य के 5 प्रमंडलों में परीक्षा हुई।', '5 प्रमंडलों', 5, 'division', 'exact'],
  ['दिल्ली का तापमान 45°C पहुंचा।', '45°C', 45, 'degree Celsius', 'exact'],
  ['राजधानी का अधिकतम तापमान 34.6 डिग्री सेसि रिकार्ड किया गया।', '34.6 डिग्री सेसि', 34.6, 'degree Celsius', 'exact'],
  ['आर्द्रता 51 और 64 फीसदी के बीच बनी हुई है।', '51', 51, 'percent', 'exact'],
  ['भाजपा ने 90 में से 48 सीटें जीतीं।', '90', 90, 'seat', 'exact'],
  // a list of names with bracketed figures counts the counted noun nearest before it, else after it
  ['नए मामले जमुई (22), भागलपुर (19) और सारण (15) में मिले।', '19', 19, 'case', 'exact'],
  ['भाजपा (240), कांग्रेस (99) और सपा (37) ने सीटें जीतीं।', '99', 99, 'seat', 'exact'],
  // a bare figure right after "N things in" counts those things
  ['सेंसेक्स के 30 शेयरों में 28 तेजी के साथ बंद हुए।', '28', 28, 'share', 'exact'],
  // (a count of shares falling is shares, no move of the index in points)
  ['सेंसेक्स के 30 शेयरों में से 18 गिरकर बंद हुए।', '18', 18, 'share', 'exact'],
  // the two figures of a change count the same thing, whichever says it
  ['पार्षद निधि 20 लाख से बढ़कर 25 लाख रुपए की जाए।', '20 लाख', 2000000, 'rupee', 'exact'],
  // a list of amounts labelled "for X" shares the last one's currency
  ['प्रथम स्थान के लिए एक लाख, द्वितीय के लिए 75 हजार और तृतीय के लिए 50 हजार रुपये दिए जाएंगे।', 'एक लाख', 100000, 'rupee', 'exact'],
  ['प्रथम स्थान के लिए एक लाख, द्वितीय के लिए 75 हजार और तृतीय के लिए 50 हजार रुपये दिए जाएंगे।', '75 हजार', 75000, 'rupee', 'exact'],
  ['पुरुषों के लिए 5, महिलाओं के लिए 3 सीटें आरक्षित हैं।', '5', 5, 'seat', 'exact'],
  // (no list: a verb follows the first figure)
  ['प्रथम स्थान के लिए एक लाख मिले और दूसरे के लिए 50 हजार रुपये दिए गए।', 'एक लाख', 100000, null, 'exact'],
  // a money noun after की/के, across up to two plain words, puts the amount in rupees
  ['पार्षदों को भी 5 लाख की स्वेच्छा अनुदान राशि दी जाए।', '5 लाख', 500000, 'rupee', 'exact'],
  ['गिरोह से 1 लाख से ज्यादा के जाली नोट बरामद हुए।', '1 लाख से ज्यादा', 100000, 'rupee', 'more than'],
  // (three plain words away, or past a postposition, it owns no amount)
  ['इलाके में 10 लाख की घनी शहरी बसावट बजट से वंचित है।', '10 लाख', 1000000, null, 'exact'],
  ['मेले में 50 हजार की मौजूदगी से नुकसान हुआ।', '50 हजार', 50000, null, 'exact'],
  // (nor past a counted noun: the amount counts it)
  ['शहर की 10 लाख की आबादी वाले इलाकों का बजट बढ़ा।', '10 लाख', 1000000, null, 'exact'],
  ['रैली में 50 हजार की भीड़ ने नुकसान किया।', '50 हजार', 50000, null, 'exact'],
  ['मरीजों की संख्या 42 से बढ़कर 54 हो गई।', '54', 54, 'patient', 'exact'],
  ['कीमत 500 से घटकर 450 रुपये रह गई।', '500', 500, 'rupee', 'exact'],
  // a list of labelled bare numbers shares the last one's counted noun and role
  ['जून में डेंगू के 40, मई में 23 और अप्रैल में 18 मामले सामने आए।', '23', 23, 'case', 'exact'],
  ['जून में डेंगू के 40, मई में 23 और अप्रैल में 18 मामले सामने आए।', '40', 40, 'case', 'exact'],
  // the noun said with the first item only: a labelled number word after it takes it
  ['उत्तर प्रदेश की नौ सीट, राजस्थान की सात, असम की पांच और बिहार की चार सीटों पर मतदान हुआ।', 'सात', 7, 'seat', 'exact'],
  ['पंचकूला में 1133 केस, गुरुग्राम में 151 और करनाल में 241 दर्ज हुए।', '241', 241, 'case', 'exact'],
  ['उत्तर प्रदेश की नौ सीट, राजस्थान की सात, बिहार और पंजाब की चार-चार सीटों पर मतदान हुआ।', 'चार-चार सीटों', 4, 'seat', 'exact'],
  // एक as a list item, not an article; a plural oblique typed without its nasal mark
  ['डेंगू के मरीजों में दून अस्पताल में दो, एम्स में एक और कैलाश हॉस्पिटल में 2 मरीजो का इलाज चल रहा है।', 'एक', 1, 'patient', 'exact'],
  ['डेंगू के 6 मरीजो का इलाज चल रहा है।', '6 मरीजो', 6, 'patient', 'exact'],
  // … and plurals in ें or ां typed without it
  ['कोहरे के कारण रेलवे ने 18 ट्रेने कैंसिल कर दी हैं।', '18 ट्रेने', 18, 'train', 'exact'],
  // (cars spelled without the nasal, as a page printed them: zzg first run)
  ['शोरूम में आग से 16 कारे जलकर खाक हो गईं।', '16 कारे', 16, 'car', 'exact'],
  // showrooms, and a court's verdicts or a cabinet's decisions (zzh and zze first runs)
  ['आग में कंपनी के 5 शोरूम जल गए।', '5 शोरूम', 5, 'showroom', 'exact'],
  ['सोमवार को शीर्ष अदालत की पीठों द्वारा 19 फैसले सुनाए जाएंगे।', '19 फैसले', 19, 'decision', 'exact'],
  ['हादसे में तीन गाड़िया आपस में टकरा गईं।', 'तीन गाड़िया', 3, 'vehicle', 'exact'],
  // a reading's name after a joiner labels the next figure: the first figure shares its unit, and its own
  // reading's name is no limit (was "up to 34", no unit)
  ['दिल्ली में अधिकतम तापमान 34 और न्यूनतम तापमान 26 डिग्री सेल्सियस रहा।', '34', 34, 'degree Celsius', 'exact'],
  ['शहर का तापमान अधिकतम 34 और न्यूनतम 26 डिग्री सेल्सियस रहा।', '34', 34, 'degree Celsius', 'exact'],
  // … a limit before a count of seats stays a limit
  ['गठबंधन में पार्टी को अधिकतम 3 और न्यूनतम 2 सीटें मिलेंगी।', 'अधिकतम 3', 3, 'seat', 'up to'],
  // units of phones and of wounds
  ['फोन में 16 मेगापिक्सल का फ्रंट कैमरा है।', '16 मेगापिक्सल', 16, 'megapixel', 'exact'],
  ['फोन में 5000 एमएएच की बैटरी है।', '5000 एमएएच', 5000, 'mAh', 'exact'],
  ['पोस्टमार्टम में शव पर 26 जख्म मिले।', '26 जख्म', 26, 'wound', 'exact'],
  ['राहत के लिए 321 नावें लगाई गईं।', '321 नावें', 321, 'boat', 'exact'],
  // "in the number of" stands between a figure and its noun and says nothing of the value
  ['धरने में सैकड़ों की संख्या में किसान शामिल हुए।', 'सैकड़ों की संख्या में किसान', 100, 'farmer', 'vague'],
  ['मेले में करीब 300 की संख्या में दुकानें लगीं।', 'करीब 300 की संख्या में दुकानें', 300, 'shop', 'about'],
  // a span of a year, a month or a week counts with एक; thieves, shopkeepers, kitchens and by-elections are counted
  ['अदालत ने दोषी को एक माह के कारावास की सजा सुनाई।', 'एक माह', 1, 'month', 'exact'],
  ['राहत शिविरों में 250 सामुदायिक रसोई चल रही हैं।', '250 सामुदायिक रसोई', 250, 'kitchen', 'exact'],
  ['पुलिस ने 4 चोरों को पकड़ा।', '4 चोरों', 4, 'thief', 'exact'],
  ['राज्य में तीन उपचुनाव होंगे।', 'तीन उपचुनाव', 3, 'by-election', 'exact'],
  // an adjective of a death between the count and its role (की दर्दनाक मौत)
  ['सड़क हादसे में चार लोगों की दर्दनाक मौत हो गई।', 'चार लोगों', 4, 'person', 'exact', 'killed'],
  // how they died, between the count and its role (was no role)
  ['नदी में नहाते समय 4 लोगों की डूबकर मौत हो गई।', '4 लोगों', 4, 'person', 'exact', 'killed'],
  ['आग लगने से दो बच्चों की जलकर मौत हो गई।', 'दो बच्चों', 2, 'child', 'exact', 'killed'],
  // friends are counted (छह दोस्त कार में: six friends, not six cars); millimetres written एमएम
  ['चार दोस्त बाइक से घूमने निकले थे।', 'चार दोस्त', 4, 'friend', 'exact'],
  // (a मित्र देश is a friendly country, a रसोई गैस सिलेंडर a cylinder: reviewer)
  ['भारत ने दो मित्र देशों के साथ अभ्यास किया।', 'दो मित्र देशों', 2, 'country', 'exact'],
  ['आरोपी के घर से पांच रसोई गैस सिलेंडर बरामद हुए।', 'पांच रसोई गैस सिलेंडर', 5, 'cylinder', 'exact'],
  ['जिले में अब तक 640 एमएम बारिश दर्ज हुई।', '640 एमएम', 640, 'millimetre', 'exact'],
  // a cyber-fraud haul: phones, SIM cards, ATM cards (an adjective between: फर्जी सिम)
  ['ठगों के पास से 7 मोबाइल, 3 फर्जी सिम और 4 एटीएम कार्ड मिले।', '7 मोबाइल', 7, 'phone', 'exact'],
  ['ठगों के पास से 7 मोबाइल, 3 फर्जी सिम और 4 एटीएम कार्ड मिले।', '3 फर्जी सिम', 3, 'SIM card', 'exact'],
  ['ठगों के पास से 7 मोबाइल, 3 फर्जी सिम और 4 एटीएम कार्ड मिले।', '4 एटीएम कार्ड', 4, 'ATM card', 'exact'],
  // a metre in Latin letters as district pages type it (was "110 roads": the noun after it counted)
  ['विधायक ने 240 mtr पक्की सड़क का लोकार्पण किया।', '240 mtr', 240, 'metre', 'exact'],
  // cards counted bare: the noun after them is no unit (was districts for `कार्ड जिला सहकारी बैंक द्वारा`); card holders are people
  ['जिले के 20 हजार कार्ड धारकों को राशन नहीं मिला।', '20 हजार कार्ड धारकों', 20000, 'card holder', 'exact'],
  ['अब तक 12 हजार 315 कार्ड जिला सहकारी बैंक द्वारा बनाए गए।', '12 हजार 315 कार्ड', 12315, 'card', 'exact'],
  // laptops and debit cards in such a haul (a debit card is not called an ATM card)
  ['गिरोह के पास से 12 लैपटाप और 20 डेबिट कार्ड बरामद हुए।', '12 लैपटाप', 12, 'laptop', 'exact'],
  ['गिरोह के पास से 12 लैपटाप और 20 डेबिट कार्ड बरामद हुए।', '20 डेबिट कार्ड', 20, 'debit card', 'exact'],
  // a bare एटीएम is the machine, a मोबाइल टावर a tower (no cards, no phones)
  ['बदमाशों ने एक रात में 3 एटीएम लूटे।', '3 एटीएम', 3, 'ATM', 'exact'],
  ['गांव में 5 मोबाइल टावर लगाए गए।', '5 मोबाइल टावर', 5, 'tower', 'exact'],
  // goods worth an amount (लाखों का माल: lakhs of rupees' worth)
  ['गोदाम में आग से लाखों का माल जलकर राख हो गया।', 'लाखों', 100000, 'rupee', 'vague'],
  // worth and spending right after an amount in scales put it in rupees
  ['चोरों के पास से 12 लाख कीमत के गहने बरामद हुए।', '12 लाख', 1200000, 'rupee', 'exact'],
  ['नगर पालिका सफाई पर 3 करोड व्यय करेगी।', '3 करोड', 30000000, 'rupee', 'exact'],
  // jewellery and cash stolen or seized are worth rupees (के जेवरात, नगदी right after)
  ['चोरों ने घर से 8 लाख के जेवरात चुरा लिए।', '8 लाख', 800000, 'rupee', 'exact'],
  ['बदमाश 35 हजार नगदी लेकर भाग गए।', '35 हजार', 35000, 'rupee', 'exact'],
  ['तलाशी में करीब तीन लाख के गहने मिले।', 'करीब तीन लाख', 300000, 'rupee', 'about'],
  // a दल alone is a group (a herd split in two, a rescue squad); a राजनीतिक दल is a party
  ['जंगल में हाथियों का झुंड तीन दलों में बंट गया।', 'तीन दलों', 3, 'group', 'exact'],
  ['चुनाव में 14 राजनीतिक दलों ने उम्मीदवार उतारे।', '14 राजनीतिक दलों', 14, 'party', 'exact'],
  // police ranks in a transfer list, transfers and civic bodies
  ['सूची में 125 हेड कॉन्स्टेबल और 58 कॉन्स्टेबल हैं।', '125 हेड कॉन्स्टेबल', 125, 'head constable', 'exact'],
  ['सूची में 125 हेड कॉन्स्टेबल और 58 कॉन्स्टेबल हैं।', '58 कॉन्स्टेबल', 58, 'constable', 'exact'],
  ['जिले में 45 असिस्टेंट सब इंस्पेक्टर बदले गए।', '45 असिस्टेंट सब इंस्पेक्टर', 45, 'assistant sub-inspector', 'exact'],
  ['सूची में केवल तीन सब इंस्पेक्टर हैं।', 'तीन सब इंस्पेक्टर', 3, 'sub-inspector', 'exact'],
  ['पुलिस विभाग में 125 तबादले किए गए।', '125 तबादले', 125, 'transfer', 'exact'],
  ['प्रदेश के 46 नगरीय निकायों में मतदान हुआ।', '46 नगरीय निकायों', 46, 'civic body', 'exact'],
  // an adjective between the figure and its noun (जिंदा कारतूस); a working day is no calendar day
  ['आरोपी के पास से एक पिस्टल और तीन जिंदा कारतूस मिले।', 'तीन जिंदा कारतूस', 3, 'cartridge', 'exact'],
  ['आवेदन का निपटारा पांच कार्यदिवस में किया जाएगा।', 'पांच कार्यदिवस', 5, 'working day', 'exact'],
  // a fraction counts no people: the noun after it is the next figure's owner, the unit is the list's
  ['पुरूष मतदाताओं ने 73.18 और महिला मतदाताओं ने 66.98 प्रतिशत मतदान किया।', '73.18', 73.18, 'percent', 'exact'],
  ['मेले में 2.5 लाख लोग पहुंचे।', '2.5 लाख लोग', 250000, 'person', 'exact'],
  ['नालंदा में 8, भोजपुर में 4 और पटना में 3 लोगों की मौत हुई।', '8', 8, 'person', 'exact', 'killed'],
  ['बिहार और पंजाब की 4, असम की 5 सीटों पर मतदान हुआ।', '4', 4, 'seat', 'exact'],
  ['पिछले 24 घंटों में 465 मरीजों की मौत हुई।', '465 मरीजों', 465, 'patient', 'exact', 'killed'],
  // roles
  ['हादसे में 9 लोगों की मौत हो गई।', '9 लोगों', 9, 'person', 'exact', 'killed'],
  // a page's spelling without the nasal mark
  ['अस्पताल में 60 मौते हुईं।', '60 मौते', 60, 'person', 'exact', 'killed'],
  ['हमले में 50 लोग मारे गए।', '50 लोग', 50, 'person', 'exact', 'killed'],
  ['आग में 5 लोगों की जान चली गई।', '5 लोगों', 5, 'person', 'exact', 'killed'],
  ['हादसे ने 11 लोगों की जान ले ली।', '11 लोगों', 11, 'person', 'exact', 'killed'],
  // a headline's verb before the count of lives
  ['बस-ट्रक की टक्कर ने ली 11 की जान, 20 से अधिक घायल', '11', 11, 'person', 'exact', 'killed'],
  ['डॉक्टरों ने बचाई 5 की जान', '5', 5, 'person', 'exact', 'rescued'],
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
  ['बाढ़ में लापता सात लोगों में से दो के शव मिले।', 'सात लोगों', 7, 'person', 'exact', 'missing'],
  ['हादसे में घायल हुए 12 लोगों को अस्पताल भेजा गया।', '12 लोगों', 12, 'person', 'exact', 'injured'],
  ['कम से कम 79 विदेशी इन विनाशकारी भूकंपों में मारे गए।', 'कम से कम 79 विदेशी', 79, 'person', 'at least', 'killed'],
  ['हमले में 3 लोग घायल हो गए।', '3 लोग', 3, 'person', 'exact', 'injured'],
  ['सेना ने हेलीकॉप्टर की मदद से 85 लोगों को बाढ़ से बचाया।', '85 लोगों', 85, 'person', 'exact', 'rescued'],
  ['मैच देखने के लिए 90 हजार दर्शक पहुंचे।', '90 हजार दर्शक', 90000, 'person', 'exact', null],
  // no role where the phrase does not say one
  ['अदालत ने उसे 10 साल की सजा सुनाई।', '10 साल', 10, 'year', 'exact', null],
  ['धारा 147 भादवि में 2 हजार रुपये का अर्थदण्ड लगा।', '2 हजार रुपये', 2000, 'rupee', 'exact', null],
  ['न्यायालय ने अभियुक्त को 52 सौ रूपये के अर्थदण्ड से दंडित किया।', '52 सौ रूपये', 5200, 'rupee', 'exact', null],
  ['पीड़ितों को 5 लाख रुपये का मुआवजा मिलेगा।', '5 लाख रुपये', 500000, 'rupee', 'exact', null],
  ['10 गांवों में 5 लोगों की मौत हुई।', '10 गांवों', 10, 'village', 'exact', null],
  ['देश के 5 राज्यों में मौतें बढ़ीं।', '5 राज्यों', 5, 'state', 'exact', null],
  ['30 लोग अस्पताल में भर्ती हैं।', '30 लोग', 30, 'person', 'exact', null],
  ['2 लोग बाढ़ में और 3 लोग आग में मारे गए।', '2 लोग', 2, 'person', 'exact', null],
  ['मंडी में सरसों 5120 रुपये तक बिकी।', '5120 रुपये तक', 5120, 'rupee', 'up to', null],
  ['इस मौके पर दर्जनों कार्यकर्ता मौजूद थे।', 'दर्जनों कार्यकर्ता', 12, 'worker', 'vague', null],
  // a postposition glued to the figure lost its space: no name's number
  ['विजेता को 7100 रुपये व उपविजेता को3100 रुपये मिले।', '3100 रुपये', 3100, 'rupee', 'exact', null],
  ['हादसे में7 लोगों की मौत हो गई।', '7 लोगों', 7, 'person', 'exact', 'killed'],
  // the currency word before the amount, as budget papers write it
  ['राज्य का कुल व्यय रुपये 1,48,210.45 करोड़ अनुमानित है।', '1,48,210.45 करोड़', 1482104500000, 'rupee', 'exact', null],
  ['जिले में 14 डाक्टरों की तैनाती हुई।', '14 डाक्टरों', 14, 'doctor', 'exact', null],
  ['मेले में हजारों दर्शनार्थियों ने भाग लिया।', 'हजारों दर्शनार्थियों', 1000, 'person', 'vague', null],
  // spellings of the counted noun or the role as pages type them (ओभर, विकटों, तंमचे, गिरफतार)
  ['टीम ने 12 ओभर में 96 रन बनाए।', '12 ओभर', 12, 'over', 'exact', null],
  ['मेजबान टीम ने मैच 7 विकटों से जीता।', '7 विकटों', 7, 'wicket', 'exact', null],
  ['पुलिस ने 2 तंमचे बरामद किए।', '2 तंमचे', 2, 'pistol', 'exact', null],
  ['पुलिस ने चार आरोपियों को गिरफतार किया।', 'चार आरोपियों', 4, 'accused', 'exact', 'arrested'],
  // a bare count before what befalls people counts people (no role the phrase does not say)
  ['घायलों में से चार की हालत नाजुक बताई गई है।', 'चार', 4, 'person', 'exact', null],
  ['बाकी 14 का इलाज चल रहा है।', '14', 14, 'person', 'exact', null],
  // (those a case is filed against are the accused: no five dead beside a death in a headline)
  ['पुलिस ने सात के खिलाफ मामला दर्ज किया।', 'सात', 7, 'accused', 'exact', null],
  ['अदालत ने तीन को उम्रकैद सुनाई।', 'तीन', 3, 'person', 'exact', null],
  ['फरार 2 की तलाश जारी है।', '2', 2, 'person', 'exact', null],
  ['अदालत ने दोषी पाए गए चार को सजा सुनाई।', 'चार', 4, 'person', 'exact', null],
  ['पुलिस ने करीब 40 पर मुकदमा दर्ज किया।', 'करीब 40', 40, 'accused', 'about', null],
  ['विवाहिता ने जान दी, ससुर समेत 4 के खिलाफ केस दर्ज', '4', 4, 'accused', 'exact', null],
  ['हादसे में 12 लोग घायल हुए, बाद में 3 की हालत गंभीर हुई।', '3', 3, 'person', 'exact', null],
  // (results: so many passed)
  ['लिखित परीक्षा में 4312 को सफलता मिली है।', '4312', 4312, 'person', 'exact', null],
  // hurt, said as injuries that came to them (को चोटें आईं)
  ['टक्कर में 14 यात्रियों को चोटें आईं।', '14 यात्रियों', 14, 'passenger', 'exact', 'injured'],
  // (a span of time before में names no set the count is part of)
  ['अदालत ने दो दशक पुराने गबन केस में पांच को सजा सुनाई।', 'पांच', 5, 'person', 'exact', null],
  ['परीक्षा में 9050 बैठे और 7725 सफल रहे।', '7725', 7725, 'person', 'exact', null],
  // spellings of a measure and a noun for vacancies (हैक्टेयर, रिक्तियों)
  ['सरकार ने करीब 130 हैक्टेयर जमीन अधिग्रहित की।', 'करीब 130 हैक्टेयर', 130, 'hectare', 'about', null],
  ['आयोग ने 7415 रिक्तियों के लिए आवेदन मांगे।', '7415 रिक्तियों', 7415, 'position', 'exact', null],
  // an amount before की धनराशि is in rupees; a counted noun before केंद्र describes the centres
  ['पंचायत को 3 करोड़ 12 लाख की धनराशि मिली।', '3 करोड़ 12 लाख', 31200000, 'rupee', 'exact', null],
  ['प्रदेश में 1200 परीक्षा केन्द्र बनाए गए।', '1200 परीक्षा केन्द्र', 1200, 'exam centre', 'exact', null],
  // (people before केंद्र stay people: केंद्र is the central government there, or the centre they reached — reviewer)
  ['जिले के 300 किसान केंद्र की योजना से वंचित हैं।', '300 किसान', 300, 'farmer', 'exact', null],
  ['जिले के 9 विकासखंडों में शिविर लगे।', '9 विकासखंडों', 9, 'block', 'exact', null],
  // अरब before its noun is Arab: the count is of the countries (reviewer)
  ['मंत्री ने 14 अरब देशों के राजदूतों से बात की।', '14 अरब देशों', 14, 'country', 'exact', null],
  // "all N" counts N (तीनों, चारो as pages type it)
  ['पुलिस ने तीनों आरोपियों को जेल भेजा।', 'तीनों आरोपियों', 3, 'accused', 'exact', null],
  ['चारो राज्यों में मतदान शांतिपूर्ण रहा।', 'चारो राज्यों', 4, 'state', 'exact', null],
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

describe('a price list: each crop named bare before its range, the unit said once at the end', () => {
  const text = 'मंडी में भाव इस प्रकार रहे- धान मोटा 1850- 2100, मक्का 1700-1950, अरहर देसी 6200-6900, मूंग 7000- 7600 रुपए प्रति क्विंटल।';
  it.each([['धान मोटा', '1850- 2100', 1850, 2100], ['मक्का', '1700-1950', 1700, 1950], ['अरहर देसी', '6200-6900', 6200, 6900]])('%s %s', (_crop, part, low, high) => {
    const found = numbersIn(text).find((n) => n.value === low);
    expect(found && text.slice(found.span.start, found.span.end)).toBe(part);
    expect([found?.end, found?.unit, found?.qualifier]).toEqual([high, 'rupee', 'range']);
  });
  it.each([
    // a bare pair of figures no list counts stays unread (a score, a span of years, an id)
    ['मुकाबला 2010-2014 के बीच खेला गया।', '2010-2014'],
    ['ट्रेन संख्या 12301-12302 रद्द रही।', '12301-12302'],
    // a list needs the unit on a range: a bare count after it gives none
    ['धान 1850-2100, मक्का 1700-1950 और 40 ट्रक माल आया।', '1700-1950'],
    // ranges of games or numbers are no prices: only a range in money gives its noun
    ['सिंधु पहला गेम 18-21, दूसरा गेम 15-21 अंकों से हार गईं।', '18-21'],
    ['ट्रेन 12301-12302, हावड़ा राजधानी 12305-12306 ट्रेनें रद्द रहेंगी।', '12301-12302'],
  ])('no unit from nothing: %s', (sentence, pair) => {
    expect(numbersIn(sentence).filter((n) => n.text === pair)).toEqual([]);
  });
});

describe('a list item labelled by a date the date extractor claimed', () => {
  // a year or a day of the month is a label: its bare number takes the list's counted noun
  const cases: [string, string[], string, number, string | null][] = [
    ['साल 2021 में 512, 2022 में 640 और 2023 में 715 मामले दर्ज हुए।', ['साल 2021', '2022', '2023'], '640', 640, 'case'],
    ['3 तारीख को 14, 4 तारीख को 11 और 5 तारीख को 20 मरीज भर्ती हुए।', ['3 तारीख', '4 तारीख', '5 तारीख'], '11', 11, 'patient'],
    // not a list: a date and a figure told apart by a verb keep no noun (the figure stays bare, unreported)
    ['साल 2021 में 512 रहे, 2022 में हालात बदले और 40 मामले दर्ज हुए।', ['साल 2021', '2022'], '512', 512, null],
  ];
  it.each(cases)('%s → %s', (text, dates, part, value, unit) => {
    const found = numbersIn(text, dates.map((d) => spanOf(text, d))).find((n) => n.value === value);
    if (unit === null) return expect(found).toBeUndefined();
    expect(found?.unit).toBe(unit);
    expect(found && text.slice(found.span.start, found.span.end)).toBe(part);
  });
});

