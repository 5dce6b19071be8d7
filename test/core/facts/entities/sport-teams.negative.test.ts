import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const extract = realExtractor();
const teams = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'organisation' && / team$/u.test(m.en)).map((m) => `${m.text}=${m.en}`);

describe('no team is made of a place', () => {
  it.each([
    // not a report of a sport: everyday words that are cricket words too (पारी, टेस्ट, रन) make none (reviewer)
    '1971 के युद्ध में भारत ने पाकिस्तान को हराया था। नेता ने नई सियासी पारी शुरू की।',
    'चीन के खिलाफ ताकत दिखाने के लिए भारत ने मिसाइल का सफल टेस्ट किया।',
    'युद्ध में पाकिस्तान पर जीत की याद में विजय दिवस रन का आयोजन हुआ।',
    'दूसरी पारी में उन्होंने कहा कि केंद्र के विरुद्ध बंगाल की लड़ाई जारी रहेगी।',
    // …nor a real sport word elsewhere: the sentence itself must speak of a match (second reviewer)
    '1971 के युद्ध में भारत ने पाकिस्तान को हराया था। आज भी दोनों देशों के क्रिकेट संबंध ठप हैं।',
    // another sport beside a listed one: a report of several sports
    'टेनिस के डेविस कप मुकाबले में भारत ने पाकिस्तान को 4-0 से हराया। क्रिकेट के बाद अब टेनिस में भी जीत।',
    'कुश्ती के फाइनल में भारत के पहलवान ने ईरान के खिलाफ मुकाबला जीता। हॉकी टीम ने भी बधाई दी।',
    // a first name is no state competition (संतोष, not संतोष ट्रॉफी), nor a "national sport"
    'संतोष गंगवार ने कहा कि उत्तर प्रदेश ने बिहार को विकास की दौड़ में हराया। उन्होंने क्रिकेट मैच का उदाहरण दिया।',
    'हॉकी हमारा राष्ट्रीय खेल है और उत्तर प्रदेश ने बिहार को हॉकी मैच में हराया।',
    // a club named after a country
    'मेक्सिको के क्लब अमेरिका ने फुटबॉल मैच में पचुका को 2-1 से हराया।',
    // a medal table names countries, not sides
    'हॉकी में कांस्य जीतने के बाद भी पदक तालिका में अमेरिका ने चीन को पछाड़ा।',
    // a club cup and a league of the sport: a state or city names a club
    'डूरंड कप फुटबॉल में केरल ब्लास्टर्स ने गोवा को 2-1 से हराया।',
    'हॉकी इंडिया लीग के मुकाबले में ओडिशा ने दिल्ली को 3-1 से हराया।',
    // a blind side is not the national team
    'नेत्रहीन टी20 क्रिकेट विश्व कप के फाइनल में भारत ने पाकिस्तान को 8 विकेट से हराया।',
    // a state that beats another outside a competition of state sides is no side
    'फुटबॉल मैच देखने के बाद गुजरात ने निवेश में महाराष्ट्र को पछाड़ा।',
    // a report of men's and women's sides: a sentence that says neither names no side
    'हॉकी में पुरुष टीम और महिला टीम दोनों खेलीं। भारत ने जापान को 2-1 से हराया।',
    // a report of two sports: whose team is unknown
    'क्रिकेट और हॉकी दोनों में जर्मनी को 2-1 से हराया गया।',
    // a youth side is not the national team
    'जूनियर हॉकी विश्व कप में भारत ने जर्मनी को 4-2 से हराया।',
    'अंडर 19 क्रिकेट में नेपाल की टीम 90 रन पर आउट हुई।',
    // a league: a place names a franchise (दिल्ली = Delhi Capitals), never a state side
    'आईपीएल में दिल्ली ने पंजाब को 5 विकेट से हराया।',
    // the place is part of a listed club's name before it (Army XI of Delhi)
    'हॉकी टूर्नामेंट में आर्मी इलेवन दिल्ली हॉकी टीम ने मैच जीता।',
    // a place in a sport report that does not play (a venue): a country in में
    'क्रिकेट: टीम इंडिया ने ऑस्ट्रेलिया में 300 रन बनाए।',
    // a region plays only as a listed side: no "Middle East national cricket team"
    'क्रिकेट: मध्य पूर्व की टीम 120 रन पर आउट हुई।',
  ])('%s', (text) => {
    expect(teams(text).filter((t) => !t.startsWith('टीम इंडिया='))).toEqual([]);
  });
});
