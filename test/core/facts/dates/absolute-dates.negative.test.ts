import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('not absolute dates', () => {
  it.each([
    'मार्च 5 किलोमीटर लंबा था।', // a month name before a number that is not a day
    'आदेश 13/14/2024 को जारी हुआ।', // neither order is a calendar day
    'आदेश 31/02/2024 को जारी हुआ।',
    'आदेश 2024-13-01 को जारी हुआ।',
    'आदेश 14.03.20244 को जारी हुआ।',
    'पुलिस ने FIR 123/2024 दर्ज की।',
    'केस नंबर 1234/2023 की सुनवाई हुई।',
    'रेल 12/14/16 डिब्बों की चलती है।',
    'स्कोर 14-03-2 रहा।',
  ])('%s', (sentence) => {
    expect(datesIn(sentence).filter((f) => f.granularity === 'day').map((f) => f.text)).toEqual([]);
  });
});
