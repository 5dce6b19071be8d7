import type { NumbersData } from './numbers-data.js';
import { wordSet } from './tokens.js';
import type { UnitFinder } from './units.js';

/**
 * A counted noun with two meanings takes the one its sentence speaks of (config `unitContexts`): `कट्टे` are
 * sacks in a mandi report (`प्याज के 3645 कट्टे`) and pistols in a crime report (`दो देसी कट्टे बरामद`). A form
 * listed in a context is that context's unit when one of its cue words stands in the sentence; with no cue, the
 * unit the noun lists stays.
 */
export function withUnitContexts(find: UnitFinder, data: NumbersData): UnitFinder {
  const contexts = data.unitContexts.map((c) => ({ unit: c.unit, forms: wordSet(c.forms), cues: wordSet(c.cues) }));
  if (contexts.length === 0) return find;
  return (tokens, i, limit, taken, vague) => {
    const found = find(tokens, i, limit, taken, vague);
    if (found === null) return null;
    const noun = tokens.slice(found.start, found.end).map((t) => t.text).join(' ');
    const context = contexts.find((c) => c.forms.has(noun) && tokens.some((t) => c.cues.has(t.text)));
    return context === undefined ? found : { ...found, unit: context.unit };
  };
}
