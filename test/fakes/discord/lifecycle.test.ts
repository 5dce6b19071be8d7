import { Client, Events, GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './index.js';

function newClient(fake: FakeDiscord): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiRoot }, allowedMentions: { parse: [] } });
}

async function login(client: Client, fake: FakeDiscord): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
}

describe('lifecycle', () => {
  it('rejects a wrong token and closes promptly while the client is connected', async () => {
    const fake = await startFakeDiscord();
    const wrong = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiRoot } });
    await expect(wrong.login('not-the-token')).rejects.toThrow();
    await wrong.destroy();
    const client = newClient(fake);
    await login(client, fake);
    const started = Date.now();
    await client.destroy();
    await fake.close();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('closes promptly even when the client is still connected', async () => {
    const fake = await startFakeDiscord();
    const client = newClient(fake);
    await login(client, fake);
    const started = Date.now();
    await fake.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await client.destroy();
  });
});
