import { foldKey } from '../text/devanagari.js';
import { splitInfinitive } from './clause-frames.js';
import { parseClause, type Chunk } from './clause-parse.js';
import { createEntityRenderer } from './english-entities.js';
import { verbForms } from './english-morph.js';
import type { LexiconIndex } from './lexicon-index.js';
import { createNounPhraseRenderer } from './noun-phrase.js';
import { EMPTY_NP } from './noun-unit.js';
import type { Item } from './tokens.js';
import { createVerbPhrases } from './verb-phrases.js';

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
  /** Every clause has its verb and the first its subject (set for whole sentences, not clauses). */
  complete?: boolean;
  /** The clause names an event without a subject ("बारिश हुई" → "rain"): complete without one. */
  event?: boolean;
  /** The clause holds what one reading cannot place: two agents (ने … ने) or a verb it dropped. */
  doubt?: boolean;
}

const BLANK = new Set(['punct', 'aux', 'neg', 'quote']);

/**
 * What one reading cannot place: two agents (ने … ने); a verb that is neither the main verb, a
 * participle nor a gerund before a postposition; an unknown word where Hindi puts its verb (last),
 * so the verb read is not the predicate; an unknown word beside a name or office; words after the
 * verb (a participle before its noun: "गिरफ्तार किए गए आरोपी").
 */
function doubtful(items: readonly Item[], stopwords: ReadonlySet<string>, copula: ReadonlySet<string>, unread: boolean): boolean {
  const unknown = (it: Item | undefined): boolean => it?.kind === 'word' && !stopwords.has(foldKey(it.text));
  if (items.filter((i) => i.kind === 'agent').length > 1) return true;
  const verbs = items.filter((it, k) => it.kind === 'verb' && !it.entry?.conjunctive && !['post', 'gen'].includes(items[k + 1]?.kind ?? ''));
  if (verbs.length > 1) return true;
  const content = items.filter((i) => !BLANK.has(i.kind));
  const last = content[content.length - 1];
  // (unless the renderer read it as part of its frame: "भेजने की तैयारी कर रहा" → "is preparing to send")
  if (unread && last && unknown(last)) return true;
  // an unknown word beside a name or office: the name may be longer ("हैदराबाद हाउस") or the office qualified
  if (items.some((it, k) => unknown(it) && [items[k - 1], items[k + 1]].some((n) => n?.kind === 'mention' || n?.kind === 'role'))) return true;
  // an unread infinitive before a genitive ("कॉलेज खोलने का फैसला"): what was decided or demanded is not read
  if (items.some((it, k) => unknown(it) && /(?:ने|ना)$/u.test(it.text) && items[k + 1]?.kind === 'gen')) return true;
  // an unread word right before ने is the agent's head ("पुतिन के भाई ने कहा": the brother said, not Putin)
  if (items.some((it, k) => unknown(it) && items[k + 1]?.kind === 'agent')) return true;
  // an unknown word in a list of names ("मोदी, शाह और नड्डा ने"): the list, and so the subject, is not read whole
  const joiner = (n: Item | undefined): boolean => n?.kind === 'conj' || (n?.kind === 'punct' && n.text === ',');
  if (items.some((it, k) => unknown(it) && ((joiner(items[k - 1]) && items[k - 2]?.kind === 'mention') || (joiner(items[k + 1]) && items[k + 2]?.kind === 'mention')))) return true;
  const verb = verbs[0];
  if (!verb) return false;
  // a bare stem before a copula alone is a noun ("न्याय की जीत है" is a victory, not "won")
  if (verb.entry?.bare && (verb.tail ?? []).length > 0 && (verb.tail ?? []).every((t) => copula.has(t))) return true;
  const k = items.indexOf(verb);
  // a person after the verb is a headline's inverted subject ("उत्तर कोरिया पहुंचे पुतिन"); after an
  // agent (ने) the noun after the verb is a headline's inverted object ("विभाग ने जारी किया अलर्ट")
  if (items.slice(0, k).some((i) => i.kind === 'agent')) return false;
  return items.slice(k + 1).some((i) => !BLANK.has(i.kind) && i.mention?.kind !== 'person');
}

/** Without ने the subject is a guess, and a list item ("राजस्थान, मध्य प्रदेश … में बीजेपी") is no subject. */
function guessedSubject(p: ReturnType<typeof parseClause>, items: readonly Item[]): boolean {
  if (!p.subject || p.subject.post) return false;
  // a list before the verb ("राजस्थान, मध्य प्रदेश और छत्तीसगढ़ में बीजेपी …"): its first item need not be the subject
  const end = p.subject.items[p.subject.items.length - 1];
  const after = end ? items[items.indexOf(end) + 1] : undefined;
  if (after?.kind === 'punct' && after.text === ',') return true;
  return false;
}

export type ClauseRenderer = (items: readonly Item[], text: string, continued?: boolean) => Rendered;

