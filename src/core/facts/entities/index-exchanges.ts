import type { Sentence } from '../../types.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenBounds, tokenise, tokenSpan, type Token } from './tokens.js';

/**
 * A market index named with its exchange (`बीएसई सेंसेक्स`, `एनएसई निफ्टी`) names the exchange too: the
 * index stays one mention (its English reads as one name) and the exchange is added on its first word
 * when that word is a listed exchange's own form.
 */
export function indexExchanges(index: GazetteerIndex, sentences: readonly Sentence[], pending: readonly Pending[]): Pending[] {
  const out: Pending[] = [];
  const indices = pending.filter((p) => p.entity?.type === 'index' && !p.short);
  if (indices.length === 0) return out;
  const bySentence = new Map(sentences.map((s) => [s.index, s]));
  for (const p of indices) {
    const sentence = bySentence.get(p.sentence);
    if (!sentence) continue;
    const ts = tokenise(sentence.text);
    // (an index mention starts on a token: the gazetteer matched it there)
    const at = tokenBounds(ts).byStart.get(p.span.start);
    const first = at === undefined ? undefined : ts.tokens[at];
    if (at === undefined || !first || tokenSpan(ts, at, at + 1).end >= p.span.end) continue;
    const exchange = (index.forms.get(phraseKey(first.text)) ?? []).find((h) => !h.short && h.entity.type === 'exchange')?.entity;
    if (!exchange) continue;
    const span = tokenSpan(ts, at, at + 1);
    out.push({ sentence: p.sentence, span, text: sentence.text.slice(span.start, span.end), kind: 'organisation', entity: exchange });
  }
  return out;
}

/** The genitive after a main index (`निफ्टी का`). */
const OF = new Set(['का', 'के', 'की'].map(phraseKey));
/** Nouns of compound postpositions after a genitive (के साथ, के अलावा, की तरह, की तुलना में). */
const COMPOUND = new Set(['साथ', 'अलावा', 'तरह', 'तुलना', 'मुकाबले', 'बाद', 'पहले', 'बजाय', 'समान', 'अनुसार', 'मुताबिक', 'बराबर', 'विपरीत'].map(phraseKey));
/** Most words of the other index's own name between the genitive and its head. */
const SECTOR_WORDS = 3;

/** A genitive at `at` and, one to three joined words on, an index's head: `निफ्टी का रियल्टी इंडेक्स` names another index. */
export function sectorIndexAfter(heads: ReadonlySet<string>, tokens: readonly Token[], at: number): boolean {
  // (not a compound postposition, `सेंसेक्स के साथ बैंक इंडेक्स`, `निफ्टी की तरह`: the main index is named, reviewer)
  if (!OF.has(tokens[at]?.text ?? '') || COMPOUND.has(tokens[at + 1]?.text ?? '')) return false;
  for (let k = at + 2; k <= at + 1 + SECTOR_WORDS; k++) {
    if (tokens[k]?.joined !== true) return false;
    if (heads.has(tokens[k]?.text ?? '')) return true;
  }
  return false;
}
