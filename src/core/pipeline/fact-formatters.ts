import type { FactFormatters } from '../digest/key-facts.js';
import { formatDateRange } from '../summary/english-date.js';
import { formatNumber } from '../summary/english-morph.js';

/** English for key-facts lines, shared with the summary lines so both say dates and numbers alike. */
export const factFormatters: FactFormatters = {
  date: (fact) => formatDateRange(fact.value, fact.end),
  number: (fact) => formatNumber(fact, null),
};
