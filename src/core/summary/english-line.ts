import { foldKey } from '../text/devanagari.js';
import { deniedClauses } from './denied-clauses.js';
import type { ArticleFacts, EnSource, Sentence } from '../types.js';
import { clauseStarts, datesBeforeReport, speakerName, splitClauses, splitReported } from './clause-split.js';
import { excludedMentions } from './excluded.js';
import { createBeatenFinder } from './beaten.js';
import { createWhen } from './english-date.js';
import { createClauseRenderer, type Rendered } from './english-clause.js';
import { capitalise } from './english-morph.js';
import { factsLine, readablePhrases, type FactsLineReading } from './facts-line.js';
import { confident, unknownWords } from './line-confidence.js';
import type { LexiconIndex } from './lexicon-index.js';
import { agedNouns, countedNouns, figureKeeper, possessedFigures } from './counted-nouns.js';
import { createFigureLabels, readsScale } from './figure-kinds.js';
import { createMarginFinder } from './margins.js';
import { createDepartureFinder } from './departures.js';
import { readerNames } from './english-entities.js';
import { createMovementFinder } from './movements.js';
import { createRateFinder } from './rates.js';
import { createLimitFinder } from './limits.js';
import { createComparedDates } from './compared-dates.js';
import { modifierDates } from './modifier-dates.js';
import { gappedConjuncts } from './gapping.js';
import { reorderHeadlineVerb } from './english-title.js';
import { headlineParts, placeDates } from './line-parts.js';
import { tokenize, type Item } from './tokens.js';


/** Tidies spaces and punctuation. Devanagari is not removed: `englishDefect` reports it. */
export function tidyEnglish(text: string): string {
  return text.replace(/\s+([,.;:)])/g, '$1').replace(/\(\s+/g, '(')
    .replace(/\s{2,}/g, ' ').replace(/^[\s,;:·]+|[\s,;:·]+$/g, '').trim();
}

/**
 * Drops what an English line leaves out: a kicker before an early colon ("पुतिन उत्तर कोरिया
 * यात्रा: …", "मॉस्को (एएनआई): …") and a relative clause after ", जो …".
 */
function trimSentence(items: readonly Item[]): Item[] {
  let out = [...items];
  const colon = out.findIndex((i) => i.kind === 'punct' && i.text === ':');
  if (colon > 0 && colon <= 8 && !out.slice(0, colon).some((i) => i.kind === 'verb') && out.length - colon > 3) {
    out = out.slice(colon + 1);
  }
  const rel = out.findIndex((i, k) => i.kind === 'rel' && k > 0 && out[k - 1]?.kind === 'punct' && out[k - 1]?.text === ',');
  if (rel > 2 && out.slice(0, rel).some((i) => i.kind === 'verb')) out = out.slice(0, rel - 1);
  return out;
}

/** Called with a rendered line that is not clean English (it kept Hindi text); the line is not shown. */
export type EnglishDefect = (line: string) => void;

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/u;
/** A pronoun as the speaker (`उन्होंने कहा`): no name to lead a facts line with. */
const PRONOUN_SUBJECT = /^(?:they|he|she|it|we|i|you)$/iu;
/** तक right after a date: the date is a limit (`15 फरवरी तक`). */

/** An English line and how it was made (a confident sentence, or the structured facts line). */
export interface EnglishLine {
  text: string;
  source: EnSource;
}

export interface EnglishLines {
  /** `headline`: also read verb-first headline order. */
  line(sentence: Sentence, facts: ArticleFacts, headline?: boolean, defect?: EnglishDefect): EnglishLine;
}

