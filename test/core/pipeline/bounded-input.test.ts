import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { MAX_ANALYSED_CHARS, boundText, partlyAnalysed } from '../../../src/core/pipeline/bounded-input.js';
import { createAnalyser } from '../../../src/core/pipeline/create-analyser.js';
import type { Problem } from '../../../src/core/types.js';

describe('boundText: where a page longer than the bound is cut', () => {
  it.each([
    ['short text stays whole', 'पहला वाक्य। दूसरा वाक्य।', 100, 'पहला वाक्य। दूसरा वाक्य।', false],
    ['after the last line break in the window', 'पहला पैरा है।\nदूसरा पैरा यहां शुरू', 20, 'पहला पैरा है।\n', true],
    ['after a sentence end and its space', 'राम घर गया। श्याम बाजार गया और', 20, 'राम घर गया। ', true],
    ['at the last space when no sentence ends', 'राम घर गया श्याम बाजार गया और', 20, 'राम घर गया श्याम ', true],
    ['never before a vowel sign', 'क'.repeat(5) + 'कि'.repeat(10), 10, 'क'.repeat(5) + 'कि'.repeat(2), true],
    ['never inside a surrogate pair', 'a'.repeat(8) + '😀😀', 9, 'a'.repeat(8), true],
  ])('%s', (_name, raw, max, text, cut) => {
    const bounded = boundText(raw, max);
    expect(bounded).toEqual({ text, total: raw.length, cut, limit: max });
    expect(raw.startsWith(bounded.text)).toBe(true);
  });

  it('says how much was read out of how much', () => {
    expect(partlyAnalysed({ text: 'x'.repeat(30), total: 100, cut: true, limit: 40 })).toBe('page of 100 characters is longer than the 40 analysed: only its first 30 characters were read for facts and summary');
  });
});

describe('createAnalyser on a page longer than the bound', () => {
  const analyse = createAnalyser(loadData(join(process.cwd(), 'config')).data);
  // distinct paragraphs (no repeats to drop), then a tail past the bound that states other facts
  const filler = Array.from({ length: 600 }, (_, i) => `समिति की बैठक संख्या ${i + 1} में ${i + 2} प्रस्तावों पर विस्तार से चर्चा हुई और सदस्यों ने अपने सुझाव दिए।`).join('\n');
  const lead = 'पटना, 14 मार्च (भाषा) बिहार के भागलपुर जिले में बुधवार को एक निर्माणाधीन पुल गिर गया। हादसे में 12 मजदूर घायल हो गए।';
  // (a value the filler's counted proposals, 2–601, never take)
  const tail = 'गुरुवार को मुंबई में 977 नए अस्पताल खोले गए।';
  const raw = `बिहार में पुल गिरा\n${lead}\n${filler}\n${tail}`;
  const problems: Problem[] = [];
  const article = analyse({ id: 'long', file: 'long.txt', published: '2024-03-15', language: 'hi', raw }, (p) => problems.push(p));

  it('is reported as partly analysed, with how much was read', () => {
    expect(raw.length).toBeGreaterThan(MAX_ANALYSED_CHARS);
    const partly = problems.filter((p) => p.message.includes('longer than the'));
    expect(partly).toHaveLength(1);
    expect(partly[0]?.severity).toBe('warning');
    expect(partly[0]?.message).toMatch(new RegExp(`^page of ${raw.length} characters is longer than the ${MAX_ANALYSED_CHARS} analysed: only its first \\d+ characters`, 'u'));
  });

  it.each([
    ['the lead date', 'dates', 'बुधवार'],
    ['the lead figure', 'numbers', '12 मजदूर'],
  ] as const)('finds %s of the first part, with its span', (_name, kind, text) => {
    const found = article.facts[kind].find((f) => f.text === text);
    expect(found).toBeDefined();
    const sentence = article.sentences[found?.sentence ?? -1];
    expect(sentence?.text.slice(found?.span.start, found?.span.end)).toBe(text);
  });

  it('reads nothing past the bound (the same tail on a short page is read)', () => {
    const short = analyse({ id: 'short', file: 'short.txt', published: '2024-03-15', language: 'hi', raw: `बिहार में पुल गिरा\n${lead}\n${tail}` });
    expect(short.facts.dates.map((d) => d.text)).toContain('गुरुवार');
    expect(short.facts.numbers.map((n) => n.value)).toContain(977);
    expect(article.facts.dates.map((d) => d.text)).not.toContain('गुरुवार');
    expect(article.facts.numbers.map((n) => n.value)).not.toContain(977);
    expect(article.sentences.map((s) => s.text).join('\n').length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });
});
