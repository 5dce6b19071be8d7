import type { Pending } from './resolve-short-forms.js';

/** What may stand between two members of a list of places: a comma, a conjunction, a slash or dash. */
const LIST_GAP = /^\s*(?:[,/–-]|और|व|तथा|एवं)\s*$/u;

/**
 * A place's short form that is also an everyday word (सूरत = face, the city Surat) counts as the
 * place when it is a member of a list of places: right next to a place named in full with only a
 * comma or a conjunction between them (`चंडीगढ़, सूरत, नासिक जैसे शहरों`). `mentions` are one
 * sentence's, sorted by position; `text` is that sentence.
 */
export function resolveListedPlaces(mentions: Pending[], text: string): Pending[] {
  const place = (p: Pending | undefined): boolean => p !== undefined && p.entity?.kind === 'place' && p.short === undefined && p.adjective !== true;
  const between = (a: Pending, b: Pending): boolean => LIST_GAP.test(text.slice(a.span.end, b.span.start));
  return mentions.map((p, k) => {
    const only = p.short?.candidates.length === 1 ? p.short.candidates[0] : undefined;
    if (only?.kind !== 'place') return p;
    const [before, after] = [mentions[k - 1], mentions[k + 1]];
    const listed = (place(before) && between(before as Pending, p)) || (place(after) && between(p, after as Pending));
    if (!listed) return p;
    const { short: _short, ...rest } = p;
    return { ...rest, entity: only };
  });
}