export function createEnglishLines(index: LexiconIndex): EnglishLines {
  const when = createWhen(index.data);
  const clause = createClauseRenderer(index);
  const bareScales = new Set(index.data.bareScales.map(foldKey));
  const marginsOf = createMarginFinder(index.data);
  const beatenOf = createBeatenFinder(index);
  const departuresOf = createDepartureFinder(index.data);
  const labelsOf = createFigureLabels(index.data);
  const personNouns = new Set(index.data.personNouns.map((w) => w.toLowerCase()));
  const keepsFigure = figureKeeper([...index.data.marginUnits, ...index.data.ownerUnits], personNouns);
  const kinNouns = new Map(Object.entries(index.data.kinNouns).map(([hi, en]) => [foldKey(hi), en] as const));
  const ratesOf = createRateFinder(index.data);
  const movesOf = createMovementFinder(index.data);
  const limitsOf = createLimitFinder(index.data);
  const isBase = createComparedDates(index.data.comparisonBase, index.data.relative.last);

  /** Coordinated clauses, each rendered on its own and joined. */
  function clauses(items: readonly Item[], text: string): Rendered {
    const { clauses: parts, joiners } = splitClauses(items);
    const lead = items[0]?.kind === 'cconj' ? `${items[0].en} ` : '';
    if (parts.length === 1) {
      const r = clause(items, text);
      return { ...r, text: r.text ? `${lead}${r.text}` : '', complete: r.hasVerb && (r.hasSubject || !!r.event) };
    }
    const rendered = parts.map((p, i) => clause(p, text, i > 0 && joiners[i - 1] === ' and '));
    if (lead && rendered[0]) rendered[0] = { ...rendered[0], text: `${lead}${rendered[0].text}` };
    const good = rendered.filter((r) => r.hasVerb && r.text);
    return {
      text: rendered.map((r, i) => (i > 0 && r.text ? `${joiners[i - 1] ?? ' '}${r.text}` : r.text)).join(''),
      hasVerb: good.length > 0,
      hasSubject: rendered.some((r) => r.hasSubject),
      known: rendered.reduce((n, r) => n + r.known, 0),
      unknown: rendered.reduce((n, r) => n + r.unknown, 0),
      phrases: rendered.flatMap((r) => r.phrases),
      complete: rendered.every((r) => r.hasVerb && r.text) && (!!rendered[0]?.hasSubject || !!rendered[0]?.event),
      doubt: rendered.some((r) => r.doubt),
    };
  }

  /** Reported speech ("X ने कहा कि Y") becomes "X said Y"; nested reports recurse. */
  function render(items: readonly Item[], text: string, depth = 0): Rendered {
    const split = depth < 3 ? splitReported(items) : null;
    if (!split) return clauses(items, text);
    const main = render(split.said, text, depth + 1);
    const head = clause(split.speaker, text);
    const merged: Rendered = {
      ...main,
      known: main.known + head.known,
      unknown: main.unknown + head.unknown,
      phrases: [...head.phrases, ...main.phrases],
      // "X says [it] will …": the reported clause may take its subject from the speaker
      complete: main.hasVerb && (!!main.complete || !main.hasSubject) && head.hasVerb && head.hasSubject,
      doubt: !!main.doubt || !!head.doubt,
    };
    // the speaker's frame ("X · said") leads a facts line; the reported clause's verbs do not
    if (head.frame) merged.frame = head.frame;
    else delete merged.frame;
    // a speaker read in full keeps "said" before what was said, so the line never lists the speaker beside
    // the reported crimes or figures as if they were the speaker's ("Bablu Kumar · murder · robbery")
    merged.frameSure = head.frame !== undefined && !head.doubt && head.unknown === 0 && !PRONOUN_SUBJECT.test(head.frame.subject);
    // (a speaker read only as a name before ने and a verb of saying still said it: "Manohar Lal · said · …", never the speaker
    // listed beside another's score as if it were his)
    const named = merged.frameSure ? null : speakerName(split.speaker);
    if (named !== null) {
      merged.frame = { subject: named, verb: 'said' };
      merged.frameSure = true;
    }
    // a speaker without a name ("उन्होंने कहा" unread) adds nothing
    if ((!head.hasVerb || !head.hasSubject) && !/^according/.test(head.text)) return merged;
    return { ...merged, hasSubject: main.hasSubject || head.hasSubject, text: `${head.text} ${main.text}`.trim() };
  }

  return {
    line(sentence, all, headline = false, defect = () => undefined) {
      const facts = { ...all, mentions: readerNames(all.mentions), numbers: all.numbers.filter((n) => !bareScales.has(foldKey(n.text.split(/\s+/)[0] ?? ''))) };
      const tokens = tokenize(sentence, facts, index);
      const items = trimSentence(headline ? reorderHeadlineVerb(tokens, index) : tokens);
      const { rest, whens, tied } = placeDates(items, when);
      const r = headline ? headlineParts(rest, sentence.text, render) : render(rest, sentence.text);
      // a date that is a comparison's base (पिछले साल से 6.48 प्रतिशत ज्यादा) is no time of the fact: the
      // sentence renderer would say "in 2019", so only the structured line, which labels it, may show it
      const compared = new Set(facts.dates.filter((d) => d.sentence === sentence.index && isBase(sentence.text, d.span.start, d.span.end)).map((d) => d.span.start));
      const saying = datesBeforeReport(items, facts.dates.filter((d) => d.sentence === sentence.index).map((d) => d.span.start));
      const excluded = excludedMentions(sentence.text, facts.mentions.filter((m) => m.sentence === sentence.index));
      // (a cost or an age the renderer would misread, "bridge will become from 500 crore rupees": the facts line labels it)
      const labels = labelsOf(sentence, facts);
      // (a figure off a base, `सामान्य से 3 डिग्री अधिक`: the renderer would state it as the value, "three degrees")
      const departures = departuresOf(sentence, facts);
      // (and a figure owning the noun after it, `चार ट्रकों के टायर`: "Police seized four trucks")
      const possessed = possessedFigures(rest, keepsFigure);
      const gapped = gappedConjuncts(rest);
      // (a date of a participle or of an earlier event: the renderer would make it the main verb's "in 2017")
      const modifiers = modifierDates(sentence.text, facts.dates.filter((d) => d.sentence === sentence.index));
      // (a train's name read as one noun makes a sentence of unread words around it: the structured line, reviewer)
      const sure = !rest.some((it) => it.name) && gapped.size === 0 && compared.size === 0 && modifiers.size === 0 && !tied && !saying && excluded.size === 0 && labels.size === 0 && departures.size === 0 && possessed.size === 0 && !readsScale(sentence, facts) && confident(r, rest, headline, index.stopwords);
      const full = `${r.text}${whens.length > 0 ? ` ${[...new Set(whens)].join(' and ')}` : ''}`;
      // a reading the renderer is not sure of gives way to the structured line of the sentence's facts
      // with no facts at all: the phrases read in full, else nothing (a word salad is worse than no line)
      // the agent's verb leads a facts line only when every content word was read and nothing is in doubt
      const framed = !r.doubt && unknownWords(rest, index.stopwords) === 0;
      const unknown = (it: Item | undefined): boolean => it?.kind === 'word' && !index.stopwords.has(foldKey(it.text));
      // a place or organisation glued to an unknown word may be part of a longer name ("भारत आदिवासी पार्टी")
      // (a one-word name only: a team named in full, गत चैम्पियन बंगाल वॉरियर्स, stays — without it the line gave the
      // loser beside the score)
      const cut = new Set(rest.filter((it, k) => it.kind === 'mention' && it.mention?.kind !== 'person' && !/\s/u.test(it.text) && (unknown(rest[k - 1]) || unknown(rest[k + 1]))).map((it) => it.start));
      // (and a place in a train's name is no place of the sentence: `बरेली-वाराणसी एक्सप्रेस`)
      for (const it of rest.filter((x) => x.name)) for (const m of facts.mentions) if (m.sentence === sentence.index && m.span.start >= it.start && m.span.end <= it.end) cut.add(m.span.start);
      // an unread word with a case marker after it is a noun in an argument position: it may own a figure
      // (or a bracketed figure after it: "औरंगाबाद (16)" is Aurangabad's 16, not the name before it)
      const bracketed = (k: number): boolean => rest[k + 1]?.kind === 'punct' && rest[k + 1]?.text === '(' && rest[k + 2]?.kind === 'number';
      const unread = new Set(rest.filter((it, k) => unknown(it) && (['post', 'gen', 'agent'].includes(rest[k + 1]?.kind ?? '') || bracketed(k))).map((it) => it.start));
      // a date right before तक is a limit (`15 फरवरी तक रद्द`: until then; a deadline: by then), never the time the fact happened
      const until = limitsOf(sentence, facts);
      const counted = countedNouns(rest);
      const aged = agedNouns(rest, personNouns, kinNouns);
      // a denied clause (`…, लेकिन उससे लोगों को अधिक राहत नहीं मिली`) gives the structured line none of its phrases: "Relief"
      // alone says the opposite (the sentence's other clauses keep theirs)
      const denied = deniedClauses(sentence.text, index.negation, index.clauseConjunctions);
      // (read only when a structured line is made)
      const beatenAt = (): ReadonlySet<number> => beatenOf(sentence.text, facts.mentions.filter((m) => m.sentence === sentence.index));
      // (nor a gapped और its "X and Y": `तीन राज्यों में भाजपा और तेलंगाना में कांग्रेस` is no "BJP and Telangana")
      const phrases = r.phrases.filter((p) => !denied.some(([from, to]) => p.at >= from && p.at < to) && !(gapped.has(p.at) && p.text.includes(' and ')));
      const reading = (): FactsLineReading => ({ phrases, names: rest.filter((it) => it.name).map((it) => ({ text: it.en, at: it.start })), cut, unread, counted, aged, margins: marginsOf(sentence, facts), beaten: beatenAt(), labels, departures, possessed, rates: ratesOf(sentence, facts), movements: movesOf(sentence, facts), compared, until, modifiers, excluded, clauses: clauseStarts(rest), ...((framed || r.frameSure) && r.frame ? { frame: r.frame } : {}) });
      const shown = sure ? full : factsLine(sentence, facts, reading()) || readablePhrases(phrases).map((p) => p.text).join(' · ');
      const out = capitalise(tidyEnglish(shown));
      if (!DEVANAGARI.test(out)) return { text: out, source: sure ? 'rules' : 'facts' };
      // Hindi left in an English line is a defect of the renderer: report it, show the facts line instead
      defect(out);
      const fallback = capitalise(tidyEnglish(factsLine(sentence, facts, { phrases: [], compared, until, beaten: beatenAt(), rates: ratesOf(sentence, facts), movements: movesOf(sentence, facts) })));
      return { text: DEVANAGARI.test(fallback) ? '' : fallback, source: 'facts' };
    },
  };
}
