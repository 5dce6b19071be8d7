import { describe, expect, it } from 'vitest';
import { createAnalysisPool } from '../../../src/app/analysis/analysis-pool.js';
import { loadContent } from '../../../src/core/content/load-content.js';

const sources = loadContent('content', { timezone: 'Asia/Kolkata', now: new Date('2024-06-20T06:00:00Z') }).articles.slice(0, 2);

describe('analysis pool: workers held for a build, ended after it', () => {
  it('hold returns what its work returns; a task after it starts a new worker and gives the same analysis', async () => {
    const pool = createAnalysisPool({ size: 1, idleMs: 60_000 });
    try {
      const first = await pool.hold(async () => {
        const a = await pool.analyse('config', sources);
        const b = await pool.analyse('config', sources);
        expect(b).toStrictEqual(a);
        return a;
      });
      expect(first.analyses).toHaveLength(2);
      // the worker ended when the hold did: this one is new, and analyses the same
      expect(await pool.analyse('config', sources)).toStrictEqual(first);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a hold whose work fails still lets the pool go on', async () => {
    const pool = createAnalysisPool({ size: 1 });
    try {
      await expect(pool.hold(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect((await pool.analyse('config', sources)).analyses).toHaveLength(2);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
