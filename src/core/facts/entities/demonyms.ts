import type { EntitiesData } from './entities-data.js';
import type { Token } from './tokens.js';
import { phraseKey } from './tokens.js';

/**
 * Decides whether a demonym (रूसी, चीनी) names a country in its sentence.
 *
 * Rule: a demonym followed by a blocker (भाषा, मिल, की कीमत …: language or food sense) is never a
 * place. An ambiguous demonym (चीनी = sugar too) counts only when the next word is an affiliation
 * head (सरकार, राष्ट्रपति, सेना, कंपनी …) or starts a title. Any other demonym counts unless blocked.
 */
export type DemonymRule = (demonymKey: string, next: Token | undefined, nextStartsTitle: boolean) => boolean;

export function createDemonymRule(data: EntitiesData): DemonymRule {
  const ambiguous = new Set(data.demonymRule.ambiguous.map(phraseKey));
  const heads = new Set(data.demonymRule.heads.map(phraseKey));
  const blockers = new Set(data.demonymRule.blockers.map(phraseKey));
  return (demonymKey, next, nextStartsTitle) => {
    const word = next?.joined === false ? undefined : next?.text;
    if (word !== undefined && blockers.has(word)) return false;
    if (!ambiguous.has(demonymKey)) return true;
    return word !== undefined && (heads.has(word) || nextStartsTitle);
  };
}
