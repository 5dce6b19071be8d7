import { initialLetter, spellAcronym } from './latin-letters.js';
import type { Sentence } from '../../types.js';
import type { EntityMatch } from './entity-matches.js';
import type { IndexedEntity } from './gazetteer-index.js';
import { tokensText } from './guessed-names.js';
import type { Pending } from './resolve-short-forms.js';
import type { SentenceTools } from './sentence-tools.js';
import type { TokenisedSentence } from './tokens.js';

/**
 * Adds the sentence's local institutions named by their own words (जोखना देवी इंटर कॉलेज), unless a
 * listed organisation covers the head. A listed place or person in the name keeps its English
 * (दिल्ली पब्लिक स्कूल → Delhi Public School); other words are romanised.
 */
export function addNamedInstitutions(
  tools: SentenceTools,
  ts: TokenisedSentence,
  sentence: Sentence,
  matches: readonly EntityMatch[],
  claimed: readonly boolean[],
  claim: (from: number, to: number) => void,
  base: (from: number, to: number) => Pending,
  out: Pending[],
): void {
  const listedOrganisation = (k: number): boolean => matches.some((m) => m.from <= k && k < m.to && m.hits.some((h) => h.entity.kind === 'organisation'));
  const nameEn = (from: number, to: number): string => {
    const parts: string[] = [];
    for (let k = from; k < to;) {
      const known = matches.find((m) => m.from === k && m.to <= to && m.hits.some((h) => !h.short && h.entity.kind !== 'organisation'));
      // (a run of spelled letters is an acronym: एस.डी.एम.एस. → SDMS, never "Es Di Em Es")
      let letters = k;
      while (letters < to && initialLetter(ts.tokens[letters]?.text ?? '') !== undefined) letters++;
      const acronym = known === undefined && letters - k >= 2 ? spellAcronym(tokensText(ts, sentence, k, letters)) : null;
      const end = known ? known.to : acronym !== null ? letters : k + 1;
      parts.push(known ? (known.hits.find((h) => !h.short)?.entity.en ?? '') : acronym ?? tools.romaniseName(tokensText(ts, sentence, k, end)));
      k = end;
    }
    return parts.join(' ');
  };
  for (const n of tools.institutions(ts.tokens, claimed, listedOrganisation, ts.folded.text)) {
    // (a listed name in a town body's name: a place's own body, placeBodies' to name, or a party's, `भाजपा नगर निगम चुनाव`: none)
    if (n.town && matches.some((m) => m.from < n.head && m.to > n.from)) continue;
    claim(n.from, n.to);
    const en = `${nameEn(n.from, n.head)} ${n.headEn}`;
    const entity: IndexedEntity = { id: `organisation:${en}`, kind: 'organisation', en, hi: tokensText(ts, sentence, n.from, n.to), keys: [] };
    out.push({ ...base(n.from, n.to), entity });
  }
}
