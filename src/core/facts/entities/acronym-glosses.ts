import { spellAcronym } from './latin-letters.js';
import type { Pending } from './resolve-short-forms.js';

/** An opening bracket alone between a name and its acronym; a closing one right after the acronym. */
const OPENS = /^\s*\(\s*$/u;
const CLOSES = /^\s*\)/u;

/**
 * A listed organisation's name glossed in brackets by the acronym of another listed organisation, an acronym
 * spelling the name's own initials, is that other one: the page's own gloss decides (`सीमा सुरक्षा बल (एसएसबी)` is
 * the Sashastra Seema Bal, a page's slip for its name, not the Border Security Force too). Not a body glossed by
 * a larger one (`भाजपा (एनडीए)`: the initials differ). Mentions sorted by start; the name's mention is dropped.
 * `initial` gives a Hindi word's first Latin letter.
 */
export function dropGlossedNames(mentions: readonly Pending[], text: string, initial: (word: string) => string): Pending[] {
  const initials = (p: Pending): string => p.text.split(/[\s-]+/u).filter((w) => w).map((w) => initial(w).toUpperCase()).join('');
  const glossed = (p: Pending, k: number): boolean => {
    const q = mentions[k + 1];
    return p.kind === 'organisation' && q?.kind === 'organisation' && p.entity !== undefined && q.entity !== undefined && p.entity.id !== q.entity.id
      && OPENS.test(text.slice(p.span.end, q.span.start)) && CLOSES.test(text.slice(q.span.end)) && spellAcronym(q.text) === initials(p);
  };
  return mentions.filter((p, k) => !glossed(p, k));
}
