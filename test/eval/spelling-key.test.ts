import { describe, expect, it } from 'vitest';
import { spellingKey } from '../../eval/spelling-key.js';

describe('spellingKey(): one key for spellings of the same romanised name', () => {
  it.each([
    ['Ravish Kumar', 'Raveesh Kumar'],
    ['Musa Zamir', 'Moosa Zameer'],
    ['Shubhman Gil', 'Shubman Gill'],
    ['Afan Yusuf', 'Affan Yusuf'],
    ['Rama Rao', 'Ram Rao'],
    ['Suronbe Jinbekov', 'Sooronbe Jeenbekov'],
  ])('%s ~ %s', (a, b) => {
    expect(spellingKey(a)).toBe(spellingKey(b));
  });
});

describe('spellingKey(): different names keep different keys', () => {
  it.each([
    ['Amit Shah', 'Amit Sahu'],
    ['Rohit Sharma', 'Rohit Verma'],
    ['Nitish Kumar', 'Nitin Kumar'],
    ['Gopal Bagle', 'Gopal Bagley'],
    ['Bihar', 'Bhar'],
    ['Sharad Pawar', 'Ajit Pawar'],
  ])('%s ≠ %s', (a, b) => {
    expect(spellingKey(a)).not.toBe(spellingKey(b));
  });
});
