import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/adapters/telegram/parse-command.js';

describe('parseCommand', () => {
  it.each([
    ['/start', { name: 'start', args: [], addressed: false }],
    ['/Subscribe@Khabar_Test_Bot', { name: 'subscribe', args: [], addressed: true }],
    ['/event 2024-06-19', { name: 'event', args: ['2024-06-19'], addressed: false }],
    ['/event@khabar_test_bot   2024-06 ', { name: 'event', args: ['2024-06'], addressed: true }],
    ['  /time\n07:30', { name: 'time', args: ['07:30'], addressed: false }],
    ['/lang हिंदी', { name: 'lang', args: ['हिंदी'], addressed: false }],
  ])('%j', (text, expected) => {
    expect(parseCommand(text, 'khabar_test_bot')).toEqual(expected);
  });

  it.each(['hello /start', 'start', '/subscribe@other_bot', '/start-now', '/', '/सब्सक्राइब', '/subscribe@khabar_test_botx'])('not ours: %j', (text) => {
    expect(parseCommand(text, 'khabar_test_bot')).toBeNull();
  });
});
