import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest-model.js';
import { cli } from '../helpers/run-cli.js';

describe('digest on the seed folder', async () => {
  const result = await cli('digest', '--format', 'json');
  const digest = JSON.parse(result.stdout) as Digest;

  it('is dated today (in the configured timezone) with stories newest first', () => {
    expect(result.code).toBe(0);
    expect(digest.edition).toBe('2024-06-20');
    const dates = digest.stories.map((s) => s.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('groups the three reports of the June 2024 visit into one story', () => {
    const visit = digest.stories.find((s) => s.sources.some((x) => x.article === '003_3fd5d64bb745e3fe'));
    expect(visit?.sources.map((s) => s.article).sort()).toEqual(['000_f640ce1a00593bca', '001_75f56c80fa5c6a6b', '003_3fd5d64bb745e3fe']);
    expect(digest.stories).toHaveLength(3);
  });

  it('gives every story bilingual bullets and an English key-facts set', () => {
    for (const story of digest.stories) {
      expect(story.bullets.hi.length).toBeGreaterThan(0);
      expect(story.bullets.en).toHaveLength(story.bullets.hi.length);
      expect(story.title.en).not.toMatch(/[\u0900-\u097F]/);
      const facts = Object.values(story.keyFacts).flat().join(' ');
      expect(facts).not.toMatch(/[\u0900-\u097F]/);
      expect(story.keyFacts.people.length + story.keyFacts.places.length).toBeGreaterThan(0);
    }
  });

  it('--limit caps the stories and counts the rest', async () => {
    const limited = JSON.parse((await cli('digest', '--format', 'json', '--limit', '1')).stdout) as Digest;
    expect(limited.stories).toHaveLength(1);
    expect(limited.more).toBe(2);
  });

  it('renders plain text with sources and no furniture', async () => {
    const text = (await cli('digest', '--limit', '2')).stdout;
    expect(text).toMatch(/^khabar · 2024-06-20 · 2 stories/);
    expect(text).toContain('Sources: ');
    expect(text).toContain('…and 1 more story.');
    for (const f of ['Tags:', 'Similar News', 'Leave a Comment', '-->']) expect(text).not.toContain(f);
  });

  it.each([
    [['--format', 'xml'], /invalid --format "xml"/],
    [['--limit', '0'], /invalid --limit "0"/],
    [['--limit', 'ten'], /invalid --limit "ten"/],
    [['--lang', 'fr'], /invalid --lang "fr"/],
    [['--edition', 'today'], /invalid --edition "today"/],
  ])('rejects %j with exit 2', async (args, message) => {
    const bad = await cli('digest', ...args);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(message);
    expect(bad.stdout).toBe('');
  });
});
