import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const extract = realExtractor();
const teams = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'organisation' && / team$/u.test(m.en)).map((m) => `${m.text}=${m.en}`);

describe('a country or state that plays, in a report of one sport, is its team', () => {
  it.each([
    // the object of a defeat (को … हराया), with a score between
    ['हॉकी टूर्नामेंट में भारतीय हॉकी टीम ने मेजबान जर्मनी को 5-2 से हराया।', ['भारतीय हॉकी टीम=India men\'s national field hockey team', 'जर्मनी=Germany men\'s national field hockey team']],
    // the subject of a defeat, far from its verb
    ['हॉकी: भारत ने रविवार शाम को मेजबान बेल्जियम को 3-1 से हराया।', ['भारत=India men\'s national field hockey team', 'बेल्जियम=Belgium men\'s national field hockey team']],
    // X की टीम, with runs after it
    ['क्रिकेट मुकाबले में नामीबिया की टीम 80 रन पर सिमट गई।', ['नामीबिया=Namibia national cricket team']],
    // X बनाम Y: both sides; an Indian state's team has no "national"
    ['रणजी ट्रॉफी क्रिकेट: असम बनाम बिहार मैच में 12 विकेट गिरे।', ['असम=Assam cricket team', 'बिहार=Bihar cricket team']],
    // two coordinated places both beaten (पर जीत)
    ['हॉकी में भारतीय पुरुष हॉकी टीम को स्पेन और नीदरलैंड पर जीत मिली।', ['भारतीय पुरुष हॉकी टीम=India men\'s national field hockey team', 'स्पेन=Spain men\'s national field hockey team', 'नीदरलैंड=Netherlands men\'s national field hockey team']],
    // each sentence's own kind of side: the men's report beside a women's one keeps its men's sides
    ['हॉकी में भारत की पुरुष टीम ने जापान को 5-3 से हराया। महिला हॉकी टीम को चीन से हार मिली।', ['भारत=India men\'s national field hockey team', 'जापान=Japan men\'s national field hockey team', 'चीन=China women\'s national field hockey team']],
    // a sentence of the men's match beside one of a women's side keeps the men's sides (पुरुषों के मुकाबले), and women named as
    // महिलाओं make a women's side
    ['भारतीय महिला क्रिकेट टीम ने श्रीलंका को हराया। पुरुषों के मुकाबले में इंग्लैंड ने नामीबिया को 5 विकेट से हराया।', ['भारतीय महिला क्रिकेट टीम=India women\'s national cricket team', 'श्रीलंका=Sri Lanka women\'s national cricket team', 'इंग्लैंड=England cricket team', 'नामीबिया=Namibia national cricket team']],
    ['भारतीय महिलाओं ने हॉकी में जापान को 2-0 से हराया।', ['जापान=Japan women\'s national field hockey team']],
    // a score written with a dot is a match's word too (the sentence names no sport)
    ['हॉकी के फाइनल में भारतीय पुरुष हॉकी टीम जीती। लीग चरण में जापान ने भारत को 2.1 से हराया था।', ['भारतीय पुरुष हॉकी टीम=India men\'s national field hockey team', 'जापान=Japan men\'s national field hockey team', 'भारत=India men\'s national field hockey team']],
    // a listed side keeps its listed name (England's side is not "England national cricket team")
    ['टेस्ट क्रिकेट: इंग्लैंड ने पहली पारी में 310 रन बनाए।', ['इंग्लैंड=England cricket team']],
    // against, in a clause about a match
    ['फुटबॉल में नेपाल के खिलाफ मुकाबले में भूटान ने दो गोल किए।', ['नेपाल=Nepal national football team']],
    // a report of a women's side: women's teams (states play in a competition of state sides: राष्ट्रीय खेल)
    ['राष्ट्रीय खेलों की महिला फुटबॉल के फाइनल में मणिपुर की टीम ने ओडिशा को 2-0 से हराया।', ['मणिपुर=Manipur women\'s football team', 'ओडिशा=Odisha women\'s football team']],
    // a cricket word that is an everyday word too (an Olympic टेस्ट event) makes no cricket report beside हॉकी
    ['ओलंपिक टेस्ट इवेंट के हॉकी फाइनल में भारतीय टीम ने जापान को 6-3 से हराया।', ['भारतीय टीम=India men\'s national field hockey team', 'जापान=Japan men\'s national field hockey team']],
    // a team named by generic words in a report of another sport is that sport's side
    ['हॉकी एशिया कप के पहले मैच में भारतीय टीम ने दो गोल किए।', ['भारतीय टीम=India men\'s national field hockey team']],
  ])('%s', (text, expected) => {
    expect(teams(text)).toEqual(expected);
  });
});
