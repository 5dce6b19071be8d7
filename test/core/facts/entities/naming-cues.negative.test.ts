import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'person').map((m) => m.text);

describe('no one is named by a naming phrase that names no person', () => {
  it.each([
    ['a country\'s name made proud', 'खिलाड़ियों ने देश का नाम रोशन किया है।'],
    ['a name not yet known', 'मृतक की पहचान नहीं हो सकी है।'],
    ['one\'s own identity as a profession', 'उसने अपनी पहचान वैज्ञानिक के रूप में बनाई।'],
    // a name closed by a copula loses its everyday words: `सामने आया` is no name
    ['a name that came up', 'इस मामले में आरोपी का नाम सामने आया है।'],
    ['a name not closed by an end', 'आरोपी का नाम झब्बू पुलिस रिकॉर्ड में दर्ज है।'],
    ['a virus called so', 'कोरोना नाम के वायरस ने तबाही मचाई।'],
    ['a name followed by a thing, not a person', 'भोलाराम नाम की दुकान पर भीड़ लगी।'],
    // `X निवासी Y`: X may be the village and Y the person — unsure, so the phrase names neither
    ['a resident\'s village or name', 'मृतक की पहचान कसारी निवासी मसरी के रूप में हुई।'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});
