import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const places = (text: string): string[] => mentionsOf(text, realExtractor()).filter((m) => m.kind === 'place').map((m) => `${m.text}=${m.en}`);

describe('a storm named right after its kind is no place', () => {
  it.each([
    // (was Gaza: the cyclone's name folds like the territory's)
    ['चक्रवाती तूफान गाजा रविवार सुबह तट से टकराया।', []],
    ['साइक्लोन गाजा ने तट पर भारी तबाही मचाई।', []],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
