import { describe, expect, it } from 'vitest';
import type { EventMention } from '../../src/core/events/event-index.js';
import { cli } from '../helpers/run-cli.js';

describe('event lookups on the seed folder', () => {
  it('2024-06-19 returns day mentions covering that day, sorted by date then article', async () => {
    const result = await cli('event', '2024-06-19', '--json');
    expect(result.code).toBe(0);
    const mentions = JSON.parse(result.stdout) as EventMention[];
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m.date.granularity).toBe('day');
      expect(m.date.value <= '2024-06-19' && (m.date.end ?? m.date.value) >= '2024-06-19').toBe(true);
      expect(m.source).toContain(m.date.text);
      expect(m.text.en).not.toMatch(/[\u0900-\u097F]/);
      expect(m.text.en.length).toBeGreaterThan(0);
    }
    expect(mentions.map((m) => m.article)).toContain('003_3fd5d64bb745e3fe');
    const keys = mentions.map((m) => `${m.date.value} ${m.article}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('a month query includes day dates in it but not coarser ones', async () => {
    const mentions = JSON.parse((await cli('event', '2024-06', '--json')).stdout) as EventMention[];
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(['day', 'week', 'month']).toContain(m.date.granularity);
  });

  // The test clock (2024-06-20) is before seed 004's publication (2025-07-12): that warning is the only stderr line.
  it('no match is an empty array and exit 0', async () => {
    const result = await cli('event', '1901', '--json');
    expect(result).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: 'metadata.yaml:20: warning: 004_51fa049b9e4d0dab.txt: published 2025-07-12 is in the future (today is 2024-06-20 in Asia/Kolkata)\n',
    });
  });

  it('Devanagari digits (२०२४-०६-१९) give the same mentions as 2024-06-19', async () => {
    const hindi = await cli('event', '२०२४-०६-१९', '--json');
    expect(hindi.code).toBe(0);
    expect(hindi.stdout).toBe((await cli('event', '2024-06-19', '--json')).stdout);
  });

  it('no match in text form says so', async () => {
    const result = await cli('event', '1901');
    expect(result.stdout).toBe('No events found for 1901.\n');
  });

  it.each(['2024-13-45', '2024-02-30', 'yesterday-ish', "1' OR '1'='1", '19/06/2024', ''])(
    'rejects %j with one clear line and exit 2',
    async (query) => {
      const result = await cli('event', query, '--json');
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^khabar: (invalid|missing) date.*YYYY-MM-DD, YYYY-MM or YYYY/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    },
  );

  it('a missing query is a usage error', async () => {
    const result = await cli('event');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing required argument/);
  });
});
