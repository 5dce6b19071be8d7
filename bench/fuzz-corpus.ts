import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/**
 * Random pages for fuzzing and cost measurement: slices of real Hindi news text mixed with hostile
 * fragments (runs of punctuation, digits, combining marks, control and bidi characters, numbers
 * that multiply, furniture). Shared by the fuzz tests (invariants) and `npm run bench` (cost per KB).
 */
export const REAL_TEXT_DIRS = ['test/fixtures/unseen-english', 'test/fixtures/unseen-facts', 'test/fixtures/unseen-news'];

export function readRealTexts(root: string, dirs: readonly string[] = REAL_TEXT_DIRS): string[] {
  return dirs.flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, dir, f), 'utf8')));
}

export function fuzzPage(realText: readonly string[], maxRun = 400): fc.Arbitrary<string> {
  const slice = fc.tuple(fc.constantFrom(...realText), fc.nat(), fc.integer({ min: 1, max: 600 }))
    .map(([text, at, len]) => text.slice(at % text.length, (at % text.length) + len));
  const run = (unit: string) => fc.integer({ min: 1, max: maxRun }).map((n) => unit.repeat(n));
  const hostile = fc.oneof(
    run('.'), run('।'), run('-'), run('9'), run('१'), run(' '), run('\n'), run('\u093C'), run('\u0902'), run('\u200D'),
    run('\u202E'), run('\u2066'), run('\u0000'), run('\uFEFF'), run('₹'), run('/'), run('२०२४-'), run('लाख करोड़ '), run('12 और '),
    run('पटना, 14 मार्च (भाषा) '), run('कि '), run('1/7 '),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('18-19 जून', '12 से 14 अप्रैल', '4 लाख 12 हजार 305', '187/5', '3-2', 'पटना, 14 मार्च (भाषा)', 'यह भी पढ़ें:', '1/7', 'LIVE'),
  );
  const joiner = fc.constantFrom(' ', '\n', '', '। ');
  return fc.array(fc.tuple(fc.oneof(slice, slice, hostile), joiner), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.map(([text, join]) => text + join).join(''));
}

/** A fixed corpus of `count` pages (same seed, same pages), with runs up to `maxRun` long. */
export function fixedFuzzCorpus(realText: readonly string[], count: number, seed: number, maxRun: number): string[] {
  return fc.sample(fuzzPage(realText, maxRun), { seed, numRuns: count });
}

/**
 * About `bytes` of real, non-repeating Hindi text: sentences of the real texts recombined (the first
 * half of one with the second half of another, in a seeded order), so no sentence is a copy of another.
 */
export function realPageOf(realText: readonly string[], bytes: number, seed = 7): string {
  const sentences = realText.flatMap((t) => t.split(/(?<=[।?!])\s+/u)).filter((s) => s.length > 30);
  let state = seed >>> 0;
  const next = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const out: string[] = [];
  const seen = new Set<string>();
  let size = 0;
  while (size < bytes) {
    const a = sentences[next(sentences.length)] ?? '';
    const b = sentences[next(sentences.length)] ?? '';
    const line = `${a.slice(0, a.length >> 1)}${b.slice(b.length >> 1)}`;
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return out.join(out.length % 7 === 0 ? '\n' : ' ');
}
