import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { ArticleFactsJson } from '../../src/core/pipeline/facts-json.js';
import { faithful } from '../app/translation/dictionary.js';
import { startFakeLibreTranslate } from '../fakes/translate/libretranslate.js';
import { startFakeOpenAi } from '../fakes/translate/openai.js';
import type { FakeTranslateServer } from '../fakes/translate/server.js';
import { TEST_NOW } from '../helpers/run-cli.js';

const servers: FakeTranslateServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function facts(env: Record<string, string>): Promise<{ code: number; json: ArticleFactsJson[]; stderr: string; ms: number }> {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await runCli(['--content', 'test/fixtures/translation', 'facts', '--json'], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    logger: pino({ level: 'silent' }),
    cwd: process.cwd(),
    now: () => TEST_NOW,
    env,
  });
  return { code, json: code === 0 ? (JSON.parse(stdout) as ArticleFactsJson[]) : [], stderr, ms: Date.now() - started };
}

describe('facts --json through a provider', () => {
  it.each([
    ['openai', startFakeOpenAi, (url: string) => ({ TRANSLATE_PROVIDER: 'openai', TRANSLATE_BASE_URL: `${url}/v1`, TRANSLATE_MODEL: 'fake' })],
    ['libretranslate', startFakeLibreTranslate, (url: string) => ({ TRANSLATE_PROVIDER: 'libretranslate', TRANSLATE_BASE_URL: url })],
  ])('%s: waits for the translations and marks them enSource provider', async (_name, start, env) => {
    const server = await start(faithful);
    servers.push(server);
    const { code, json } = await facts(env(server.url));
    expect(code).toBe(0);
    const budget = json.find((a) => a.article === 'budget-2024');
    expect(budget?.title).toMatchObject({ en: 'Budget 2024: Finance Minister announces relief in income tax', enSource: 'provider' });
    expect(budget?.summary.enSource).toEqual(['provider', 'provider', 'provider']);
  });

  it('a provider that changes numbers: every line with a number stays offline, the others may be provider lines', async () => {
    const server = await startFakeOpenAi(faithful);
    servers.push(server);
    server.mode = 'wrong-numbers';
    const offline = await facts({});
    const { code, json } = await facts({ TRANSLATE_PROVIDER: 'openai', TRANSLATE_BASE_URL: `${server.url}/v1`, TRANSLATE_MODEL: 'fake' });
    expect(code).toBe(0);
    json.forEach((a, i) => {
      const lines = [[a.title.hi, a.title.en, a.title.enSource], ...a.summary.hi.map((hi, j) => [hi, a.summary.en[j], a.summary.enSource?.[j]])];
      const before = offline.json[i];
      const offlineLines = [before?.title.en, ...(before?.summary.en ?? [])];
      lines.forEach(([hi, en, source], j) => {
        if (/[0-9०-९]/.test(hi ?? '')) expect([en, source]).toEqual([offlineLines[j], expect.not.stringMatching(/^provider$/)]);
      });
    });
    expect(json.find((a) => a.article === 'court-sc-order')?.summary.enSource).toContain('provider');
  });

  it.each(['hang', 'malformed', 'server-error'] as const)('a provider that answers %s never fails the command: offline lines', async (mode) => {
    const server = await startFakeOpenAi(faithful);
    servers.push(server);
    server.mode = mode;
    const offline = await facts({});
    const { code, json, ms } = await facts({ TRANSLATE_PROVIDER: 'openai', TRANSLATE_BASE_URL: `${server.url}/v1`, TRANSLATE_MODEL: 'fake', TRANSLATE_TIMEOUT_MS: '300' });
    expect(code).toBe(0);
    expect(ms).toBeLessThan(4000);
    expect(json.map((a) => [a.title, a.summary])).toEqual(offline.json.map((a) => [a.title, a.summary]));
  });

  it('without a provider the output has no provider line', async () => {
    const { json } = await facts({});
    expect(json.flatMap((a) => [a.title.enSource, ...(a.summary.enSource ?? [])])).not.toContain('provider');
  });

  it.each([
    [{ TRANSLATE_PROVIDER: 'deepl' }, /TRANSLATE_PROVIDER/],
    [{ TRANSLATE_PROVIDER: 'openai', TRANSLATE_MODEL: 'm' }, /TRANSLATE_BASE_URL is required/],
    [{ TRANSLATE_PROVIDER: 'openai', TRANSLATE_BASE_URL: 'http://127.0.0.1:1/v1' }, /TRANSLATE_MODEL is required/],
    [{ TRANSLATE_PROVIDER: 'libretranslate', TRANSLATE_BASE_URL: 'http://x', TRANSLATE_TIMEOUT_MS: 'soon' }, /TRANSLATE_TIMEOUT_MS/],
  ])('bad settings are a usage error naming the variable: %o', async (env, message) => {
    const { code, stderr } = await facts(env);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
