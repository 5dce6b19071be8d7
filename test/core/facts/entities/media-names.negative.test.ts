import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

/** Media names in the real gazetteer that are also everyday phrases (आज तक = until today). */
const extract = realExtractor();
const organisations = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'organisation').map((m) => m.en);

describe('media names that are everyday phrases', () => {
  it.each(['इतने कम समय में आज तक कभी रिजल्ट जारी नहीं किया गया।', 'आज तक किसी ने यह रिकॉर्ड नहीं तोड़ा।'])('%s names no channel', (text) => {
    expect(organisations(text)).toEqual([]);
  });

  it.each(['जब आजतक के संवाददाता बाढ़ प्रभावित लोगों के बीच पहुंचे तो गुस्सा फूटा।', 'आजतक संवाददाता ने इलाके का दौरा किया।'])('%s: the site\'s own reporter is a byline, no organisation', (text) => {
    expect(organisations(text)).toEqual([]);
  });

  it('the channel written as one word is the channel', () => {
    expect(organisations('आजतक ने इस खबर को सबसे पहले दिखाया।')).toEqual(['Aaj Tak']);
  });
});
