import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const extract = realExtractor();
const organisations = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'organisation').map((m) => `${m.text}=${m.en}`).sort();

describe('an index named with its exchange names the exchange', () => {
  it.each([
    ['बीएसई सेंसेक्स 287 अंक लुढ़क कर बंद हुआ।', ['बीएसई सेंसेक्स=BSE SENSEX', 'बीएसई=Bombay Stock Exchange']],
    ['एनएसई निफ्टी 323 अंकों की तेजी के साथ बंद हुआ।', ['एनएसई निफ्टी=NIFTY 50', 'एनएसई=National Stock Exchange of India']],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('an index alone names no exchange', () => {
  it.each([
    ['सेंसेक्स 287 अंक लुढ़क कर बंद हुआ।', ['सेंसेक्स=BSE SENSEX']],
    ['निफ्टी 50 ने नया रिकॉर्ड बनाया।', ['निफ्टी 50=NIFTY 50']],
    ['बैंक निफ्टी में गिरावट रही।', ['बैंक निफ्टी=NIFTY Bank']],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});
