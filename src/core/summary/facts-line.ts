import type { ArticleFacts, NumberFact, Sentence } from '../types.js';
import { formatDateRange } from './english-date.js';
import type { Phrase } from './english-clause.js';
import type { Movement } from './movements.js';
import type { Limit } from './limits.js';
import type { Rate } from './rates.js';
import { excludedMentions } from './excluded.js';
import { modifierDates } from './modifier-dates.js';
import { countedFigures } from './counted-nouns.js';
import { quantity, scoresJoined, ownerOf, type Figure, type FigureLabel } from './figure-labels.js';
import { ageText, countWord } from './english-morph.js';
import { clauseParts, datedFigures, relativeSpan } from './facts-line-parts.js';

/** What the sentence renderer could read for sure: phrases read in full and an agent's frame. */
export interface FactsLineReading {
  /** English noun phrases with no unknown word, with the offset of their Hindi. */
  phrases: readonly Phrase[];
  /** "X ने … किया": the agent and its conjugated verb ("Kim Jong Un", "welcomed"). */
  frame?: { subject: string; verb: string };
  /** Offsets of mentions written beside an unknown word: the name may be longer ("भारत आदिवासी पार्टी"). */
  cut?: ReadonlySet<number>;
  /** Offsets of unread words with a case marker after them: one may name the real owner of a figure after it. */
  unread?: ReadonlySet<number>;
  /** Offsets of figures that are a winning margin (`42,759 वोटों से हरा दिया`): labelled "margin:", never a side's own. */
  margins?: ReadonlySet<number>;
  /** What figures are, by offset: a cost (`1.97 करोड़ रुपये की लागत से`: "cost:", never "expected:"), an age (`92 वर्ष की आयु में`). */
  labels?: ReadonlyMap<number, FigureLabel>;
  /** Figures off a base (`सामान्य से 4.5 डिग्री कम`), by start offset: the words said after them ("below normal"). */
  departures?: ReadonlyMap<number, string>;
  /** Figures counting the owner of a noun after them (`दो ई-रिक्शा की बैटरियां`): the head's English, or null to leave the figure out. */
  possessed?: ReadonlyMap<number, string | null>;
  /** Offsets of dates that are a comparison's base (`पिछले साल से 6.48 प्रतिशत ज्यादा`): "compared with:", never "when:". */
  compared?: ReadonlySet<number>;
  /** Dates before तक by offset (`15 फरवरी तक रद्द`): "until:", a deadline "by:", a count's start "since:"; never "when:". */
  until?: ReadonlyMap<number, Limit>;
  /** Figures that are rates (`2275 रुपये प्रति क्विंटल`): "per quintal" after the figure; a figure a rate absorbs is not listed. */
  rates?: ReadonlyMap<number, Rate>;
  /** Figures of a moving value: "down 500 points", "to 72,000 points" (which figure is the fall, which the level). */
  movements?: ReadonlyMap<number, Movement>;
  /** Offsets of mentions the sentence leaves out (`… को छोड़कर`): said "except X" (see excluded.ts). */
  excluded?: ReadonlySet<number>;
  /** Offsets of mentions the sentence says were beaten (`Y को 9 रनों से हराया`): said "beaten: Y" (see beaten.ts). */
  beaten?: ReadonlySet<number>;
  /** Dates that do not time the event (modifier-dates.ts), by offset; computed from the sentence when absent. */
  modifiers?: ReadonlyMap<number, 'thing' | 'mentioned'>;
  /** Names the sentence gives things (trains), placed as phrases of any length. */
  names?: readonly Phrase[];
  /** Where each coordinated clause after the first starts (`…, जबकि …`): a clause keeps its own dates. */
  clauses?: readonly number[];
  /** The English noun right after a figure that has no unit (`करीब 81 प्रस्ताव` → resolutions), by the figure's offset. */
  counted?: ReadonlyMap<number, string>;
  /** The person noun right after an age adjective (`94 वर्षीया माता` → mother), by the figure's offset: "94-year-old mother". */
  aged?: ReadonlyMap<number, string>;
}

/** Longest structured line: parts after this many characters are left out (a headline stays one line). */
export const FACTS_LINE_MAX = 140;
/** A phrase longer than this many words is not a phrase a reader can take in at a glance. */
const PHRASE_WORDS = 6;
/** Count words (formatNumber writes 1–9 as words): a phrase holding one repeats a figure. */
const COUNT_WORD = /\b(one|two|three|four|five|six|seven|eight|nine)\b/i;
/** A pronoun names no one: `उन्होंने …` gives no facts-line item "They", `हम लैंडर और चांद` no "Moon of we lander" (US and IT are no pronouns). */
const PRONOUN = /^(?:they|he|she|it|we|i|you|them|him|her|us|this|that|these|those)$/i;

/** True when `inner` starts at a word of `outer` ("men's voters" is not inside "women's voters"; "Tamil Nadu" is inside "Tamil Nadu's Perambalur", "India" inside "Indian"). */
const holds = (outer: string, inner: string): boolean => ` ${outer}`.includes(` ${inner}`);

