import type { Digest, Story } from '../../../../src/core/digest/digest-model.js';

const TOPICS = [
  ['सेंसेक्स 450 अंक चढ़कर 81,200 पर बंद हुआ।', 'Sensex closed 450 points up at 81,200'],
  ['मौसम विभाग ने भारी बारिश का ऑरेंज अलर्ट जारी किया।', 'IMD issued an orange alert for heavy rain'],
  ['सुप्रीम कोर्ट ने केंद्र से जवाब मांगा।', 'Supreme Court sought the Centre\'s reply'],
  ['इसरो ने श्रीहरिकोटा से उपग्रह प्रक्षेपित किया।', 'ISRO launched a satellite from Sriharikota'],
  ['भारत ने ऑस्ट्रेलिया को 6 विकेट से हराया।', 'India beat Australia by 6 wickets'],
] as const;

/** A story with every field filled; `n` varies the text. */
export function makeStory(n: number, overrides: Partial<Story> = {}): Story {
  const [hi, en] = TOPICS[n % TOPICS.length] ?? TOPICS[0];
  const id = `${String(n).padStart(3, '0')}_story`;
  return {
    id,
    published: '2025-07-12',
    title: { hi: `${hi} (${n})`, en: `${en} (${n})` },
    bullets: { hi: [hi, `दूसरी बात ${n}: नेताओं ने बयान दिया।`], en: [en, `Second point ${n}: leaders made statements`] },
    keyFacts: {
      dates: ['12 July 2025'],
      numbers: ['450 points'],
      people: ['Narendra Modi'],
      places: ['New Delhi'],
      organisations: ['ISRO'],
    },
    sources: [{ article: id, published: '2025-07-12', title: { hi, en } }],
    related: n % 2 === 0 ? [`${String(n + 1).padStart(3, '0')}_story`] : [],
    ...overrides,
  };
}

export function makeDigest(stories: Story[], more = 0): Digest {
  return { edition: '2026-11-24', stories, more };
}

/** A Hindi paragraph of about `length` characters made of danda-ended sentences. */
export function longHindi(length: number): string {
  const sentence = 'प्रधानमंत्री ने आज नई दिल्ली में राज्यों के मुख्यमंत्रियों के साथ बैठक की। ';
  return sentence.repeat(Math.ceil(length / sentence.length)).trim();
}
