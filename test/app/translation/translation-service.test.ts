import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEventQuery } from '../../../src/core/events/parse-event-query.js';
import { applyTranslations } from '../../../src/core/translation/apply-translations.js';
import { startFakeOpenAi } from '../../fakes/translate/openai.js';
import type { FakeTranslateServer } from '../../fakes/translate/server.js';
import { FAITHFUL, faithful } from './dictionary.js';
import { guard, snapshot, world, type World } from './translation-world.js';

const servers: FakeTranslateServer[] = [];
const worlds: World[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) {
    await w.service.stop();
    w.store.close();
  }
  for (const s of servers.splice(0)) await s.close();
});
async function setup(options: Parameters<typeof world>[1] = {}) {
  const server = await startFakeOpenAi(faithful);
  servers.push(server);
  const w = world(server, options);
  worlds.push(w);
  return { server, ...w };
}
const budget = (s = snapshot) => s.articles.find((a) => a.id === 'budget-2024');

describe('translation service', () => {
  it('every headline and summary line of the fixtures has a faithful translation in the table', () => {
    for (const a of snapshot.articles) for (const hi of [a.title.hi, ...a.summary.hi]) expect(FAITHFUL[hi], hi).toBeDefined();
  });

  it('translates in batches, and the merged snapshot shows guarded lines as provider lines', async () => {
    const { server, service } = await setup();
    const report = await service.translate(snapshot.articles);
    expect(report.untranslated).toBe(0);
    expect(server.calls.every((c) => ((c.body as { messages: { content: string }[] }).messages.at(-1)?.content.length ?? 0) > 0)).toBe(true);
    expect(server.calls.length).toBeGreaterThan(1);
    const merged = applyTranslations(snapshot, service.lookup, guard);
    const article = budget(merged.snapshot);
    expect(article?.title).toMatchObject({ en: FAITHFUL[article?.title.hi ?? ''], enSource: 'provider' });
    expect(article?.summary.enSource).toEqual(['provider', 'provider', 'provider']);
    expect(article?.summary.en[2]).toBe('The government has proposed spending Rs 11.11 trillion on infrastructure.');
    expect(merged.lines).toEqual({ total: 8, provider: 8 });
    // the event index shows the provider's sentence too
    const query = parseEventQuery('2024-07-08');
    if (!query.ok) throw new Error(query.error);
    expect(merged.snapshot.events.lookup(query.query)[0]?.text.en).toBe(
      'The next hearing in the case will be on July 8.',
    );
  });

  it('a provider that changes numbers never reaches a reader: lines stay offline, refusals counted and logged without text', async () => {
    const { server, service, logs } = await setup();
    server.mode = 'wrong-numbers';
    const report = await service.translate(snapshot.articles);
    expect(report.rejected).toBeGreaterThanOrEqual(4);
    const merged = applyTranslations(snapshot, service.lookup, guard);
    const article = budget(merged.snapshot);
    expect(article?.summary.en[1]).toBe(budget()?.summary.en[1]);
    expect(article?.summary.enSource[1]).not.toBe('provider');
    expect(merged.snapshot.articles.flatMap((a) => a.summary.en).join(' ')).not.toMatch(/50,001|75,001|12\.12/);
    const refusals = logs.filter((l) => l.msg.startsWith('translation rejected'));
    expect(refusals.length).toBe(service.rejected());
    for (const r of refusals) {
      expect(r.level).toBe(30);
      expect(JSON.stringify(r)).not.toMatch(/[\u0900-\u097F]|Rs /);
    }
  });

  it('caches across a restart: the reopened database answers, no request is made', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'khabar-tr-')), 'khabar.db');
    const first = await setup({ dbPath });
    await first.service.translate(snapshot.articles);
    const asked = first.server.calls.length;
    first.store.close();
    worlds.splice(worlds.indexOf(first), 1);
    const second = await setup({ dbPath });
    await second.service.translate(snapshot.articles);
    expect(asked).toBeGreaterThan(0);
    expect(second.server.calls).toHaveLength(0);
    expect(applyTranslations(snapshot, second.service.lookup, guard).lines.provider).toBe(8);
  });

  it('a down provider costs one timeout for the whole run, not one per batch', async () => {
    const { server, service } = await setup({ timeoutMs: 200, batchSize: 1, concurrency: 1 });
    server.mode = 'hang';
    const started = Date.now();
    const report = await service.translate(snapshot.articles);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(server.calls).toHaveLength(1);
    expect(report.translated).toBe(0);
    expect(applyTranslations(snapshot, service.lookup, guard).lines.provider).toBe(0);
  });

  it.each(['malformed', 'short', 'server-error'] as const)('%s answers leave every line offline and never throw', async (mode) => {
    const { server, service } = await setup();
    server.mode = mode;
    await expect(service.translate(snapshot.articles)).resolves.toMatchObject({ translated: 0 });
    const merged = applyTranslations(snapshot, service.lookup, guard);
    expect(merged.snapshot.articles.map((a) => a.summary.en)).toEqual(snapshot.articles.map((a) => a.summary.en));
  });
});
