import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

describe('not a day of the month', () => {
  it.each([
    // [sentence, text that must not be a date]
    ['मामले की सुनवाई की तारीख तय नहीं हुई।', 'तारीख'], // a date in general, no day
    ['अदालत ने 3 तारीखें दीं।', '3 तारीखें'], // a count of hearing dates
    ['फरवरी में 31 तारीख नहीं होती।', '31 तारीख'], // no such day in that month
    ['इस महीने 31 तारीख को बैठक होगी।', 'इस महीने 31 तारीख'], // June has no 31st
  ])('%s: no %s', (sentence, text) => {
    expect(datesIn(sentence).map((f) => f.text)).not.toContain(text);
  });
});