const mine = <T extends { sentence: number; span: { start: number } }>(list: readonly T[], index: number): T[] =>
  list.filter((f) => f.sentence === index).sort((a, b) => a.span.start - b.span.start);

/** Phrases a structured line may carry: short, no figure (figures are said once, with their labels), no genitive chain, no lone gerund. */
export function readablePhrases(phrases: readonly Phrase[]): Phrase[] {
  return phrases.map((p) => ({ text: p.text.trim(), at: p.at })).filter((p, i, all) => {
    const n = p.text.split(' ').length;
    return n <= PHRASE_WORDS && !/\d/.test(p.text) && !COUNT_WORD.test(p.text) && !p.text.split(' ').some((w) => w !== w.toUpperCase() && PRONOUN.test(w)) && (p.text.match(/ of /g) ?? []).length < 2
      && !/^\w+ing$/i.test(p.text) && all.findIndex((q) => q.text === p.text) === i;
  });
}

/**
 * The structured line, when the renderer is not sure of a sentence: the agent and its verb when the
 * Hindi marks them (ने) and the sentence is one clause, then names, phrases read in full and figures
 * in the order of the Hindi (so that a figure stays beside the name it belongs to), each figure with
 * its qualifier, counted thing and owner or role, and the dates after "when:" —
 * `Kim Jong Un · welcomed · Vladimir Putin · airport · when: 19 June 2024`. Nothing is guessed:
 * no country, no role the sentence does not carry, no verb whose subject is unmarked.
 */
