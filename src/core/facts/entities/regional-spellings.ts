import { articleState, stateOf } from './state-bodies.js';
import type { EntitiesData } from './entities-data.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey } from './tokens.js';

/**
 * A surname the papers print differently by region (`राय`: Rai in Bihar and Uttar Pradesh, Roy in Bengal):
 * a guessed name takes the region's spelling (config regionalSpellings) when the places of its sentence lie only
 * in the region's states, or, with no Indian place in the sentence, when the article's state is one of them.
 */
export function createRegionalSpellings(data: EntitiesData): (pending: Pending[]) => void {
  const rules = data.regionalSpellings.map((r) => ({
    states: new Set(r.states),
    words: new Map(Object.entries(r.words).map(([hi, en]) => [phraseKey(hi), en])),
    except: new Set(r.except),
  }));
  return (pending) => {
    if (rules.length === 0 || !pending.some((p) => p.guess !== undefined && p.kind === 'person')) return;
    const article = articleState(pending);
    for (const p of pending) {
      if (p.kind !== 'person' || p.guess === undefined) continue;
      const here = pending.filter((q) => q.sentence === p.sentence && q.kind === 'place');
      const states = new Set(here.map(stateOf).filter((s): s is string => s !== undefined));
      // a place of the region where the other spelling is the people's own (Darjeeling's Gorkhas are Rai), or a
      // foreign country in the sentence (सिलीगुड़ी में नेपाल के नागरिक सुरेश राय), keeps the default spelling
      const foreign = here.some((q) => q.entity?.country !== undefined && q.entity.country !== 'India');
      const regional = (rule: { states: ReadonlySet<string>; except: ReadonlySet<string> }): boolean =>
        !foreign && !here.some((q) => rule.except.has(q.entity?.en ?? ''))
        && (states.size > 0 ? [...states].every((s) => rule.states.has(s)) : article !== null && rule.states.has(article));
      const rule = rules.find(regional);
      if (rule === undefined) continue;
      const last = phraseKey(p.guess.words.at(-1) ?? '');
      const spelt = rule.words.get(last);
      if (spelt === undefined) continue;
      // the romanised surname is the last English word (`निर्मलचंद राय` → Nirmalchand Rai → Nirmalchand Roy)
      p.guess = { ...p.guess, en: p.guess.en.replace(/\S+$/u, spelt) };
    }
  };
}
