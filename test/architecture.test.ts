import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering the project promises: a pure core, thin adapters that never import each other, an
 * app layer that sees platforms, storage and translation only through its ports, and one
 * composition root (src/start-app.ts, beside src/main.ts) that wires the adapters in.
 */
const SRC = resolve('src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const IMPORT = /(?:from\s+|import\s*\(\s*)'([^']+)'/g;
const importsOf = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] as string);
const target = (file: string, spec: string): string => (spec.startsWith('.') ? relative(SRC, resolve(file, '..', spec)) : spec);
const under = (dir: string) => files(join(SRC, dir)).map((f) => ({ file: relative(SRC, f), imports: importsOf(f).map((s) => target(f, s)) }));

describe('layering', () => {
  it('src/core imports no platform, scheduler, database or outer layer', () => {
    const bad = under('core').flatMap(({ file, imports }) =>
      imports.filter((i) => /^(?:grammy|@grammyjs\/|discord\.js|node-cron|better-sqlite3|pino)/.test(i) || /^(?:adapters|app|cli)\//.test(i)).map((i) => `${file} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('src/app imports no adapter and no platform library', () => {
    const bad = under('app').flatMap(({ file, imports }) =>
      imports.filter((i) => /^adapters\//.test(i) || /^(?:grammy|@grammyjs\/|discord\.js|better-sqlite3)/.test(i)).map((i) => `${file} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('an adapter never imports another adapter', () => {
    const bad = under('adapters').flatMap(({ file, imports }) => {
      const own = file.split('/')[1];
      return imports.filter((i) => i.startsWith('adapters/') && i.split('/')[1] !== own).map((i) => `${file} → ${i}`);
    });
    expect(bad).toEqual([]);
  });
});
