import { afterAll, beforeAll } from 'vitest';
import type { Message } from 'grammy/types';
import { createTelegramBot, type TelegramBot } from '../../../src/adapters/telegram/create-telegram-bot.js';
import { createContentHolder } from '../../../src/app/content-holder.js';
import type { ContentHolder, DeliveryControl } from '../../../src/app/ports/app-port.js';
import { commandEntities, startFakeTelegram, type FakeTelegram, type NewUpdate, type SentMessage } from '../../fakes/telegram/index.js';
import { FIXED_NOW, fakeDelivery, testConfig, testServices, type TestServices } from '../../app/commands/services-fixture.js';

export const ADMIN = 900;
export const SYNC = '/zz_sync@khabar_test_bot';

/** The seed content, analysed once per test file (process.cwd()-relative, like the app). */
export function seedContent(contentDir = 'content'): ContentHolder {
  return createContentHolder({ contentDir, configDir: 'config', timezone: 'Asia/Kolkata', now: () => FIXED_NOW });
}

export interface Harness {
  fake: FakeTelegram;
  services: TestServices;
  telegram: TelegramBot;
  /** Pushes an update and resolves with every message the bot sent to that chat in answer. */
  ask(update: NewUpdate): Promise<SentMessage[]>;
  close(): Promise<void>;
}

function messageOf(update: NewUpdate): Message {
  const message = update.message ?? update.channel_post;
  if (!message) throw new Error('update without a message');
  return message;
}

/**
 * A real grammY bot (runner, auto-retry, menus) against the fake Bot API, with a real in-memory
 * store. `ask` pushes the update and then a sync command to the same chat: the bot handles a chat's
 * updates in order, so every reply before the sync answer belongs to the update asked.
 */
export async function startHarness(content: ContentHolder, delivery: DeliveryControl = fakeDelivery()): Promise<Harness> {
  const fake = await startFakeTelegram({ longPollCapMs: 2000 });
  const config = testConfig({ apiRoot: fake.apiRoot, token: fake.token, adminIds: [String(ADMIN)] });
  const services = testServices({ content, delivery, config });
  const telegram = createTelegramBot({ config, services, pollTimeoutSeconds: 2 });
  await telegram.start();
  return {
    fake,
    services,
    telegram,
    async ask(update) {
      const chatId = messageOf(update).chat.id;
      const before = fake.sent(chatId).length;
      const lastId = Math.max(0, ...fake.sent(chatId).map((m) => m.message_id));
      fake.pushUpdate(update);
      const sync = structuredClone(update);
      Object.assign(messageOf(sync), { text: SYNC, entities: commandEntities(SYNC), message_id: 0, is_automatic_forward: undefined });
      fake.pushUpdate(sync);
      await fake.waitFor((m) => m.chat_id === chatId && m.message_id > lastId && m.plainText.includes('/zz_sync'), 8000);
      const answers = fake.sent(chatId).slice(before);
      return answers.slice(0, answers.findIndex((m) => m.plainText.includes('/zz_sync')));
    },
    async close() {
      await telegram.stop();
      await fake.close();
      services.store.close();
    },
  };
}

/** The plain text of the answers (what a Telegram client shows), joined. */
export function shown(messages: readonly SentMessage[]): string {
  return messages.map((m) => m.plainText).join('\n');
}

/** One harness over the seed content for a whole test file: started before its tests, closed after. */
export function useSeedHarness(): { readonly h: Harness; readonly content: ContentHolder } {
  let content: ContentHolder | null = null;
  let harness: Harness | null = null;
  beforeAll(async () => {
    content = seedContent();
    harness = await startHarness(content);
  });
  afterAll(async () => harness?.close());
  return {
    get h(): Harness {
      if (!harness) throw new Error('harness not started');
      return harness;
    },
    get content(): ContentHolder {
      if (!content) throw new Error('harness not started');
      return content;
    },
  };
}
