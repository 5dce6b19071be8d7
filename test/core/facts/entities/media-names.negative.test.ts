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

describe('an agency a source spoke to', () => {
  it.each([
    'वन अधिकारी ने ‘पीटीआई-भाषा’ से कहा कि बाघों की गिनती जारी है।',
    'सरपंच ने पीटीआई को बताया कि सड़क का काम रुका है।',
    'मेयर ने रॉयटर्स से बातचीत में कहा कि बजट घटेगा।',
  ])('%s: the agency a source spoke to is the report\'s source, no organisation', (text) => {
    expect(organisations(text)).toEqual([]);
  });

  it('an agency that is the news stays', () => {
    expect(organisations('रॉयटर्स ने अपने संपादक की नियुक्ति की घोषणा की।')).toEqual(['Reuters']);
  });
});
