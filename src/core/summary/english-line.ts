import type { ArticleFacts, Sentence } from '../types.js';
import { parseClause, type Chunk } from './clause-parse.js';
import { splitClauses, splitReported } from './clause-split.js';
import { createWhen } from './english-date.js';
import { createEntityRenderer } from './english-entities.js';
import { capitalise, verbForms } from './english-morph.js';
import { foldKey } from '../text/devanagari.js';
import { factsLine } from './facts-line.js';
import type { LexiconIndex } from './lexicon-index.js';
import { createNounPhraseRenderer } from './noun-phrase.js';
import { reorderHeadlineVerb } from './english-title.js';
import { tokenize, type Item } from './tokens.js';
import { createVerbPhrases } from './verb-phrases.js';

interface Rendered {
  text: string;
  hasVerb: boolean;
  hasSubject: boolean;
  known: number;
  unknown: number;
  phrases: string[];
}

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]+/g;

/** Removes any Devanagari left over and tidies spaces and punctuation. */
export function tidyEnglish(text: string): string {
  return text.replace(DEVANAGARI, ' ').replace(/\s+([,.;:)])/g, '$1').replace(/\(\s+/g, '(')
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

export interface EnglishLines {
  /** `headline`: also read verb-first headline order. */
  line(sentence: Sentence, facts: ArticleFacts, headline?: boolean): string;
}

export function createEnglishLines(index: LexiconIndex): EnglishLines {
  const entities = createEntityRenderer(index.data);
  const nps = createNounPhraseRenderer(index, entities);
  const verbs = createVerbPhrases(index.data);
  const when = createWhen(index.data);
  const t = index.data.tense;
  const copulaForms = [...t.present, ...t.pastAux, ...(index.data.lightVerbs['हो'] ?? []).filter((f) => /(गा|गी|गे)$/.test(f))];
  const copula = new Set(copulaForms.map(foldKey));
  const margins = new Set(index.data.marginUnits);
  const locations = new Set(index.data.locationNouns.map((l) => l.toLowerCase()));
  const ing = (en: string): string => {
    const [first = '', ...rest] = en.split(' ');
    return [verbForms(first, index.data.irregular).ing, ...rest].join(' ');
  };

  function clause(items: readonly Item[], text: string, continued = false): Rendered {
    const p = parseClause(items, copula, ing, continued);
    const phrases: string[] = [];
    let known = 0;
    let unknown = 0;
    const np = (c: Chunk | undefined, full = false): ReturnType<typeof nps.render> | null => {
      if (!c) return null;
      const r = nps.render(c.items, full);
      known += r.known;
      unknown += r.unknown;
      if (r.text) phrases.push(r.text);
      return r.text ? r : null;
    };
    let subject = np(p.subject, true);
    let object = np(p.object);
    const sources = p.sources.map((c) => np(c)?.text).filter((s): s is string => !!s);
    const adjuncts = p.adjuncts.map((c) => {
      const r = np(c);
      if (!r) return '';
      let prep = c.post?.kind === 'post' ? c.post.en : c.post?.kind === 'agent' ? 'by' : '';
      if (prep === 'on' && locations.has(r.text.split(' ').pop()?.toLowerCase() ?? '')) prep = 'at';
      // "छह विकेट से हराया" → "by six wickets": a margin
      const unit = c.items.find((i) => i.kind === 'number')?.number?.unit;
      if (prep === 'from' && unit && margins.has(unit)) prep = 'by';
      return prep ? `${prep} ${r.text}` : r.text;
    }).filter((s) => s.length > 0).reverse();
    const out: string[] = [];
    const v = p.verb?.entry?.verb;
    if (p.verb && v) {
      known += 1;
      const a = verbs.analyse(p.verb, p.beforeVerb, text.slice(p.verb.end));
      if (a.passive && p.subject?.post?.kind === 'agent') a.passive = false;
      // a passive without a subject: the thing done ("गठबंधन का निर्माण नहीं किया जाए")
      if (a.passive && !subject && object) {
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
      const obj = object ? `${v.prep ? `${v.prep} ` : ''}${object.text}` : '';
      if (subject) out.push(subject.text, verbs.conjugate(v.en, a, subject.plural), obj);
      else if (v.noun && (v.mutual || /(^| )हो$/.test(p.verb.entry?.key ?? ''))) out.push(v.noun, obj ? `${v.prep ?? 'of'} ${object?.text}` : '');
      else out.push(verbs.conjugate(v.en, a, false), obj);
    } else out.push(...[subject?.text ?? '', object?.text ?? '']);
    out.push(...p.adverbs, ...adjuncts);
    let body = out.filter((s) => s).join(' ');
    if (sources.length > 0) body = `according to ${sources.join(' and ')}, ${body}`;
    return { text: body, hasVerb: !!p.verb, hasSubject: !!subject, known, unknown, phrases };
  }

  /** Coordinated clauses, each rendered on its own and joined. */
  function clauses(items: readonly Item[], text: string): Rendered {
    const { clauses: parts, joiners } = splitClauses(items);
    const lead = items[0]?.kind === 'cconj' ? `${items[0].en} ` : '';
    if (parts.length === 1) {
      const r = clause(items, text);
      return { ...r, text: r.text ? `${lead}${r.text}` : '' };
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
    };
  }

  /** Reported speech ("X ने कहा कि Y") becomes "X said Y"; nested reports recurse. */
  function render(items: readonly Item[], text: string, depth = 0): Rendered {
    const split = depth < 3 ? splitReported(items) : null;
    if (!split) return clauses(items, text);
    const main = render(split.said, text, depth + 1);
    const head = clause(split.speaker, text);
    const merged = {
      ...main,
      known: main.known + head.known,
      unknown: main.unknown + head.unknown,
      phrases: [...head.phrases, ...main.phrases],
    };
    // a speaker without a name ("उन्होंने कहा" unread) adds nothing
    if ((!head.hasVerb || !head.hasSubject) && !/^according/.test(head.text)) return merged;
    return { ...merged, hasSubject: main.hasSubject || head.hasSubject, text: `${head.text} ${main.text}`.trim() };
  }

  return {
    line(sentence, facts, headline = false) {
      const tokens = tokenize(sentence, facts, index);
      const items = trimSentence(headline ? reorderHeadlineVerb(tokens, index) : tokens);
      const dates = items.filter((i) => i.kind === 'date' && i.date);
      const whens = dates.map((d) => (d.date ? when(d.date) : '')).filter((w) => w);
      // a date becomes a chunk boundary, so that its neighbours do not merge
      const rest = items.map((i): Item => (i.kind === 'date' ? { ...i, kind: 'punct', text: '' } : i));
      const r = render(rest, sentence.text);
      const coverage = r.known / Math.max(1, r.known + r.unknown);
      const weak = !r.hasVerb && (!headline || !r.hasSubject) || coverage < 0.34 || r.text.split(' ').length < 2;
      const full = `${r.text}${whens.length > 0 ? ` ${[...new Set(whens)].join(' and ')}` : ''}`;
      // weak readings give way to the facts line; with no facts at all, the best reading is kept
      const line = weak ? factsLine(sentence, facts, r.phrases) || full.trim() || r.phrases.join(' · ') : full;
      return capitalise(tidyEnglish(line));
    },
  };
}
