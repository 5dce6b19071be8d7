import type { Pending } from './resolve-short-forms.js';

/** What may stand between two members of a list of places: a comma, a conjunction, a slash or dash. */
export const LIST_GAP = /^\s*(?:[,/–-]|और|व|तथा|एवं)\s*$/u;
/** What may stand right before a list member that is also an everyday word: nothing, a list mark, a postposition. */
const LIST_LEFT = /(?:^|[,/–:(-]|(?<![\p{L}\p{M}])(?:और|व|तथा|एवं|में|से|तक|पर|दौरान|समेत|सहित|जैसे))\s*$/u;

/**
 * A place's short form that is also an everyday word (सूरत = face, the city Surat) counts as the
 * place when it is a member of a list of at least two other places named in full, with only a
 * comma or a conjunction between the members (`चंडीगढ़, सूरत, नासिक जैसे शहरों`). `mentions` are one
 * sentence's, sorted by position; `text` is that sentence.
 */
export function resolveListedPlaces(mentions: Pending[], text: string): Pending[] {
  return mentions.map((p, k) => {
    const only = p.short?.candidates.length === 1 ? p.short.candidates[0] : undefined;
    if (only?.kind !== 'place' || !inList(mentions, k, text)) return p;
    const { short: _short, ...rest } = p;
    return { ...rest, entity: only };
  });
}

/**
 * Places whose one-word name is an everyday word the index never matches (गया = went, the city Gaya):
 * `listed` holds one candidate mention per such word; those that are members of a list of places
 * (`गया, बेगूसराय, समस्तीपुर`) join `mentions`, the rest are dropped. Both arrays sorted by position.
 */
export function addListedPlaces(mentions: Pending[], listed: readonly Pending[], text: string): Pending[] {
  // after a name or any other word the everyday sense reads on (`लखनऊ गया, कानपुर …` went; `सुनील पुरी, दिल्ली …`
  // a surname): the word must open the sentence or follow a list mark or a postposition
  const opens = listed.filter((p) => LIST_LEFT.test(text.slice(0, p.span.start)));
  if (opens.length === 0) return mentions;
  const all = [...mentions, ...opens].sort((a, b) => a.span.start - b.span.start);
  const doubtful = new Set(opens);
  return all.filter((p, k) => !doubtful.has(p) || inList(all, k, text, doubtful));
}

/**
 * True when mention `k` is a member of a list of at least two other places named in full, with only a comma
 * or a conjunction between the members: one on each side, or two in a row on one side (`गोवा, सागर और पहाड़`
 * has one place only: सागर stays the sea).
 */
function inList(mentions: readonly Pending[], k: number, text: string, doubtful: ReadonlySet<Pending> = new Set()): boolean {
  const place = (p: Pending | undefined): boolean => p !== undefined && p.entity?.kind === 'place' && p.short === undefined && p.adjective !== true && !doubtful.has(p);
  const linked = (a: Pending | undefined, b: Pending | undefined): boolean => a !== undefined && b !== undefined && LIST_GAP.test(text.slice(a.span.end, b.span.start));
  const p = mentions[k];
  const [b2, b1, a1, a2] = [mentions[k - 2], mentions[k - 1], mentions[k + 1], mentions[k + 2]];
  const left = place(b1) && linked(b1, p);
  const right = place(a1) && linked(p, a1);
  return (left && right) || (left && place(b2) && linked(b2, b1)) || (right && place(a2) && linked(a1, a2));
}

/** `(Delhi)` at the end of a place's English name: the city the gazetteer's one of that name lies in. */
const CITY_OF = /\(([^()]+)\)$/u;
const GENITIVE_GAP = /^\s*(?:के|की|का)\s*$/u;

/**
 * A place the gazetteer knows in one city (`Jawaharlal Nehru Stadium (Delhi)`) named after another place and a
 * genitive (`मडगांव के जवाहरलाल नेहरू स्टेडियम`) is another city's place of the same name: it is dropped, not
 * reported as the Delhi one.
 */
export function dropOtherCities(mentions: Pending[], text: string): Pending[] {
  return mentions.filter((p, k) => {
    const city = p.entity?.kind === 'place' ? CITY_OF.exec(p.entity.en)?.[1] : undefined;
    const before = mentions[k - 1];
    if (city === undefined || before?.entity?.kind !== 'place' || !GENITIVE_GAP.test(text.slice(before.span.end, p.span.start))) return true;
    return before.entity.en === city || before.entity.en.startsWith(`${city},`);
  });
}
