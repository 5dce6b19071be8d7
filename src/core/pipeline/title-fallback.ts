import { FACTS_LINE_MAX } from '../summary/facts-line.js';
import type { BilingualLines, EnSource, EntitySummary } from '../types.js';

/** Names a fallback title carries at most. */
const TITLE_NAMES = 3;

/**
 * The English title when the headline gave no English line (nothing in it could be read for sure):
 * the first summary line that says more than a date, else the names the article mentions most, else
 * nothing. An English reader gets a line that is true of the story, never an empty title.
 */
export function titleFallback(
  head: { text: string; source: EnSource },
  summary: BilingualLines,
  entities: { people: EntitySummary[]; places: EntitySummary[]; organisations: EntitySummary[] },
): { text: string; source: EnSource } {
  if (head.text !== '') return head;
  const k = summary.en.findIndex((en) => en !== '' && en.length <= FACTS_LINE_MAX && !/^when:/i.test(en));
  if (k >= 0) return { text: summary.en[k] ?? '', source: summary.enSource[k] ?? 'facts' };
  const names = [...entities.people, ...entities.places, ...entities.organisations]
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, TITLE_NAMES)
    .map((e) => e.en);
  return { text: names.join(' · '), source: 'facts' };
}
