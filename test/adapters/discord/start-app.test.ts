import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../app/commands/services-fixture.js';
import { startApp, type RunningApp } from '../../../src/start-app.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/index.js';
import { shown } from './reply-text.js';

const GUILD = '1400000000000000000';
const NEWS = '1400000000000000010';
const OWNER = '1200000000000000001';

let fake: FakeDiscord;
let app: RunningApp;
beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ id: GUILD, ownerId: OWNER, channels: [{ id: NEWS, name: 'news' }], members: [{ user: { id: OWNER } }] }] });
  const base = testConfig();
  app = await startApp({
    config: {
      ...base,
      telegram: { ...base.telegram, token: null },
      discord: { token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiRoot, adminIds: [OWNER] },
    },
    logger: pino({ level: 'silent' }),
    write: () => undefined,
  });
}, 20_000);
afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

describe('startApp with DISCORD_TOKEN only', () => {
  it('runs the Discord adapter (no console, no Telegram), and /publish reaches the channel through the outbox', async () => {
    expect(app.adapters).toEqual(['discord']);
    const subscribe = fake.slashCommand({ name: 'subscribe', guildId: GUILD, channelId: NEWS, user: { id: OWNER } });
    await fake.dispatchInteraction(subscribe);
    expect(app.services.store.subscriptions.get('discord', NEWS)?.active).toBe(true);
    const publish = fake.slashCommand({ name: 'publish', guildId: GUILD, channelId: NEWS, user: { id: OWNER } });
    await fake.dispatchInteraction(publish);
    const report = await fake.waitFor((m) => m.interactionId === publish.id && m.source === 'edit', 8000);
    expect(shown([report])).toContain('Published: 1 subscription(s) got a digest');
    const posts = fake.messages(NEWS).filter((m) => m.source === 'channel');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts[0]?.embeds.length).toBeGreaterThan(0);
  });
});
