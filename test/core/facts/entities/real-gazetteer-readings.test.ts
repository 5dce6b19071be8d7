import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/core/data/load-data.js';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData } from './fixtures.js';

/** Bodies of the real gazetteer that unseen pages named and the extractor missed (own sentences). */
const extract = createEntityExtractor(loadData(join(process.cwd(), 'config')).data.gazetteer, realEntitiesData(), realCommonWords());
const organisations = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'organisation').map((m) => `${m.text}=${m.en}`);

describe('bodies named by their own names', () => {
  it.each([
    ['नेशनल सेंटर फॉर सिस्मोलॉजी के मुताबिक भूकंप की तीव्रता 4.2 थी।', ['नेशनल सेंटर फॉर सिस्मोलॉजी=National Center for Seismology']],
    ['इंडियन मेडिकल एसोसिऐशन ने डॉक्टर्स डे पर शिविर लगाया।', ['इंडियन मेडिकल एसोसिऐशन=Indian Medical Association']],
    ['वर्ष 1977 में जनता पार्टी की सरकार बनी।', ['जनता पार्टी=Janata Party']],
    // the longer party names win over जनता पार्टी
    ['भारतीय जनता पार्टी और जननायक जनता पार्टी का गठबंधन टूटा।', ['भारतीय जनता पार्टी=Bharatiya Janata Party', 'जननायक जनता पार्टी=Jannayak Janta Party']],
    ['वे जनसंघ के दिनों से संगठन में थे।', ['जनसंघ=Bharatiya Jana Sangh']],
    ['राजौरी गार्डन सीट पर बीजेपी-अकाली गठबंधन का उम्मीदवार जीता।', ['बीजेपी=Bharatiya Janata Party', 'अकाली=Shiromani Akali Dal']],
    ['टीम ने एफआईएच हॉकी विश्व कप के लिए क्वालीफाई किया।', ['एफआईएच=International Hockey Federation']],
    ['इस अध्ययन को गिनीज वर्ल्ड रिकॉर्ड्स ने मान्यता दी।', ['गिनीज वर्ल्ड रिकॉर्ड्स=Guinness World Records']],
    ['मेडिकल जर्नल द लैंसेट की एक नई स्टडी आई है।', ['द लैंसेट=The Lancet']],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});
