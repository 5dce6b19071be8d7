import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHeadlineFilter } from '../../../src/core/content/headlines.js';
import type { Removal } from '../../../src/core/content/line-tools.js';
import { loadData } from '../../../src/core/data/load-data.js';

const filter = createHeadlineFilter(loadData(join(process.cwd(), 'config')).data.cleaning);

const WEATHER_TITLE = 'दिल्ली-एनसीआर में भारी बारिश, मौसम विभाग ने जारी किया ऑरेंज अलर्ट';
const WEATHER = [
  'भारत मौसम विज्ञान विभाग ने दिल्ली-एनसीआर में अगले 48 घंटों तक भारी बारिश की चेतावनी दी है।',
  'यमुना का जलस्तर खतरे के निशान के करीब पहुंच गया है और निचले इलाकों में पानी भर गया है।',
  'कई जगहों पर जलभराव से यातायात प्रभावित हुआ और स्कूलों में छुट्टी कर दी गई।',
];

function run(title: string, body: string[], inserted: string[]): Removal[] {
  const removed: Removal[] = [];
  const lines = [body[0] as string, ...inserted, ...body.slice(1)];
  expect(filter(title, lines, removed)).toEqual(body);
  return removed;
}

describe('pasted headlines of other stories', () => {
  it.each([
    ['cricket headline', 'विराट कोहली ने जड़ा 50वां वनडे शतक, सचिन का रिकॉर्ड टूटा'],
    ['markets headline', 'सेंसेक्स 900 अंक टूटा, निवेशकों के डूबे 4 लाख करोड़'],
    ['film gossip', 'शाहरुख खान की फिल्म ने पहले दिन कमाए 100 करोड़'],
    ['foreign news naming other countries', 'इजरायल और ईरान के बीच तनाव बढ़ा, अमेरिका ने दी चेतावनी'],
    ['crime headline with a dash quote', 'पत्नी की हत्या करने वाला पति बोले- गुस्से में हुई गलती'],
  ])('%s is an unrelated-headline', (_name, headline) => {
    expect(run(WEATHER_TITLE, WEATHER, [headline])).toEqual([{ kind: 'unrelated-headline', text: headline }]);
  });

  it('a short question headline with no topic word is removed', () => {
    const q = 'क्या शेयर बाजार में फिर आएगी गिरावट?';
    expect(run(WEATHER_TITLE, WEATHER, [q])).toEqual([{ kind: 'unrelated-headline', text: q }]);
  });
});

describe('section subheadings', () => {
  it.each([
    ['यमुना का जलस्तर बढ़ा'],
    ['स्कूलों में छुट्टी'],
    ['मौसम विभाग की चेतावनी'],
    ['अगले 48 घंटे भारी'],
  ])('%s is a subheading (removed: the body is prose) heading the paragraph after it', (subheading) => {
    expect(run(WEATHER_TITLE, WEATHER, [subheading])).toEqual([{ kind: 'subheading', text: subheading }]);
  });

  it('a run of short lines between paragraphs is a run of subheadings (their quantities count)', () => {
    const [a, b] = ['यमुना का जलस्तर बढ़ा', 'स्कूलों में छुट्टी'];
    expect(run(WEATHER_TITLE, WEATHER, [a, b])).toEqual([{ kind: 'subheading', text: a }, { kind: 'subheading', text: b }]);
  });

  it('topical short lines after the last paragraph are trailing: the page\'s related headlines (reviewer)', () => {
    const [a, b] = ['यमुना का जलस्तर बढ़ा, 40 गांव खाली', 'यमुना के जलस्तर से स्कूलों में छुट्टी'];
    const removed: Removal[] = [];
    // (a last line with no end would be the page's cut-off tail: the page ends in a pasted headline of another topic)
    expect(filter(WEATHER_TITLE, [...WEATHER, a, b, 'शेयर बाजार में भारी गिरावट, निवेशक सतर्क'], removed)).toEqual(WEATHER);
    expect(removed.slice(0, 2)).toEqual([{ kind: 'subheading', text: a, trailing: true }, { kind: 'subheading', text: b, trailing: true }]);
  });

  it('a topical line ending in a past auxiliary is narrative that lost its danda: it stays in the body', () => {
    const line = 'पिछले साल इसी हफ्ते यमुना का जलस्तर 206 मीटर तक पहुंच गया था';
    const lines = [WEATHER[0] as string, line, ...WEATHER.slice(1)];
    const removed: Removal[] = [];
    expect(filter(WEATHER_TITLE, lines, removed)).toEqual(lines);
    expect(removed).toEqual([]);
  });

  it('a topical line ending in a past auxiliary after the last paragraph is a pasted related headline (reviewer)', () => {
    const line = 'पिछले साल भी यमुना का जलस्तर खतरे के निशान से ऊपर पहुंच गया था';
    const removed: Removal[] = [];
    expect(filter(WEATHER_TITLE, [...WEATHER, line, 'शेयर बाजार में भारी गिरावट, निवेशक सतर्क'], removed)).toEqual(WEATHER);
    expect(removed[0]).toEqual({ kind: 'subheading', text: line, trailing: true });
  });

  it('a pasted headline of another story ending in a past auxiliary is still removed', () => {
    const line = 'अभिनेता की फिल्म ने पहले दिन 100 करोड़ रुपये कमाए थे';
    expect(run(WEATHER_TITLE, WEATHER, [line])).toEqual([{ kind: 'unrelated-headline', text: line }]);
  });

  it('election subheadings share the article topic', () => {
    const title = 'महाराष्ट्र विधानसभा चुनाव: महायुति को बहुमत, फडणवीस बनेंगे मुख्यमंत्री';
    const body = [
      'महाराष्ट्र विधानसभा चुनाव के नतीजों में महायुति गठबंधन ने 288 में से 230 सीटें जीत लीं।',
      'विपक्षी महाविकास आघाड़ी को सिर्फ 46 सीटों पर संतोष करना पड़ा।',
    ];
    const removed = run(title, body, ['विपक्ष का प्रदर्शन']);
    expect(removed).toEqual([{ kind: 'subheading', text: 'विपक्ष का प्रदर्शन' }]);
  });
});
