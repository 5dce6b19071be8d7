import { foldKey } from '../text/devanagari.js';
import { verbForms } from './english-morph.js';
import type { LexiconData } from './lexicon-data.js';
import type { Item } from './tokens.js';

/** A future form: a vowel sign (and nasal), then गा/गी/गे (रहेंगे, जाएगा, होगी), never लगा or भागे. */
const FUTURE_FORM = /(?:[ेोू]|ए|ओ)[ंँ]?ग[ाीे]$/u;

export type Tense = 'past' | 'present' | 'future' | 'progressive' | 'perfect' | 'infinitive';

export interface VerbAnalysis {
  tense: Tense;
  passive: boolean;
  negative: boolean;
  /** English modal or intent before the base form ("may", "is expected to"). */
  modal: string | null;
}

export interface VerbPhrases {
  /** Reads tense, voice, modality and negation from the verb item, its auxiliaries and what follows. */
  analyse(verb: Item, before: Item | undefined, after: string): VerbAnalysis;
  /** Conjugates the English verb phrase for a subject of the given number. */
  conjugate(en: string, a: VerbAnalysis, plural: boolean): string;
  /** The verb phrase with its object, before a destination the verb ends in ("sent accused to jail"). */
  withObject(verb: string, obj: string): string;
  /** True for an English verb with no passive (fall, rise): "800 अंकों की गिरावट दर्ज की गई" is no "800 points were fallen". */
  passiveless(en: string): boolean;
}

/** Words after a negation that make it no denial of the verb before it (न कि: rather than; नहीं तो: otherwise; ना ही). */
const NOT_DENIAL = new Set(['कि', 'तो', 'ही'].map(foldKey));

