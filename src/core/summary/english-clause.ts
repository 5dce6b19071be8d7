import { foldKey } from '../text/devanagari.js';
import { splitInfinitive } from './clause-frames.js';
import { parseClause, type Chunk } from './clause-parse.js';
import { createEntityRenderer } from './english-entities.js';
import { doubtful, guessedSubject, conjuncts, danglingCopula, ledBy, twoPlaces } from './clause-doubt.js';
import { isScoreFact, scoreText, verbForms } from './english-morph.js';
import type { LexiconIndex } from './lexicon-index.js';
import { createNounPhraseRenderer } from './noun-phrase.js';
import { EMPTY_NP } from './noun-unit.js';
import type { Item } from './tokens.js';
import { createVerbPhrases } from './verb-phrases.js';
import { directPlural, irregularPlural, pluralHead } from './verb-number.js';

/** A span of dates as rendered (`2019–2023`, `18–20 June 2024`): it ends in a year. */
const DATE_SPAN = /^[^–]*\d[^–]*–[^–]*\d{4}$/u;

/** Heads of a noun phrase that name where something is, not what. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['place', 'org', 'inst']);

/** A noun phrase in English and the offset of its Hindi in the sentence. */
export interface Phrase {
  text: string;
  at: number;
}

/** One clause in English, with how much of it the lexicon could read. */
export interface Rendered {
  text: string;
  hasVerb: boolean;
  hasSubject: boolean;
  known: number;
  unknown: number;
  /** English noun phrases read in full (no unknown word) and where their Hindi starts, for the facts line. */
  phrases: Phrase[];
  /** Subject and conjugated verb when the subject is marked as the agent (ने, द्वारा) and read in full. */
  frame?: { subject: string; verb: string };
  /** The frame is a speaker's read in full ("X ने बताया कि …"): it leads the facts line whatever the reported clause holds. */
  frameSure?: boolean;
  /** Every clause has its verb and the first its subject (set for whole sentences, not clauses). */
  complete?: boolean;
  /** The clause names an event without a subject ("बारिश हुई" → "rain"): complete without one. */
  event?: boolean;
  /** The clause holds what one reading cannot place: two agents (ने … ने) or a verb it dropped. */
  doubt?: boolean;
}

export type ClauseRenderer = (items: readonly Item[], text: string, continued?: boolean) => Rendered;

