import { describe, expect, it } from 'vitest';
import type { Removal } from '../../../src/core/content/line-tools.js';
import { lineKey, removeRepeats } from '../../../src/core/content/repeats.js';

const TITLE = 'दिल्ली में प्रदूषण का स्तर गंभीर, स्कूल बंद करने का आदेश';

describe('removeRepeats', () => {
  it.each([
    ['exact title', TITLE],
    ['extra spaces', 'दिल्ली   में प्रदूषण का स्तर गंभीर ,  स्कूल बंद करने का आदेश'],
    ['trailing danda', 'दिल्ली में प्रदूषण का स्तर गंभीर, स्कूल बंद करने का आदेश।'],
    ['nukta/spelling fold', 'दिल्ली में प्रदूषण का स्तर गंभीर, स्कूल बंद करने का आदेश'.replace('गंभीर', 'गम्भीर')],
  ])('a body line repeating the title (%s) is removed', (_name, repeat) => {
    const removed: Removal[] = [];
    const body = ['वायु गुणवत्ता सूचकांक 450 के पार पहुंच गया।', repeat];
    expect(removeRepeats(TITLE, body, removed)).toEqual(['वायु गुणवत्ता सूचकांक 450 के पार पहुंच गया।']);
    expect(removed).toEqual([{ kind: 'title-repeat', text: repeat }]);
  });

  it('a teaser repeating the start of the first paragraph is removed', () => {
    const teaser = 'वायु गुणवत्ता सूचकांक गुरुवार को 450 के पार पहुंच गया।';
    const paragraph = `${teaser} सरकार ने प्राथमिक स्कूल बंद करने का आदेश दिया है।`;
    const removed: Removal[] = [];
    expect(removeRepeats(TITLE, [teaser, paragraph], removed)).toEqual([paragraph]);
    expect(removed).toEqual([{ kind: 'teaser', text: teaser }]);
  });

  it('a duplicate paragraph is kept once', () => {
    const p = 'निर्माण कार्यों पर रोक लगा दी गई है।';
    const removed: Removal[] = [];
    expect(removeRepeats(TITLE, [p, 'दूसरा पैरा यहां है।', p], removed)).toEqual([p, 'दूसरा पैरा यहां है।']);
    expect(removed).toEqual([{ kind: 'duplicate', text: p }]);
  });

  it('a paragraph that merely starts with the title words is kept', () => {
    const p = `${TITLE} के बाद अभिभावकों ने राहत की सांस ली।`;
    expect(removeRepeats(TITLE, [p], [])).toEqual([p]);
  });

  it('lineKey ignores spacing and punctuation', () => {
    expect(lineKey('सेंसेक्स ,  निफ्टी।')).toBe(lineKey('सेंसेक्स, निफ्टी'));
  });
});
