import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const extract = realExtractor();
const teams = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'organisation' && / team$/u.test(m.en)).map((m) => `${m.text}=${m.en}`);

describe('no team is made of a place', () => {
  it.each([
    // not a report of a sport: a country that beats another in a vote is a country
    'संयुक्त राष्ट्र में भारत ने पाकिस्तान को हराया और सीट जीती।',
    // a report of two sports: whose team is unknown
    'क्रिकेट और हॉकी दोनों में जर्मनी को 2-1 से हराया गया।',
    // a youth side is not the national team
    'जूनियर हॉकी विश्व कप में भारत ने जर्मनी को 4-2 से हराया।',
    'अंडर 19 क्रिकेट में नेपाल की टीम 90 रन पर आउट हुई।',
    // a league: a place names a franchise (दिल्ली = Delhi Capitals), never a state side
    'आईपीएल में दिल्ली ने पंजाब को 5 विकेट से हराया।',
    // the place is part of a listed club's name before it (Army XI of Delhi)
    'हॉकी टूर्नामेंट में आर्मी इलेवन दिल्ली हॉकी टीम ने मैच जीता।',
    // a place in a sport report that does not play (a venue, a home)
    'क्रिकेट: टीम इंडिया ने मुंबई में 300 रन बनाए।',
    // a region plays only as a listed side: no "Middle East national cricket team"
    'क्रिकेट: मध्य पूर्व की टीम 120 रन पर आउट हुई।',
  ])('%s', (text) => {
    expect(teams(text).filter((t) => !t.startsWith('टीम इंडिया='))).toEqual([]);
  });
});
