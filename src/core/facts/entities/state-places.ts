import { articleState } from './state-bodies.js';
import type { Pending } from './resolve-short-forms.js';

/**
 * A place's short form shared by places of several states (`औरंगाबाद`: a district of Bihar and the
 * Maharashtra city) is the one in the article's state (its dateline's, else the one state all its places
 * lie in): `अरवल, औरंगाबाद, बक्सर …` in a Bihar weather report is Aurangabad, Bihar. With no such state,
 * or none or two candidates there, the short form is left to the article-level resolution.
 */
export function resolveStatePlaces(pending: Pending[]): void {
  const state = articleState(pending);
  if (state === null) return;
  for (const p of pending) {
    const candidates = p.short?.candidates ?? [];
    if (candidates.length < 2 || candidates.some((c) => c.kind !== 'place')) continue;
    const here = candidates.filter((c) => c.state === state);
    if (here.length !== 1) continue;
    delete p.short;
    p.entity = here[0];
  }
}
