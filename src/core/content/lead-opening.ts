import type { Dateline } from '../types.js';
import type { CleaningData } from './cleaning-data.js';
import type { DatelineSplit } from './dateline.js';
import { splitLeadDateline } from './lead-dateline.js';
import { endsSentence, hasInnerSentenceEnd, type Removal } from './line-tools.js';
import { createNameByline, createSectionLabel } from './name-byline.js';
import { createPrefixStripper } from './prefix-stripper.js';

/** Lines of prose read for a byline prefix. */
const LEAD_LINES = 2;

export interface LeadOpeningParts {
  splitDateline: (paragraph: string) => DatelineSplit | null;
  /** A common Hindi word (an everyday word is no name). */
  isCommonWord: (word: string) => boolean;
  isStopword: (word: string) => boolean;
  /** A known city or state. */
  isKnownPlace: (words: string) => boolean;
}

/**
 * What opens the lead: a byline prefix (in one of the first lines of prose), a section label (on the
 * first line) and the dateline, with a byline prefix or a reporter's name after it.
 */
export function createLeadOpening(
  data: CleaningData,
  parts: LeadOpeningParts,
): (body: string[], isEntry: (line: string) => boolean, removed: Removal[]) => { body: string[]; dateline: Dateline | null } {
  const stripBylinePrefix = createPrefixStripper(data.bylinePrefixes, 'byline');
  const sectionLabel = createSectionLabel(parts.isCommonWord, parts.isKnownPlace);
  const nameByline = createNameByline((word) => parts.isCommonWord(word) || parts.isStopword(word));
  return (lines, isEntry, removed) => {
    // a byline prefix opens the lead paragraph (one of the first two lines of prose: a teaser may come
    // first), never a later one
    let prose = 0;
    const body = lines.map((l) => (!isEntry(l) && (endsSentence(l) || hasInnerSentenceEnd(l)) && prose++ < LEAD_LINES ? stripBylinePrefix(l, removed) : l));
    // a section label opens the first body line (`खेल कोना | …`: pages that write | for a danda end no sentence)
    if (body[0] !== undefined && !isEntry(body[0])) body[0] = sectionLabel(body[0], removed);
    // a site credit may follow the dateline (`लुधियाना (आईएएनएस) : समाचार ऑनलाईन – …`)
    return splitLeadDateline(body, parts.splitDateline, isEntry, (rest, r) => nameByline(stripBylinePrefix(rest, r), r), removed);
  };
}