/** Subject, verb, object, adverbs and adjuncts of one clause, in English order. */
export function createClauseRenderer(index: LexiconIndex): ClauseRenderer {
  const entities = createEntityRenderer(index.data);
  const nps = createNounPhraseRenderer(index, entities);
  const verbs = createVerbPhrases(index.data);
  const t = index.data.tense;
  const copulaForms = [...t.present, ...t.pastAux, ...(index.data.lightVerbs['हो'] ?? []).filter((f) => /(गा|गी|गे)$/.test(f))];
  const copula = new Set(copulaForms.map(foldKey));
  const margins = new Set(index.data.marginUnits);
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
      if (r.text && r.unknown === 0) phrases.push({ text: r.text, at: c.items[0]?.start ?? 0 });
      // each conjunct is a phrase of its own too: "73.18 और महिला मतदाताओं" keeps "women voters" when
      // the figure makes the whole unfit for a structured line
      if (c.items.some((it) => it.kind === 'conj') && c.items.some((it) => it.kind === 'number')) phrases.push(...conjuncts(c.items).filter((part) => part.some((it) => it.kind !== 'mention')).map((part) => ({ part, r: nps.render(part, full) })).filter(({ r }) => r.text && r.unknown === 0).map(({ part, r }) => ({ text: r.text, at: part[0]?.start ?? 0 })));
      return r.text ? r : null;
    };
    let subject = np(p.subject, true);
    let object = np(p.object);
    const sources = p.sources.map((c) => np(c)?.text).filter((s): s is string => !!s);
    const adjuncts = p.adjuncts.map((c) => {
      const r = np(c);
      if (!r) return '';
      let prep = c.post?.kind === 'post' ? c.post.en : c.post?.kind === 'agent' ? 'by' : '';
      // "6 मार्च तक सौंपने" → "by 6 March"; "18 जून तक चलेगी" → "until 18 June"
      if (prep === 'until' && !p.verb?.entry?.verb?.durative) prep = 'by';
      if (prep === 'on' && locations.has(r.text.split(' ').pop()?.toLowerCase() ?? '')) prep = 'at';
      // "छह विकेट से हराया" → "by six wickets": a margin; "3-1 से हराया" → "3–1": a score is no margin
      const figure = c.items.find((i) => i.kind === 'number');
      const unit = figure?.number?.unit;
      if (prep === 'from' && unit && margins.has(unit) && figure && SCORE.test(figure.text)) return scoreText(figure.text);
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
      // a passive without a subject: the thing done ("गठबंधन का निर्माण नहीं किया जाए")
      if (a.passive && !subject && object && (!p.object?.post || p.object.post.entry?.key === foldKey('को'))) {
        subject = object;
        object = null;
      }
      if (a.passive && !subject) {
        const patient = p.adjuncts.map((c) => nps.render(c.items, false)).find((r) => r.dangling && r.text);
        if (patient) {
          subject = patient;
          adjuncts.splice(adjuncts.indexOf(patient.text), 1);
        }
      }
      let en = p.en ?? v.en;
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
      const marked = p.subject?.post?.kind === 'agent' && subject !== null && subject.unknown === 0 && !a.passive && en !== 'be';
      if (marked && subject) frame = { subject: subject.text, verb: verbs.conjugate(en, a, subject.plural) };
      const obj = object ? `${prep ? `${prep} ` : ''}${object.text}` : '';
      const pred = p.predicate ? predicateText(p.predicate) : '';
      if (subject) out.push(subject.text, verbs.conjugate(en, a, subject.plural), obj, pred);
      else if (v.noun && (v.mutual || /(^| )हो$/.test(p.verb.entry?.key ?? ''))) {
        out.push(v.noun, obj ? `${prep ?? 'of'} ${object?.text}` : '');
        event = true;
      }
      else out.push(verbs.conjugate(en, a, false), obj, pred);
    } else out.push(...[subject?.text ?? '', object?.text ?? '']);
    out.push(...p.adverbs, ...adjuncts);
    let body = out.filter((s) => s).join(' ');
    if (sources.length > 0) body = `according to ${sources.join(' and ')}, ${body}`;
    return { text: body, hasVerb: !!p.verb, hasSubject: !!subject, known, unknown, phrases, doubt: doubtful(items, index.stopwords, copula, unknown > 0) || guessedSubject(p, items), event, ...(frame ? { frame } : {}) };
  };
}

/** The parts of a coordinated chunk, split at its conjunctions (a name alone is listed as a name, not a phrase). */
function conjuncts(items: readonly Item[]): Item[][] {
  const parts: Item[][] = [[]];
  for (const it of items) {
    if (it.kind === 'conj') parts.push([]);
    else parts.at(-1)?.push(it);
  }
  return parts.filter((part) => part.length > 0);
}

/** Two figures of a score: `3-1`, `21 - 15`, `२-१`. */
const SCORE = /^\s*[\p{N}]+\s*[-–]\s*[\p{N}]+/u;

/** A score as English prints it: `3-1 से` → `3–1` (Devanagari digits as ASCII). */
function scoreText(text: string): string {
  const ascii = text.replace(/[०-९]/gu, (d) => String(d.charCodeAt(0) - 0x0966));
  const m = /(\d+)\s*[-–]\s*(\d+)/u.exec(ascii);
  return m ? `${m[1]}–${m[2]}` : ascii.trim();
}