/** Subject, verb, object, adverbs and adjuncts of one clause, in English order. */
export function createClauseRenderer(index: LexiconIndex): ClauseRenderer {
  const entities = createEntityRenderer(index.data);
  const nps = createNounPhraseRenderer(index, entities);
  const verbs = createVerbPhrases(index.data);
  /** Each conjunct read in full, as a phrase of its own (names alone are listed as names). */
  const conjunctPhrases = (items: readonly Item[], full: boolean): Phrase[] =>
    conjuncts(items).filter((part) => part.some((it) => it.kind !== 'mention')).flatMap((part) => {
      const r = nps.render(part, full);
      return r.text && r.unknown === 0 ? [{ text: r.text, at: part[0]?.start ?? 0 }] : [];
    });
  const t = index.data.tense;
  const copulaForms = [...t.present, ...t.pastAux, ...(index.data.lightVerbs['हो'] ?? []).filter((f) => /(गा|गी|गे)$/.test(f))];
  const copula = new Set(copulaForms.map(foldKey));
  const margins = new Set(index.data.marginUnits);
  const lightStems = new Set(Object.keys(index.data.lightVerbs).map(foldKey));
  const locations = new Set(index.data.locationNouns.map((l) => l.toLowerCase()));
  const ing = (en: string): string => {
    const [first = '', ...rest] = en.split(' ');
    return [verbForms(first, index.data.irregular).ing, ...rest].join(' ');
  };

  /** A predicate: a noun phrase, or adjectives alone ("असंवैधानिक" → "unconstitutional"). */
  const predicateText = (c: Chunk): string => {
    const r = nps.render(c.items, false);
    if (r.text) return r.text;
    return c.items.filter((i) => i.kind === 'adj' && i.en).map((i) => i.en).join(' ');
  };

  const genitive = (it: Item): boolean => it.kind === 'gen';

  return function clause(items: readonly Item[], text: string, continued = false): Rendered {
    // "Y को Z सौंपने का निर्देश दिया" → "ordered Y to hand over Z"
    const inf = splitInfinitive(items, genitive);
    if (inf) {
      const main = clause(inf.main, text, continued);
      const inner = clause(inf.inner, '', true);
      return { ...main, text: `${main.text} ${inner.text}`.trim(), known: main.known + inner.known, unknown: main.unknown + inner.unknown, phrases: [...main.phrases, ...inner.phrases], doubt: !!main.doubt || !!inner.doubt };
    }
    const p = parseClause(items, copula, ing, continued);
    const phrases: Phrase[] = [];
    let known = 0;
    let unknown = 0;
    const np = (c: Chunk | undefined, full = false): ReturnType<typeof nps.render> | null => {
      if (!c) return null;
      const r = nps.render(c.items, full);
      known += r.known;
      unknown += r.unknown;
      // (not a gerund and its object, `घायलों को बचाने के लिए`: "rescuing injured" alone says a rescue was done)
      const gerund = c.items.find((it) => it.kind !== 'punct' && it.text !== '');
      if (r.text && r.unknown === 0 && !(gerund?.converted && gerund.entry?.verb)) phrases.push({ text: r.text, at: c.items[0]?.start ?? 0 });
      // each conjunct is a phrase of its own too: "73.18 और महिला मतदाताओं" keeps "women voters" when
      // the figure makes the whole unfit for a structured line
      if (c.items.some((it) => it.kind === 'conj') && c.items.some((it) => it.kind === 'number')) phrases.push(...conjunctPhrases(c.items, full));
      return r.text ? r : null;
    };
    let subject = np(p.subject, true);
    let object = np(p.object);
    const sources = p.sources.map((c) => np(c)?.text).filter((s): s is string => !!s);
    // a clause no English sentence can say: what a verb made of a noun is about (`… कमजोर करने का आरोप`) read as
    // nothing (the line would keep the infinitive's own object as the verb's: "accused BJP to democracy")
    let unsayable = false;
    const adjuncts = p.adjuncts.map((c) => {
      const r = np(c);
      if (!r && !c.post && c.items[c.items.length - 1]?.kind === 'gen' && p.verb?.entry?.verb?.noun !== undefined) unsayable = true;
      if (!r) return '';
      let prep = c.post?.kind === 'post' ? c.post.en : c.post?.kind === 'agent' ? 'by' : '';
      // "6 मार्च तक सौंपने" → "by 6 March"; "18 जून तक चलेगी" → "until 18 June"; a span of dates before तक is neither
      // ("2019 से 2023 तक": never "by 2019–2023", reviewer): the sentence is not said, the facts line gives "when: 2019–2023"
      if (prep === 'until' && DATE_SPAN.test(r.text)) {
        unsayable = true;
        return '';
      }
      if (prep === 'until' && !p.verb?.entry?.verb?.durative) prep = 'by';
      if (prep === 'on' && locations.has(r.text.split(' ').pop()?.toLowerCase() ?? '')) prep = 'at';
      if (prep === 'in' && p.verb?.entry?.verb?.among !== undefined) prep = p.verb.entry.verb.among;
      // "हत्या का आरोप लगाया" → "accused … of murder": a genitive left before a verb made of a noun is that noun's
      if (!prep && !c.post && c.items[c.items.length - 1]?.kind === 'gen' && p.verb?.entry?.verb?.noun !== undefined) prep = 'of';
      // "छह विकेट से हराया" → "by six wickets": a margin; "3-1 से हराया" → "3–1": a score is no margin
      const figure = c.items.find((i) => i.kind === 'number');
      const unit = figure?.number?.unit;
      if (prep === 'from' && unit && margins.has(unit) && figure?.number && isScoreFact(figure.number) && figure.number.qualifier !== 'range') return scoreText(figure.text);
      if (prep === 'from' && unit && margins.has(unit)) prep = 'by';
      return prep ? `${prep} ${r.text}` : r.text;
    }).filter((s) => s.length > 0).reverse();
    const out: string[] = [];
    let frame: Rendered['frame'];
    let event = false;
    const v = p.verb?.entry?.verb;
    if (p.verb && v) {
      known += 1;
      const a = verbs.analyse(p.verb, p.beforeVerb, text.slice(p.verb.end));
      if (a.passive && p.subject?.post?.kind === 'agent') a.passive = false;
      // a passive of a verb whose patient takes को keeps that patient as its subject: a bare noun beside it is no doer
      // ("घायल दो युवकों को अस्पताल भेजा गया" read "Injured was sent two youths"): no sentence, the facts line says it
      if (a.passive && subject && p.subject && !p.subject.post && object && v.obj === 'को' && p.object?.post?.entry?.key === foldKey('को')) unsayable = true;
      // a place or body bare beside a को-phrase is where to, never the thing moved ("आरोपी को लखनऊ भेजा गया" read
      // "Lucknow was sent to accused"): no sentence, the facts line says it
      const dative = p.adjuncts.some((c) => c.post?.entry?.key === foldKey('को'));
      const bare = subject && p.subject && !p.subject.post ? subject : !subject && object && !p.object?.post ? object : null;
      if (a.passive && dative && bare && PLACE_KINDS.has(bare.kind)) unsayable = true;
      // a passive without a subject: the thing done ("गठबंधन का निर्माण नहीं किया जाए")
      let subjectChunk = p.subject;
      if (a.passive && !subject && object && (!p.object?.post || p.object.post.entry?.key === foldKey('को'))) {
        subject = object;
        subjectChunk = p.object;
        object = null;
      }
      // ("children", "police" are plural as they stand: "Children are playing")
      if (subject && !subject.plural && irregularPlural(subject.text)) subject = { ...subject, plural: true };
      // "मामले बढ़ रहे हैं" → "cases are rising": a noun's plural form the lexicon lists as it is, with a plural verb
      if (subject && subjectChunk && !subjectChunk.post && !subject.plural && directPlural(subjectChunk.items, p.verb, a.tense === 'past')) {
        subject = { ...subject, text: pluralHead(subject.text), plural: true };
      }
      if (a.passive && !subject) {
        const patient = p.adjuncts.map((c) => nps.render(c.items, false)).find((r) => r.dangling && r.text);
        // (so too a dangling one: where to, never the one moved)
        if (patient && PLACE_KINDS.has(patient.kind) && dative) unsayable = true;
        else if (patient) {
          subject = patient;
          adjuncts.splice(adjuncts.indexOf(patient.text), 1);
        }
      }
      let en = p.en ?? v.en;
      // "218 रन बनाए" → "scored 218 runs": runs are scored, not built
      if (en === 'build' && object?.kind === 'number' && /\bruns?$/u.test(object.text)) en = 'score';
      let prep = p.prep ?? (p.bareObject ? undefined : v.prep);
      // "50 डिग्री तक पहुंचा" → "reached 50 degrees": a quantity, not a place
      if (v.quantity && object?.kind === 'number') {
        en = v.quantity;
        prep = undefined;
        object = { ...object, text: object.text.replace(/^up to /, '') };
      }
      // "मामला दर्ज किया गया" → "a case was registered": the noun of a verb phrase becomes the subject
      const [head, ...noun] = en.split(' ');
      if (a.passive && !subject && noun.length > 0 && /^(a|an|the)$|s$/.test(noun[0] ?? '')) {
        const np = noun.join(' ');
        subject = { ...EMPTY_NP, text: np, kind: 'noun', plural: /s$/.test(np) && !/^(a|an) /.test(np) };
        en = head ?? en;
      }
      // a Hindi passive glossed by an English verb with no passive ("गिरावट दर्ज की गई" → fall) reads "were fallen"
      if (a.passive && verbs.passiveless(en)) unsayable = true;
      const marked = p.subject?.post?.kind === 'agent' && subject !== null && subject.unknown === 0 && !a.passive && en !== 'be';
      if (marked && subject) frame = { subject: subject.text, verb: verbs.conjugate(en, a, subject.plural) };
      const obj = object ? `${prep ? `${prep} ` : ''}${object.text}` : '';
      const pred = p.predicate ? predicateText(p.predicate) : '';
      if (subject) out.push(subject.text, verbs.withObject(verbs.conjugate(en, a, subject.plural), obj), pred);
      else if (v.noun && (v.mutual || /(^| )हो$/.test(p.verb.entry?.key ?? ''))) {
        out.push(v.noun, obj ? `${prep ?? 'of'} ${object?.text}` : '');
        event = true;
      }
      else out.push(verbs.withObject(verbs.conjugate(en, a, false), obj), pred);
    } else out.push(...[subject?.text ?? '', object?.text ?? '']);
    out.push(...p.adverbs, ...adjuncts);
    let body = out.filter((s) => s).join(' ');
    if (sources.length > 0) body = `according to ${sources.join(' and ')}, ${body}`;
    return { text: body, hasVerb: !!p.verb, hasSubject: !!subject, known, unknown, phrases, doubt: doubtful(items, index.stopwords, copula, unknown > 0, lightStems) || guessedSubject(p, items) || danglingCopula(body) || twoPlaces(p.adjuncts) || ledBy(adjuncts, object !== null) || unsayable, event, ...(frame ? { frame } : {}) };
  };
}
