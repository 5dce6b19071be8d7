import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Store } from '../../../src/app/ports/store-port.js';
import { tempDir } from './store-fixtures.js';

const HI = 'सरकार ने 22 लाख करोड़ रुपये खर्च करने का प्रस्ताव रखा।';
const open: Store[] = [];
const openAt = (path: string): Store => {
  const store = openStore(path, { now: () => new Date('2024-06-20T06:00:00Z') });
  open.push(store);
  return store;
};
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('translation cache', () => {
  it('keeps a translation across a restart (database reopened), keyed by sentence, provider and model', () => {
    const path = join(tempDir('khabar-translations-').dir, 'khabar.db');
    const first = openAt(path);
    first.translations.put([{ hindi: HI, english: 'The government proposed spending Rs 22 trillion.', accepted: true }], 'openai', 'm1');
    first.translations.put([{ hindi: 'दूसरा वाक्य।', english: 'Wrong 5.', accepted: false }], 'openai', 'm1');
    first.close();
    const second = openAt(path);
    expect(second.translations.getMany([HI, 'दूसरा वाक्य।', 'अनजान।'], 'openai', 'm1')).toEqual(
      new Map([
        [HI, { english: 'The government proposed spending Rs 22 trillion.', accepted: true }],
        ['दूसरा वाक्य।', { english: 'Wrong 5.', accepted: false }],
      ]),
    );
    expect(second.translations.getMany([HI], 'openai', 'm2').size).toBe(0);
    expect(second.translations.getMany([HI], 'libretranslate', 'm1').size).toBe(0);
    expect(second.translations.count('openai', 'm1')).toEqual({ accepted: 1, total: 2 });
  });

  it('looks up more sentences than one SQL statement takes', () => {
    const store = openAt(':memory:');
    const many = Array.from({ length: 1000 }, (_, i) => ({ hindi: `वाक्य ${i}।`, english: `Sentence ${i}.`, accepted: true }));
    store.translations.put(many, 'libretranslate', '');
    expect(store.translations.getMany(many.map((m) => m.hindi), 'libretranslate', '').size).toBe(1000);
  });
});
