import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const extract = realExtractor();
const names = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind !== 'organisation').map((m) => m.en);

describe('names in quotes that are no work\'s title stay', () => {
  it.each([
    ['a quote with no work noun before it', 'मोदी ने कहा, ‘मुंबई में काम तेज होगा’।', /Mumbai/u],
    ['a name outside the quoted title', 'फिल्म ‘योद्धा’ के बाद मुंबई में शूटिंग हुई।', /Mumbai/u],
  ])('%s', (_name, text, name) => {
    expect(names(text).filter((en) => name.test(en))).toHaveLength(1);
  });
});
