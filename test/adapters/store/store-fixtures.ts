import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Store } from '../../../src/app/ports/store-port.js';

/** A settable clock starting at a fixed instant. */
export function fixedClock(start = '2025-03-14T02:30:00.000Z'): { now: () => Date; set: (iso: string) => void; advance: (ms: number) => void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export function memoryStore(now = fixedClock().now): Store {
  return openStore(':memory:', { now });
}

/** A fresh temp folder; call the returned cleanup in afterEach. */
export function tempDir(prefix = 'khabar-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
