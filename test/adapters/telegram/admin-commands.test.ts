import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentHolder } from '../../../src/app/ports/app-port.js';
import { channelPost, groupMessage, privateMessage, type NewUpdate } from '../../fakes/telegram/index.js';
import { fakeDelivery, type FakeDelivery } from '../../app/commands/services-fixture.js';
import { ADMIN, seedContent, shown, startHarness, type Harness } from './bot-harness.js';

let dir: string;
let content: ContentHolder;
let delivery: FakeDelivery;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'khabar-tg-admin-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  content = seedContent(join(dir, 'content'));
  delivery = fakeDelivery({ queued: 3, nothingNew: 1, sent: 6 });
  h = await startHarness(content, delivery);
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const nonAdmin: [string, (text: string) => NewUpdate][] = [
  ['private chat of a non-admin', (text) => privateMessage(801, text)],
  ['group, by a group administrator who is not a bot admin', (text) => groupMessage(-2201, 802, text)],
  ['channel post', (text) => channelPost(-1003201, text)],
];

describe('Telegram admin commands', () => {
  it.each(nonAdmin)('%s: /reload, /status and /publish are refused and logged', async (_, make) => {
    h.fake.setChatMember(-2201, 802, 'administrator');
    for (const name of ['reload', 'status', 'publish']) {
      const text = shown(await h.ask(make(`/${name}`)));
      expect(text).toMatch(new RegExp(`^🚫 Sorry, /${name} is only for the bot's administrators\\.`));
    }
    expect(delivery.publishCalls).toBe(0);
    expect(h.services.logs.filter((l) => l.msg === 'admin command refused').length).toBeGreaterThanOrEqual(3);
  });

  it('the admin gets /status in private and in a group', async () => {
    const text = shown(await h.ask(privateMessage(ADMIN, '/status')));
    expect(text).toContain('Uptime: 2d 2h 5m');
    expect(text).toContain('Articles: 5');
    expect(text).toContain('Pending deliveries: 3');
    expect(text).toContain('Last digest: 2024-06-20 08:00 (Asia/Kolkata)');
    expect(shown(await h.ask(groupMessage(-2202, ADMIN, '/status@khabar_test_bot')))).toContain('Subscriptions: ');
  });

  it('the admin /publish runs delivery now and reports the counts', async () => {
    const text = shown(await h.ask(privateMessage(ADMIN, '/publish')));
    expect(delivery.publishCalls).toBe(1);
    expect(text).toContain('Published: 3 subscription(s) got a digest, 1 had nothing new.');
    expect(text).toContain('Message parts sent: 6.');
  });

  it('/reload reports counts and problems; a missing folder keeps the old snapshot serving', async () => {
    writeFileSync(join(dir, 'content', 'broken.txt'), '');
    const reloaded = shown(await h.ask(privateMessage(ADMIN, '/reload')));
    expect(reloaded).toContain('Reloaded: 5 articles.');
    expect(reloaded).toContain('Added: 0.');
    expect(reloaded).toContain('error: broken.txt: empty file; skipped');
    const before = content.current();
    rmSync(join(dir, 'content'), { recursive: true, force: true });
    const failed = shown(await h.ask(privateMessage(ADMIN, '/reload')));
    expect(failed).toMatch(/^⚠️ Reload failed: content folder not found: .*content\./);
    expect(failed).toContain('The previous snapshot (5 articles) keeps serving.');
    expect(content.current()).toBe(before);
    expect(shown(await h.ask(privateMessage(803, '/digest')))).toMatch(/Putin/);
  });
});
