import { describe, expect, it } from 'vitest';
import { loadFactGuard } from '../../../src/core/translation/load-fact-guard.js';
import { factsOf, GUARD_ROWS, PUBLISHED } from './guard-cases.js';

const { guard, problems } = loadFactGuard('config');

describe('fact guard: accepted and rejected renderings', () => {
  it('loads config/translation.yaml and config/numbers.yaml without problems', () => {
    expect(problems).toEqual([]);
    expect(GUARD_ROWS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(GUARD_ROWS)('%s', (_label, hindi, spec, english, expected) => {
    const verdict = guard({ hindi, english, facts: factsOf(hindi, spec), published: PUBLISHED });
    expect(verdict.ok ? 'ok' : verdict.reason).toBe(expected);
  });
});