export function createVerbPhrases(data: LexiconData): VerbPhrases {
  const t = data.tense;
  const set = (list: string[]): Set<string> => new Set(list.map(foldKey));
  const progressive = set(t.progressive);
  const perfect = set(t.perfect);
  const passive = set(t.passive);
  const passiveFuture = set(t.passiveFuture);
  const noPassive = new Set(data.intransitiveVerbs);
  const subjunctive = set(t.subjunctive);
  const present = set(t.present);
  const pastAux = set(t.pastAux);
  const negation = set(t.negation);
  const future = t.future.map(foldKey);
  const modal = new Map(Object.entries(t.modal).map(([k, v]) => [foldKey(k), v]));
  const intent = Object.entries(t.intent).map(([k, v]) => [foldKey(k), v] as const);
  const light = new Set(Object.keys(data.lightVerbs).map(foldKey));
  const intransitiveLight = new Set(['हो', ...t.intransitive].map(foldKey));

  // longest first: "to judicial custody" before "to custody"
  const destinations = [...data.destinations].sort((a, b) => b.length - a.length);
  return {
    withObject(verb, obj) {
      const dest = obj === '' ? undefined : destinations.find((d) => verb.endsWith(` ${d}`));
      return dest === undefined ? `${verb} ${obj}`.trim() : `${verb.slice(0, -dest.length - 1)} ${obj} ${dest}`;
    },
    analyse(verb, before, after) {
      const words = foldKey(verb.text).split(/\s+/);
      const form = words[words.length - 1] ?? '';
      const tail = verb.tail ?? [];
      const key = verb.entry?.key.split(/\s+/) ?? [];
      const lightStem = key[key.length - 1] ?? '';
      // (a negation right after the verb, before its auxiliary, denies it too: `मैच हारी नहीं है`; not `जीता न कि ड्रॉ
      // कराया`, rather than, nor `नहीं तो`, otherwise)
      const [next, then] = foldKey(after).trim().split(/\s+/u);
      const negative = before?.kind === 'neg' || verb.negated === true || (negation.has(next ?? '') && !NOT_DENIAL.has(then ?? ''));
      const ending = (w: string): boolean => future.some((f) => w.endsWith(f));
      let modalEn: string | null = null;
      for (const w of tail) modalEn = modal.get(w) ?? modalEn;
      const infinitive = /(ना|ने|नि)$/.test(form) && tail.length === 0;
      const afterFold = foldKey(after).trim();
      if (infinitive) {
        const found = intent.find(([hi]) => afterFold.startsWith(hi));
        if (found) return { tense: 'present', passive: false, negative, modal: found[1] };
        if (afterFold.startsWith(foldKey('चाहिए'))) modalEn = 'should';
      }
      const transitive = !intransitiveLight.has(lightStem) && (light.has(lightStem) || verb.entry?.verb?.obj !== undefined);
      // a perfective form (किया, मारे); an imperfective participle (बढ़ते, बढ़ती) before जा is "keep doing", no passive
      const shaped = (w: string): boolean => /(ा|ि|े|ए|या|यि|इ|ये)$/.test(w) && !/त(?:ा|ि|े|ी)$/.test(w);
      const perfective = transitive && form !== lightStem && shaped(form);
      // "किया गया", "कर लिया गया", "मारे गए": a passive marker right after a perfective form
      const seq = [form, ...tail];
      const isPassive = transitive && seq.some((w, k) => k > 0 && (passive.has(w) || passiveFuture.has(w))
        && (k > 1 ? shaped(seq[k - 1] as string) : perfective));
      if (tail.some((w) => subjunctive.has(w))) return { tense: 'present', passive: perfective, negative, modal: 'should' };
      let tense: Tense = 'past';
      // the future ending follows the stem: "मांगेगा" is future, "मांगा" (stem मांग + ा) is past
      const afterStem = form.startsWith(lightStem) ? form.slice(lightStem.length) : form;
      // a verb listed by its future form (रहेंगे) has no ending after its key: the form itself says it (not लगा)
      const futureForm = afterStem === '' && FUTURE_FORM.test(verb.text.trim().split(/\s+/u).at(-1) ?? '');
      if (tail.some((w) => passiveFuture.has(w)) || (ending(afterStem) && afterStem.length >= 2) || futureForm || tail.some(ending)) tense = 'future';
      else if (tail.some((w) => progressive.has(w))) tense = tail.some((w) => pastAux.has(w)) ? 'past' : 'progressive';
      else if (tail.some((w) => perfect.has(w))) tense = 'perfect';
      else if (/(ता|ति|ते|ना)$/.test(form) && tail.some((w) => present.has(w))) tense = 'present';
      else if (present.has(form)) tense = 'present';
      else if (infinitive && !modalEn) tense = 'infinitive';
      if (modalEn) tense = 'present';
      return { tense, passive: isPassive, negative, modal: modalEn };
    },

    passiveless: (en) => noPassive.has(en.split(' ')[0] ?? ''),

    conjugate(en, a, plural) {
      const [first = '', ...restWords] = en.split(' ');
      const rest = restWords.length > 0 ? ` ${restWords.join(' ')}` : '';
      const f = verbForms(first, data.irregular);
      const be = { present: plural ? 'are' : 'is', past: plural ? 'were' : 'was', have: plural ? 'have' : 'has' };
      const not = a.negative ? ' not' : '';
      if (a.modal) {
        const m = plural ? a.modal.replace(/^is /, 'are ').replace(/^(\w+)s to /, '$1 to ') : a.modal;
        return `${m}${not} ${a.passive ? `be ${f.participle}` : f.base}${rest}`;
      }
      if (a.passive || first === 'be') {
        const pp = first === 'be' ? restWords.join(' ') : `${f.participle}${rest}`;
        switch (a.tense) {
          case 'future': return `will${not} be ${pp}`;
          case 'present': return `${be.present}${not} ${pp}`;
          case 'progressive': return `${be.present}${not} being ${pp}`;
          case 'perfect': return `${be.have}${not} been ${pp}`;
          case 'infinitive': return `${a.negative ? 'not ' : ''}to be ${pp}`;
          default: return `${be.past}${not} ${pp}`;
        }
      }
      switch (a.tense) {
        case 'future': return `will${not} ${f.base}${rest}`;
        case 'present': return a.negative ? `${plural ? 'do' : 'does'} not ${f.base}${rest}` : `${plural ? f.base : f.third}${rest}`;
        case 'progressive': return `${be.present}${not} ${f.ing}${rest}`;
        case 'perfect': return `${be.have}${not} ${f.participle}${rest}`;
        case 'infinitive': return `${a.negative ? 'not ' : ''}to ${f.base}${rest}`;
        default: return a.negative ? `did not ${f.base}${rest}` : `${f.past}${rest}`;
      }
    },
  };
}
