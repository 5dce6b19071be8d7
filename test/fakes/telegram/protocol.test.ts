import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelPost, commandEntities, privateMessage } from './builders.js';
import { startFakeTelegram } from './server.js';
import type { FakeTelegram } from './types.js';

let fake: FakeTelegram;

async function post(method: string, body: unknown, token = fake.token): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

beforeEach(async () => {
  fake = await startFakeTelegram({ longPollCapMs: 3000 });
});

afterEach(async () => {
  await fake.close();
});

describe('fake Telegram Bot API over raw HTTP', () => {
  it('404s unknown methods and 401s unknown tokens when tokens are restricted', async () => {
    expect(await post('noSuchMethod', {})).toEqual({ status: 404, json: { ok: false, error_code: 404, description: 'Not Found' } });
    const strict = await startFakeTelegram({ token: '1:A', tokens: ['2:B'] });
    const res = await fetch(`${strict.apiRoot}/bot3:C/getMe`, { method: 'POST' });
    expect(res.status).toBe(401);
    expect((await fetch(`${strict.apiRoot}/bot2:B/getMe`, { method: 'POST' })).status).toBe(200);
    await strict.close();
  });

  it('getUpdates honours offset, timeout and allowed_updates', async () => {
    const a = fake.pushUpdate(privateMessage(1, 'one'));
    fake.pushUpdate(privateMessage(1, 'two'));
    expect(a.update_id).toBe(1);
    expect(a.message?.message_id).toBe(1);
    const all = await post('getUpdates', { offset: 0 });
    expect((all.json as { result: unknown[] }).result).toHaveLength(2);
    const rest = await post('getUpdates', { offset: 2 });
    expect((rest.json as { result: { update_id: number }[] }).result.map((u) => u.update_id)).toEqual([2]);
    const started = Date.now();
    const parked = post('getUpdates', { offset: 3, timeout: 10, allowed_updates: ['message'] });
    await new Promise((r) => setTimeout(r, 150));
    fake.pushUpdate(channelPost(-100, 'filtered out'));
    fake.pushUpdate(privateMessage(1, 'three'));
    const got = (await parked).json as { result: { message?: { text?: string } }[] };
    expect(got.result.map((u) => u.message?.text)).toEqual(['three']);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(commandEntities('/time 08:30')).toEqual([{ type: 'bot_command', offset: 0, length: 5 }]);
  });

  it('accepts form-urlencoded and query-string parameters', async () => {
    const res = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage?chat_id=-100`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ text: 'नमस्ते', link_preview_options: '{"is_disabled":true}' }).toString(),
    });
    expect(res.status).toBe(200);
    expect(fake.sent(-100)[0]).toMatchObject({ text: 'नमस्ते', previewDisabled: true, chat_id: -100 });
  });

  it('deleteWebhook drop_pending_updates clears the queue; a negative offset keeps the newest', async () => {
    fake.pushUpdate(privateMessage(1, 'a'));
    await post('deleteWebhook', { drop_pending_updates: true });
    expect(fake.pendingUpdates()).toBe(0);
    for (const t of ['b', 'c', 'd']) fake.pushUpdate(privateMessage(1, t));
    const res = (await post('getUpdates', { offset: -1 })).json as { result: { message?: { text?: string } }[] };
    expect(res.result.map((u) => u.message?.text)).toEqual(['d']);
  });

  it('marks a parked poll dropped when the client goes away', async () => {
    const controller = new AbortController();
    const parked = fetch(`${fake.apiRoot}/bot${fake.token}/getUpdates?timeout=10`, { method: 'POST', signal: controller.signal });
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await parked.catch(() => undefined);
    const call = await fake.waitForCall('getUpdates', (c) => c.outcome === 'dropped', 1000);
    expect(call.outcome).toBe('dropped');
  });
});
