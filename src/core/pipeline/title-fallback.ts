import { FACTS_LINE_MAX } from '../summary/facts-line.js';
import type { BilingualLines, EnSource, EntitySummary } from '../types.js';

/** Names a fallback title carries at most. */
const TITLE_NAMES = 3;

/**
 * The English title when the headline gave no English line (nothing in it could be read for sure):
 * the first summary line (the lead, which restates the headline) when it has a figure, else the lead's line ("Relief" is a
 * poor title, but a true one), else the names the article mentions most, else the first summary line that says more than
 * a date, else nothing. An English reader gets a line that is true of the story, never an empty title.
 * `thin`: the headline's structured line names no one and no figure ("State", "When: 11 December 2024"):
 * the lead's own line replaces it when it says more than a date.
 */
export function titleFallback(
  head: { text: string; source: EnSource },
  summary: BilingualLines,
  entities: { people: EntitySummary[]; places: EntitySummary[]; organisations: EntitySummary[] },
  thin = false,
): { text: string; source: EnSource } {
  if (head.text !== '' && !(thin && head.source === 'facts')) return head;
  // (a thin headline's own line, `When: 17 August 2023`, is still the headline's: only the lead's own line may stand in
  // its place, never the names or a later line of the article's other sentences, a collector named once)
  const fallback = head.text === '' ? fromSummary(summary, entities) : leadLine(summary);
  return fallback.text !== '' ? fallback : head;
}

/** The lead's own summary line when it says more than a date, else an empty line. */
function leadLine(summary: BilingualLines): { text: string; source: EnSource } {
  const en = summary.en[0] ?? '';
  return usable(en) ? { text: en, source: summary.enSource[0] ?? 'facts' } : { text: '', source: 'facts' };
}

const usable = (en: string): boolean => en !== '' && en.length <= FACTS_LINE_MAX && !/^when:/i.test(en);

function fromSummary(
  summary: BilingualLines,
  entities: { people: EntitySummary[]; places: EntitySummary[]; organisations: EntitySummary[] },
): { text: string; source: EnSource } {
  // the lead's line with a figure says most ("42 complaints"); a later line's figure is background, no headline
  // (an old film's cast and year under a headline of a new trailer); else the lead's line; else the names the
  // story mentions most; else any summary line
  const lead = summary.en.findIndex(usable);
  if (lead >= 0 && /\d/.test(summary.en[lead] ?? '')) return { text: summary.en[lead] ?? '', source: summary.enSource[lead] ?? 'facts' };
  // the lead's own line, figure or not, before the names mentioned most: those may be a comparison's or a scheme's,
  // not the story's subject (an actor compared with, atop a story of another actor's films)
  const own = leadLine(summary);
  if (own.text !== '') return own;
  const names = [...entities.people, ...entities.places, ...entities.organisations]
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, TITLE_NAMES)
    .map((e) => e.en);
  if (names.length > 0) return { text: names.join(' · '), source: 'facts' };
  const k = summary.en.findIndex(usable);
  return k >= 0 ? { text: summary.en[k] ?? '', source: summary.enSource[k] ?? 'facts' } : { text: '', source: 'facts' };
}
