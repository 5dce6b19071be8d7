import type { Item } from './tokens.js';

/** A sentence split into the attribution ("X ने कहा") and what was said. */
export interface Reported {
  speaker: Item[];
  said: Item[];
}

const isSay = (i: Item): boolean => i.entry?.verb?.say === true;
/** English verbs of plain saying: only these make a speaker read as a name "said". */
const PLAIN_SAY: ReadonlySet<string> = new Set(['say', 'tell', 'inform']);

/**
 * The named speaker of an attribution: a person or body right before ने and a verb of saying (`विद्यालय के मनोहर लाल ने बताया`),
 * or null. A line whose speaker is read only as a name still says who spoke: the figures after it are what was said.
 */
export function speakerName(speaker: readonly Item[]): string | null {
  const agent = speaker.findIndex((i) => i.kind === 'agent');
  const name = speaker[agent - 1];
  const said = speaker.slice(agent + 1).filter((i) => i.kind !== 'aux' && i.kind !== 'punct');
  const kind = name?.mention?.kind;
  const verb = said[0];
  // one speaker (no other name in the attribution: a co-speaker or an owner would be listed as what was said), a plain verb
  // of saying (कहा, बताया: an allegation or a hope keeps its own verb, reviewer) and no negation
  const one = speaker.filter((i) => i.kind === 'mention').length === 1;
  if (agent < 1 || name?.kind !== 'mention' || (kind !== 'person' && kind !== 'organisation') || said.length !== 1 || verb === undefined || !isSay(verb)) return null;
  if (!one || verb.negated === true || !PLAIN_SAY.has(verb.en)) return null;
  return name.en || null;
}

/** "X ने कहा कि Y", `X ने कहा, "Y"` and "Y, X ने बताया" → speaker and reported clause. */
export function splitReported(items: readonly Item[]): Reported | null {
  const comp = items.findIndex((i) => i.kind === 'comp');
  if (comp >= 0) return { speaker: items.slice(0, comp), said: items.slice(comp + 1) };
  const quotes = items.map((it, i) => (it.kind === 'quote' ? i : -1)).filter((i) => i >= 0);
  if (quotes.length >= 2) {
    const q1 = quotes[0] as number;
    const q2 = quotes[quotes.length - 1] as number;
    const outer = [...items.slice(0, q1), ...items.slice(q2 + 1)];
    if (outer.some(isSay)) return { speaker: outer, said: items.slice(q1 + 1, q2) };
    return null;
  }
  const texts = items.map((it) => it.text);
  const comma = Math.max(texts.lastIndexOf(','), texts.lastIndexOf(':'));
  if (comma < 0) return null;
  const tail = items.slice(comma + 1);
  const content = tail.filter((i) => i.kind !== 'punct' && i.kind !== 'aux');
  // the attribution is short: a speaker, its agent marker and a verb of saying with no object of its own
  // (`…, मुख्यमंत्री ने चार लाख रुपये मुआवजे का ऐलान किया` announced compensation, not the clause before)
  const agent = tail.findIndex((i) => i.kind === 'agent');
  const say = tail.findIndex(isSay);
  const object = agent >= 0 && say > agent && tail.slice(agent + 1, say).some((i) => OBJECTS.has(i.kind));
  // (what was said is a clause: a name before the comma is the speaker's own, `मौसम विज्ञान केंद्र, जयपुर ने …`)
  const clause = items.slice(0, comma).some((i) => i.kind === 'verb' || i.kind === 'aux');
  if (say >= 0 && agent >= 0 && !object && content.length <= 8 && clause) {
    return { speaker: tail, said: items.slice(0, comma) };
  }
  return null;
}

const FINITE_END = new Set(['verb', 'aux', 'neg']);

/** Items that make an object of a verb of saying (`मुआवजे का ऐलान`, `4 लाख रुपये की घोषणा`). */
const OBJECTS: ReadonlySet<Item['kind']> = new Set(['noun', 'number', 'mention', 'gen', 'word']);

/** Has a verb, or ends in a copula/auxiliary ("… में हैं"). */
const predicate = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'verb') || [...items].reverse().find((x) => x.kind !== 'punct')?.kind === 'aux';

/**
 * Splits coordinated clauses: at a comma or "और" that directly follows a verb, when the part after
 * it has its own verb. Returns the clauses, the English joiner between each pair and whether a break
 * is only a conjunctive participle ("गिरकर … बंद हुआ": one event told in two verbs, not two clauses).
 */
export function splitClauses(items: readonly Item[], copular = false): { clauses: Item[][]; joiners: string[]; conjunctive: boolean[] } {
  const clauses: Item[][] = [];
  const joiners: string[] = [];
  const conjunctive: boolean[] = [];
  // what follows a break must be a clause: a verb (`copular`: or a copula at its end, `…, जबकि … आयोजन होगा`)
  const clauseAfter = (i: number): boolean => (copular ? predicate(items.slice(i + 1)) : items.slice(i + 1).some((x) => x.kind === 'verb'));
  let start = 0;
  for (let i = 1; i < items.length; i++) {
    const it = items[i] as Item;
    const left = items.slice(start, i);
    if (it.kind === 'cconj') {
      // "X, क्योंकि Y": both sides need their own verb
      if (!predicate(left) || !clauseAfter(i)) continue;
      clauses.push(left[left.length - 1]?.text === ',' ? left.slice(0, -1) : left);
      joiners.push(`, ${it.en} `);
      conjunctive.push(false);
      start = i + 1;
      continue;
    }
    // "150 अंक गिरकर 23,000 पर बंद हुआ" → "fell 150 points and closed at 23,000"
    if (it.entry?.conjunctive && items.slice(i + 1).some((x) => x.kind === 'verb' && !x.entry?.conjunctive)) {
      clauses.push([...left, { ...it, entry: { ...it.entry, conjunctive: false } }]);
      joiners.push(' and ');
      conjunctive.push(true);
      start = i + 1;
      continue;
    }
    const isBreak = (it.kind === 'punct' && it.text === ',') || it.kind === 'conj';
    if (!isBreak) continue;
    const lastReal = [...left].reverse().find((x) => x.kind !== 'punct' || x.text !== '');
    if (!lastReal || !FINITE_END.has(lastReal.kind) || !left.some((x) => x.kind === 'verb')) continue;
    if (!clauseAfter(i)) continue;
    clauses.push(left);
    joiners.push(it.kind === 'conj' ? ' and ' : '; ');
    conjunctive.push(false);
    start = i + 1;
  }
  clauses.push(items.slice(start));
  return { clauses, joiners, conjunctive };
}

/**
 * A date of the saying in a report (`विदेश मंत्रालय ने शनिवार को … बताया कि …`): the sentence renderer puts dates
 * last, where the reported clause would take it as its own ("… relations are … on Saturday").
 */
export function datesBeforeReport(items: readonly Item[], dateStarts: readonly number[]): boolean {
  const comp = items.find((i) => i.kind === 'comp');
  return comp !== undefined && dateStarts.some((start) => start < comp.start);
}

/** Where each clause after the first starts in the Hindi (offsets), conjunctive participles left joined. */
export function clauseStarts(items: readonly Item[]): number[] {
  const { clauses, conjunctive } = splitClauses(items, true);
  return clauses.slice(1).filter((c, i) => !conjunctive[i] && c.length > 0).map((c) => (c[0] as Item).start);
}