export function factsLine(sentence: Sentence, facts: ArticleFacts, reading: FactsLineReading = { phrases: [] }): string {
  const mentions = mine(facts.mentions, sentence.index);
  const frame = reading.frame;
  const inFrame = (text: string): boolean => !!frame && frame.subject.includes(text);
  // a figure with no owner or role of its own, shown after a name with an unread noun (a word with a
  // case marker) between them in the Hindi, would read as that name's ("टीम इंडिया ने कंगारूओं को 177 रनों पर": India · 177 runs,
  // when Australia made them): such figures are listed apart, under "figures:"
  const loose = (n: NumberFact): boolean => {
    if (n.role || ownerOf(n, mentions)) return false;
    const before = mentions.filter((m) => m.span.end <= n.span.start && names.includes(m.en)).at(-1);
    return !!before && [...(reading.unread ?? [])].some((at) => at >= before.span.end && at < n.span.start);
  };
  const placed: { text: string; at: number; figure: boolean }[] = [];
  const names: string[] = [];
  // names the sentence leaves out (`… को छोड़कर`) are said as such, never as what the line is about
  const excluded = reading.excluded ?? excludedMentions(sentence.text, mentions);
  const beaten = reading.beaten ?? new Set<number>();
  for (const m of mentions) {
    if (m.kind === 'place' && m.adjective) continue;
    if (names.includes(m.en) || inFrame(m.en) || (reading.cut?.has(m.span.start) && !excluded.has(m.span.start))) continue;
    names.push(m.en);
    placed.push({ text: excluded.has(m.span.start) ? `except ${m.en}` : beaten.has(m.span.start) ? `beaten: ${m.en}` : m.en, at: m.span.start, figure: false });
  }
  // (a phrase holding an excluded name would list it bare: "Bikaner, Jaisalmer and Sri Ganganagar")
  const left = mentions.filter((m) => excluded.has(m.span.start)).map((m) => m.en);
  const read = readablePhrases(reading.phrases);
  // (a beaten side is said once, with its label)
  const beatenNames = mentions.filter((m) => beaten.has(m.span.start)).map((m) => m.en);
  const phrases = [...read, ...(reading.names ?? []).filter((n) => !read.some((p) => p.text === n.text))]
    .filter((p) => !inFrame(p.text) && !left.some((en) => holds(p.text, en)) && !beatenNames.some((en) => holds(p.text, en)));
  // a phrase inside a longer one is left out; a phrase that names entities stands in for them
  // (at or after the longer one's start: `रेपो रेट को 6 फीसदी … रिवर्स रेपो रेट को 5.75 फीसदी` names two rates)
  for (const p of phrases.filter((p) => !phrases.some((q) => q !== p && holds(q.text, p.text) && p.at >= q.at))) {
    for (let k = placed.length - 1; k >= 0; k--) if (holds(p.text, (placed[k] as { text: string }).text)) placed.splice(k, 1);
    placed.push({ ...p, figure: false });
  }
  const margin = (n: NumberFact): boolean => reading.margins?.has(n.span.start) ?? false;
  const rates = reading.rates ?? new Map<number, Rate>();
  const absorbed = new Set([...rates.values()].map((r) => r.absorbs));
  const own = countedFigures(mine(facts.numbers, sentence.index).filter((n) => !absorbed.has(n.span.start) && reading.possessed?.get(n.span.start) !== null), reading.counted);
  // in a list of dated figures each figure says its own date ("killed: 12 patients (8 August 2017)")
  const dated = datedFigures(mine(facts.dates, sentence.index), own, sentence.text);
  const dateAt = (n: NumberFact): string => {
    const d = dated.get(n.span.start);
    return d === undefined ? '' : ` (${formatDateRange(d.value, d.end)})`;
  };
  const datedDates = new Set([...dated.values()]);
  const figureLabel = (n: NumberFact): FigureLabel | undefined => (margin(n) ? 'margin' : reading.labels?.get(n.span.start));
  // an age said of a kin or a person noun after it is that person's: "94-year-old mother", "30-year-old son"
  const said = (n: Figure): string => {
    const kin = reading.aged?.get(n.span.start);
    const age = kin === undefined ? null : ageText(n, true) ?? `${countWord(n.value)}-year-old`;
    const off = reading.departures?.get(n.span.start);
    const head = reading.possessed?.get(n.span.start);
    const body = `${head ? `${head} of ` : ''}${quantity(n, mentions, figureLabel(n), rates.get(n.span.start), reading.movements?.get(n.span.start))}${off ? ` ${off}` : ''}`;
    return age === null ? body : `${age} ${kin}`;
  };
  const figures = scoresJoined(own).map((n) => ({ text: `${relativeSpan(sentence.text, n, said(n))}${dateAt(n)}`, at: n.span.start, figure: true, loose: !margin(n) && loose(n) }));
  // "four people" is dropped when "killed: four people" says it with its label
  const kept = figures.filter((q) => !figures.some((other) => other !== q && other.text.endsWith(`: ${q.text}`)));
  const apart = kept.filter((q) => q.loose);
  placed.push(...kept.filter((q) => !q.loose));
  // a name that labels its figure ("BJP: 166 seats") is not listed again on its own
  const labels = figures.map((f) => /^([^:]+):/.exec(f.text)?.[1]).filter((l): l is string => !!l);
  for (let k = placed.length - 1; k >= 0; k--) if (!placed[k]?.figure && labels.includes(placed[k]?.text ?? '')) placed.splice(k, 1);
  placed.sort((a, b) => a.at - b.at);
  const modifiers = reading.modifiers ?? modifierDates(sentence.text, mine(facts.dates, sentence.index));
  type Label = 'when' | 'compared' | 'mentioned' | Limit;
  const labelOf = (d: { span: { start: number } }): Label =>
    reading.compared?.has(d.span.start) ? 'compared' : modifiers.has(d.span.start) ? 'mentioned' : reading.until?.get(d.span.start) ?? 'when';
  // a year said of a thing (`1950 की संधि`) is no time of the sentence's event, one of a participle (`2017 में … करने वाले`) "mentioned:"
  const sentenceDates = mine(facts.dates, sentence.index).filter((d) => !datedDates.has(d) && modifiers.get(d.span.start) !== 'thing');
  const tailOf = (inPart: (at: number) => boolean, figures: typeof apart): string[] => {
    const dates = (label: Label): string[] => [...new Set(sentenceDates.filter((d) => inPart(d.span.start) && labelOf(d) === label).map((d) => formatDateRange(d.value, d.end)).filter((d) => d))];
    const [when, compared, until, by, since, mentioned] = [dates('when'), dates('compared'), dates('until'), dates('by'), dates('since'), dates('mentioned')];
    return [
      ...(figures.length > 0 ? [`figures: ${figures.map((q) => q.text.replace(/^expected: /u, 'expected ')).join(', ')}`] : []),
      ...(when.length > 0 ? [`when: ${when.join(', ')}`] : []),
      ...(until.length > 0 ? [`until: ${until.join(', ')}`] : []),
      ...(by.length > 0 ? [`by: ${by.join(', ')}`] : []),
      ...(since.length > 0 ? [`since: ${since.join(', ')}`] : []),
      ...(compared.length > 0 ? [`compared with: ${compared.join(', ')}`] : []),
      ...(mentioned.length > 0 ? [`mentioned: ${mentioned.join(', ')}`] : []),
    ];
  };
  const head = frame ? [frame.subject, frame.verb] : [];
  const body = placed.filter((p, i) => p.text && placed.findIndex((q) => q.text === p.text) === i);
  const parts = clauseParts(reading.clauses ?? [], [...body, ...apart].filter((p) => p.figure).map((p) => p.at), sentenceDates.map((d) => d.span.start));
  const line = (): string => parts.length < 2
    ? [...head, ...body.map((p) => p.text), ...tailOf(() => true, apart)].join(' · ')
    // coordinated clauses each keep their own figures and dates (`पर्व दो दिन बाद …, जबकि मंगलवार को दीपदान …`):
    // one list would give the second clause's date to the first clause's figure
    : [...head, parts.map(([from, to]) => {
      const inPart = (at: number): boolean => at >= from && at < to;
      return [...body.filter((p) => inPart(p.at)).map((p) => p.text), ...tailOf(inPart, apart.filter((q) => inPart(q.at)))].join(' · ');
    }).filter((p) => p).join('; ')].join(' · ');
  // a long line loses its last names and phrases, never its figures or dates
  while (line().length > FACTS_LINE_MAX) {
    const k = body.map((p) => p.figure).lastIndexOf(false);
    if (k < 0 || body.filter((p) => !p.figure).length <= 1) break;
    body.splice(k, 1);
  }
  return line();
}
