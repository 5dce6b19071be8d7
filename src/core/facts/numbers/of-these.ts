import { fold } from '../../text/devanagari.js';
import type { NumberFact } from '../../types.js';
import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { PhraseTable, wordSet, type Token } from './tokens.js';

/** The oblique plural ending (जिलों में): a noun in it after a figure is counted (10 जिलों में), whatever follows. */
const OBLIQUE_PLURAL = fold('ों').text;
/** के before द्वारा (के द्वारा): the agent's postposition in two words. */
const GENITIVE_KE = fold('के').text;
/** `199 सीटों में से`: a counted whole the figures after it are parts of. */
const [IN, FROM] = [fold('में').text, fold('से').text];
/** The case markers of an owner right before its bare part (`भाजपा ने 115, कांग्रेस को 68`). */
const OWNER_MARKS = new Set(['ने', 'को'].map((w) => fold(w).text));
/** What ends a part of a list (`115, … 68 और …`); a part before को is a day or an object (`आयोग ने 15 को मतदान`: the 15th). */
const PART_ENDS = new Set(['और', 'व', 'तथा', 'एवं'].map((w) => fold(w).text));

/** What an earlier figure counted: its unit and how many. */
export interface Antecedent {
  unit: string;
  value: number;
}

/**
 * `12 लोग घायल हुए, जिनमें से 3 की हालत गंभीर`: a bare exact figure right after "of these" (config
 * `lists.ofThese`) counts what the counted figures before it in its sentence counted — else those of the
 * sentence before — when they counted one kind of thing only (`20 लोग घायल हुए और 5 वाहन …, जिनमें से 3` names
 * no set) and the figure is no more than the set. Spans of time and money (`roleless` units: दिन, रुपये) are no
 * set one takes a part of. Returns the quantities, some with a unit.
 */
export function createOfThese(data: NumbersData): (tokens: readonly Token[], quantities: readonly Quantity[], previous: readonly NumberFact[]) => Quantity[] {
  const phrases = new PhraseTable(data.lists.ofThese.map((p) => [p, true] as const));
  const spans = new Set(data.roles.roleless);
  const locative = wordSet(data.lists.ofTheseLocatives);
  const agents = wordSet(data.lists.agents);
  const counted = (q: Pick<Quantity, 'unit' | 'value' | 'high'>): Antecedent | null => (q.unit !== null && !spans.has(q.unit) ? { unit: q.unit, value: q.high ?? q.value } : null);
  /** The one kind of thing a run of figures counted (its largest figure), or null for none or several kinds. */
  const onlySet = (sets: readonly Antecedent[]): Antecedent | null => {
    const units = new Set(sets.map((a) => a.unit));
    return units.size === 1 ? { unit: sets[0]?.unit ?? '', value: Math.max(...sets.map((a) => a.value)) } : null;
  };
  return (tokens, quantities, previous) => {
    const before = previous.flatMap((f) => counted({ unit: f.unit, value: f.value, high: f.end }) ?? []);
    const here: Antecedent[] = [];
    // a counted whole said "of which" (`199 सीटों में से`): a bare exact figure after an owner's case marker later in the
    // sentence is a part of it (`भाजपा ने 115, कांग्रेस को 68, बसपा ने दो`: seats)
    let whole: Antecedent | null = null;
    return quantities.map((q) => {
      if (whole !== null && q.unit === null && q.qualifier === 'exact' && q.value <= whole.value && OWNER_MARKS.has(tokens[q.start - 1]?.text ?? '') && listEnd(tokens, q.end)) return { ...q, unit: whole.unit };
      const set = counted(q);
      if (set !== null && tokens[q.end]?.text === IN && tokens[q.end + 1]?.text === FROM) whole = set;
      const anaphoric = q.qualifier === 'exact' && phrases.matchEnding(tokens, q.start) !== null;
      // `जिनमें से 30 अस्पताल में भर्ती`: a noun right after the figure and before a locative is where the part
      // is, not what it counts (30 hospitals would be अस्पतालों में); a span of time before में is when, and keeps its
      // unit (इनमें 24 घंटे में 50 मामले, जिनमें से 20 साल में पहली बार: 24 hours, 20 years)
      const noun = tokens[q.numberStart + 1]?.text ?? '';
      // a noun before द्वारा is who did it, whatever its ending (जिनमें से 3,000 सीसीटीवी कैमरों द्वारा [जारी])
      const after = tokens[q.end]?.text === GENITIVE_KE ? tokens[q.end + 1] : tokens[q.end];
      const agent = anaphoric && q.unit !== null && !spans.has(q.unit) && agents.has(after?.text ?? '');
      const placed = agent || (anaphoric && q.unit !== null && !spans.has(q.unit) && q.end === q.numberStart + 2 && locative.has(tokens[q.end]?.text ?? '')
        && !noun.endsWith(OBLIQUE_PLURAL));
      const own = placed ? null : counted(q);
      if (own !== null) {
        here.push(own);
        return q;
      }
      const anaphor = anaphoric && (q.unit === null || placed);
      const of = anaphor ? onlySet(here.length > 0 ? here : before) : null;
      if (of !== null && q.value <= of.value) return placed ? { ...q, unit: of.unit, end: q.numberStart + 1 } : { ...q, unit: of.unit };
      return placed ? { ...q, unit: null, end: q.numberStart + 1 } : q;
    });
  };
}

/** A list item ends at token `k`: a sign (`,`), a conjunction, or the end. */
function listEnd(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t === undefined || t.kind === 'sign' || PART_ENDS.has(t.text);
}
