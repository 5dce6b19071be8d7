import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedContent, startHarness, type Harness } from './bot-harness.js';

/**
 * grammY's runner prints getUpdates failures with console.error, and the error carries the request
 * URL with the bot token. The bot runs the runner silent and logs failures through the redacting
 * logger instead: nothing reaches the console.
 */
let h: Harness | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await h?.close();
});

describe('Telegram polling failures', () => {
  it('never print to the console (where the token would be unredacted)', async () => {
    h = await startHarness(seedContent());
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warned = vi.spyOn(h.services.logger, 'warn');
    h.fake.fail({ kind: 'drop', method: 'getUpdates', times: 2 });
    await vi.waitFor(() => expect(warned.mock.calls.some((c) => c[1] === 'telegram polling failed; retrying')).toBe(true), { timeout: 8000 });
    expect(printed).not.toHaveBeenCalled();
  });
});
