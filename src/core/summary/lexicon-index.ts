import { foldKey } from '../text/devanagari.js';
import type { LexiconData, VerbEntry } from './lexicon-data.js';

export type LexKind =
  | 'role' | 'inst' | 'noun' | 'adj' | 'post' | 'gen' | 'agent' | 'according' | 'comp' | 'conj' | 'verb' | 'qual'
  | 'adv' | 'cconj' | 'rel';

/** One concrete Hindi word sequence (folded) of the lexicon. */
export interface LexEntry {
  kind: LexKind;
  words: string[];
  en: string;
  /** Matched through a plural/oblique ending. */
  plural: boolean;
  verb?: VerbEntry;
  /** A verb matched in its bare stem form (also a noun: जीत, हार). */
  bare?: boolean;
  /** Conjunctive participle ("गिरकर"): never the main verb. */
  conjunctive?: boolean;
  /** Folded Hindi key as written in the lexicon (postpositions, for verb objects). */
  key: string;
}

export interface LexiconIndex {
  data: LexiconData;
  byFirst: Map<string, LexEntry[]>;
  /** Auxiliaries and vector verbs that follow a main verb (है, गया, दिया, रहा, सकता …). */
  aux: Set<string>;
  stopwords: Set<string>;
  negation: Set<string>;
  /** Folded words that open another clause (लेकिन, हालांकि: config `clauseConjunctions`). */
  clauseConjunctions: Set<string>;
  motion: Set<string>;
  /** Folded ergative pronoun → English subject. */
  ergative: Map<string, string>;
}

const NOUN_PLURAL = ['ों', 'ें', 'एं', 'ओं', 'यों', 'यां'];
const CONSONANT_ENDINGS = ['ा', 'ि', 'े', 'ें', 'िं', 'ेगा', 'ेगि', 'ेंगे', 'ेंगि', 'ना', 'ने', 'नि', 'ता', 'ति', 'ते', 'ो'];
const VOWEL_ENDINGS = ['या', 'यि', 'इ', 'ए', 'ये', 'एं', 'एगा', 'एगि', 'एंगे', 'एंगि', 'ना', 'ने', 'नि', 'ता', 'ति', 'ते', 'ओ', 'इं'];

const split = (text: string): string[] => foldKey(text).split(/\s+/).filter((w) => w.length > 0);

/** Plural and oblique forms of a folded noun's last word: [form, plural]. */
function nounForms(word: string): [string, boolean][] {
  const forms: [string, boolean][] = [[word, false]];
  if (word.endsWith('ा')) {
    const base = word.slice(0, -1);
    forms.push([`${base}े`, false], [`${base}ों`, true], [`${word}ओं`, true], [`${word}एं`, true]);
  } else if (word.endsWith('ि')) {
    forms.push([`${word}यों`, true], [`${word}यां`, true]);
  } else {
    for (const end of NOUN_PLURAL.slice(0, 4)) forms.push([`${word}${end}`, true]);
  }
  return forms;
}

function adjectiveForms(word: string): string[] {
  if (!word.endsWith('ा')) return [word];
  const base = word.slice(0, -1);
  return [word, `${base}ि`, `${base}े`];
}

function verbForms(stem: string, light: Map<string, string[]>): [string, boolean][] {
  const listed = light.get(stem);
  if (listed) return listed.map((f) => [f, false]);
  const vowelFinal = /[ाोआ]$/.test(stem);
  const endings = vowelFinal ? VOWEL_ENDINGS : CONSONANT_ENDINGS;
  return [[stem, true], ...endings.map((e): [string, boolean] => [foldKey(stem + e), false])];
}

/** Conjunctive participle forms of a verb's stem (गिरकर, करके). */
function conjunctiveForms(stem: string, light: Map<string, string[]>): string[] {
  const listed = light.get(stem)?.filter((f) => /(कर|के)$/.test(f) && f !== stem);
  return listed && listed.length > 0 ? listed : [foldKey(`${stem}कर`)];
}

