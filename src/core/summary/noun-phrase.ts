import type { EntityRenderer } from './english-entities.js';
import type { LexiconIndex } from './lexicon-index.js';
import { createUnitRenderer, EMPTY_NP, type NounPhrase } from './noun-unit.js';
import type { Item } from './tokens.js';

export type { HeadKind, NounPhrase } from './noun-unit.js';

export interface NounPhraseRenderer {
  render(items: readonly Item[], full: boolean): NounPhrase;
}


/** Quantifiers that open an English noun phrase, before any modifier. */
const QUANTIFIER = /^((?:several|many|some|all|both|few|a few|various|other|each|every|most|two|three|four|five|six|seven|eight|nine|ten) )(.+)$/i;

/** A head's opening quantifier and the rest: ["several ", "teams"], or ["", head] without one. */
function quantified(head: string): [string, string] {
  const m = QUANTIFIER.exec(head);
  return m ? [m[1] ?? '', m[2] ?? head] : ['', head];
}

export function createNounPhraseRenderer(index: LexiconIndex, entities: EntityRenderer): NounPhraseRenderer {
  const unit = createUnitRenderer(index, entities);

  /** Stretches joined by और/तथा. */
  function segment(items: readonly Item[], full: boolean): NounPhrase {
    const parts: Item[][] = [[]];
    for (const it of items) {
      if (it.kind === 'conj') parts.push([]);
      else parts[parts.length - 1]?.push(it);
    }
    const rendered = parts.map((p) => unit(p, full)).filter((p) => p.text || p.unknown);
    const texts = rendered.map((p) => p.text).filter((t) => t);
    if (rendered.length <= 1) return rendered[0] ?? EMPTY_NP;
    const last = rendered[rendered.length - 1] as NounPhrase;
    return {
      ...last,
      text: texts.length > 1 ? `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}` : (texts[0] ?? ''),
      plural: texts.length > 1 || last.plural,
      demonym: undefined,
      known: rendered.reduce((s, p) => s + p.known, 0),
      unknown: rendered.reduce((s, p) => s + p.unknown, 0),
    };
  }

  function combine(head: NounPhrase, mod: NounPhrase): NounPhrase {
    if (!mod.text) return { ...head, unknown: head.unknown + mod.unknown };
    const sum = { known: head.known + mod.known, unknown: head.unknown + mod.unknown };
    if (!head.text) return { ...mod, ...sum };
    // "ROLE की PERSON" and "PERSON का PLACE" are no apposition or ownership but a genitive of a noun
    // further on ("बांग्लादेश की प्रधानमंत्री की मोदी से मुलाक़ात", "हसीना का राष्ट्रपति भवन में स्वागत"):
    // the modifier is left out and the phrase counts as not read ("Bangladeshi Prime Minister Narendra Modi" was wrong)
    // (so are "PERSON की ROLE" — `जयशंकर की चीन के विदेश मंत्री से मुलाकात` is Jaishankar's meeting, never "S. Jaishankar's
    // Chinese Foreign Minister" — and a place owned by anything but a place: `वंदे भारत एक्सप्रेस के दिल्ली से वाराणसी` is the
    // train's Delhi–Varanasi fare, never "Delhi of Vande Bharat Express")
    if ((head.kind === 'person' && (mod.kind === 'role' || mod.kind === 'person')) || (mod.kind === 'person' && head.kind === 'role')
      || (head.kind === 'place' && mod.kind !== 'place' && mod.kind !== 'none')) {
      return { ...head, known: sum.known, unknown: sum.unknown + 1, demonym: undefined };
    }
    // "Russian Far East" after "रूस के", "North Korean leader Kim" after "उत्तर कोरिया के"
    if (head.text.includes(mod.text) || (mod.demonym && head.text.includes(mod.demonym))) return { ...head, ...sum };
    let text: string;
    // a modifier before the head goes after its quantifier: "पुलिस की कई टीमें" → "several police teams"
    const [det, bare] = quantified(head.text);
    if (mod.kind === 'place' && mod.demonym && ['person', 'role', 'inst'].includes(head.kind)) text = `${det}${mod.demonym} ${bare}`;
    else if (head.motion && mod.kind !== 'person' && mod.kind !== 'org' && mod.kind !== 'role') text = `${head.text} to ${mod.text}`;
    // a role's visit is the visitor's (बंगलादेश के विदेश मंत्री की यात्रा: the foreign minister's visit, not a visit to him)
    else if (mod.kind === 'person' || mod.kind === 'place' || (head.motion && mod.kind === 'role')) text = head.text.includes("'s ") ? `${head.text} of ${mod.text}` : `${mod.text}'s ${head.text}`;
    // a modifier that is itself a genitive chain goes after its head: "net profit of Bandhan Bank of
    // private sector", not "Bandhan Bank of private sector net profit"
    else if ((mod.kind === 'org' || mod.kind === 'inst' || mod.kind === 'role') && !mod.text.includes(' of ')) text = `${det}${mod.text} ${bare}`;
    else text = `${head.text} of ${mod.text}`;
    return { ...head, text, ...sum, demonym: undefined };
  }

  /**
   * "X के राष्ट्रपति A और Y के नेता B": coordinated names each keep their own genitives; in "मिस्र और
   * जर्मनी के दौरे" (no genitive before और) both names own the one noun: a visit to Egypt and Germany.
   */
  function conjuncts(items: readonly Item[]): Item[][] {
    const parts: Item[][] = [[]];
    items.forEach((it, i) => {
      const prev = items[i - 1];
      const named = prev?.kind === 'mention' || prev?.kind === 'noun' || prev?.kind === 'inst';
      const ownGenitive = (parts[parts.length - 1] ?? []).some((x) => x.kind === 'gen');
      if (it.kind === 'conj' && named && ownGenitive && items.slice(i + 1).some((x) => x.kind === 'gen')) parts.push([]);
      else parts[parts.length - 1]?.push(it);
    });
    return parts.filter((p) => p.length > 0);
  }

  return {
    render(items, full) {
      const parts = conjuncts(items);
      if (parts.length > 1) {
        const nps = parts.map((p) => this.render(p, full));
        const last = nps[nps.length - 1] as NounPhrase;
        const texts = nps.map((n) => n.text).filter((t) => t);
        return {
          ...last,
          text: texts.length > 1 ? `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}` : (texts[0] ?? ''),
          plural: true,
          known: nps.reduce((s, n) => s + n.known, 0),
          unknown: nps.reduce((s, n) => s + n.unknown, 0),
        };
      }
      const segs: Item[][] = [[]];
      for (const it of items) {
        if (it.kind === 'gen') segs.push([]);
        else segs[segs.length - 1]?.push(it);
      }
      const lastSeg = segs[segs.length - 1] as Item[];
      const dangling = segs.length > 1 && lastSeg.every((it) => it.kind === 'adj' || it.kind === 'word');
      if (dangling) segs.pop();
      // "रूस के सुदूर पूर्व की यात्रा": a place or thing before a non-motion noun modifies that noun first
      const merged: NounPhrase[] = [];
      for (const np of segs.map((s) => segment(s, full))) {
        const prev = merged[merged.length - 1];
        if (prev && prev.kind !== 'person' && prev.kind !== 'none' && np.text && !np.motion) {
          merged[merged.length - 1] = { ...combine(np, prev), kind: prev.kind === 'place' && np.kind === 'noun' ? 'place' : np.kind };
        } else merged.push(np);
      }
      let np = merged[merged.length - 1] ?? EMPTY_NP;
      for (let k = merged.length - 2; k >= 0; k--) np = combine(np, merged[k] as NounPhrase);
      return { ...np, dangling };
    },
  };
}
