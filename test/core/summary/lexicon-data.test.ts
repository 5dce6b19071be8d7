import { describe, expect, it } from 'vitest';
import { lexiconDataSchema } from '../../../src/core/summary/lexicon-data.js';

/** A lead-strip pattern that does not compile is refused when the lexicon loads, not dropped silently later. */
describe('lexiconDataSchema leadStrip', () => {
  it.each([
    ['^[^:]{1,40}:\\s*', true],
    ['^\\p{L}+\\s*\\(', true],
    ['^(unclosed', false],
    ['^[z-a]', false],
  ])('%s compiles: %s', (source, ok) => {
    const parsed = lexiconDataSchema.safeParse({ leadStrip: [source] });
    expect(parsed.success).toBe(ok);
    if (!ok) expect(parsed.error?.issues[0]?.message).toBe('not a valid regular expression (u flag)');
  });
});