/** Compiles the lexicon into a first-word index of folded word sequences. Runs once per data load. */
export function indexLexicon(data: LexiconData): LexiconIndex {
  const byFirst = new Map<string, LexEntry[]>();
  const add = (entry: LexEntry): void => {
    const first = entry.words[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  };
  const addSimple = (kind: LexKind, hi: string, en: string, forms: (w: string) => [string, boolean][]): void => {
    const words = split(hi);
    const last = words.pop();
    if (last === undefined) return;
    for (const [form, plural] of forms(last)) add({ kind, words: [...words, form], en, plural, key: foldKey(hi) });
  };
  const exact = (w: string): [string, boolean][] => [[w, false]];
  // a noun listed as it is makes no form of another noun (वर्षों: years, never the plural of वर्षा, rains)
  const listed = new Set([data.roles, data.institutions, data.nouns].flatMap((table) => Object.keys(table).map(foldKey)));
  const forms = (w: string): [string, boolean][] => nounForms(w).filter(([form], k) => k === 0 || !listed.has(form));
  for (const [hi, en] of Object.entries(data.roles)) addSimple('role', hi, en, forms);
  for (const [hi, en] of Object.entries(data.institutions)) addSimple('inst', hi, en, forms);
  for (const [hi, en] of Object.entries(data.nouns)) addSimple('noun', hi, en, forms);
  for (const [hi, en] of Object.entries(data.adjectives)) {
    addSimple('adj', hi, en, (w) => adjectiveForms(w).map((f) => [f, false]));
  }
  for (const [hi, en] of Object.entries(data.postpositions)) addSimple('post', hi, en, exact);
  for (const [hi, en] of Object.entries(data.numberQualifiers)) addSimple('qual', hi, en, exact);
  for (const [hi, en] of Object.entries(data.adverbs)) addSimple('adv', hi, en, exact);
  for (const [hi, en] of Object.entries(data.clauseConjunctions)) addSimple('cconj', hi, en, exact);
  for (const hi of data.relativePronouns) addSimple('rel', hi, '', exact);
  const lists: [LexKind, string[]][] = [
    ['gen', data.genitive], ['agent', data.agent], ['according', data.according],
    ['comp', data.complementiser], ['conj', data.conjunctions],
  ];
  for (const [kind, words] of lists) for (const hi of words) addSimple(kind, hi, '', exact);
  const light = new Map(Object.entries(data.lightVerbs).map(([k, v]) => [foldKey(k), v.map(foldKey)]));
  for (const verb of data.verbs) {
    for (const hi of verb.hi) {
      const words = split(hi);
      const stem = words.pop();
      if (stem === undefined) continue;
      for (const [form, bare] of verbForms(stem, light)) {
        // (nor a verb's: घटना is the incident, never "falling" of घट; a bare stem, जीत, stays both)
        if (!bare && words.length === 0 && listed.has(form)) continue;
        add({ kind: 'verb', words: [...words, form], en: verb.en, plural: false, verb, bare: bare && words.length === 0, key: foldKey(hi) });
      }
      for (const form of conjunctiveForms(stem, light)) {
        add({ kind: 'verb', words: [...words, form], en: verb.en, plural: false, verb, conjunctive: true, key: foldKey(hi) });
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const t = data.tense;
  const vectorStems = ['दे', 'ले', 'जा', 'हो', 'कर', 'डाल', 'बैठ'];
  const aux = new Set([
    ...[...t.progressive, ...t.perfect, ...t.passive, ...t.passiveFuture, ...t.present, ...t.pastAux].map(foldKey),
    ...Object.keys(t.modal).map(foldKey),
    ...vectorStems.flatMap((s) => light.get(foldKey(s)) ?? []),
  ]);
  return {
    data,
    byFirst,
    aux,
    stopwords: new Set(data.stopwords.map(foldKey)),
    negation: new Set(t.negation.map(foldKey)),
    clauseConjunctions: new Set(Object.keys(data.clauseConjunctions).map(foldKey)),
    motion: new Set(data.motionNouns.map((m) => m.toLowerCase())),
    ergative: new Map(Object.entries(data.ergativePronouns).map(([k, v]) => [foldKey(k), v])),
  };
}
