import type { FormHit, GazetteerIndex } from './gazetteer-index.js';
import type { TokenisedSentence } from './tokens.js';

export interface EntityMatch {
  from: number;
  to: number;
  hits: FormHit[];
}

/** Longest-first, left-to-right matches of indexed forms in a sentence, whole words only. */
export function findEntityMatches(index: GazetteerIndex, sentence: TokenisedSentence): EntityMatch[] {
  const { tokens, folded } = sentence;
  const out: EntityMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    let found: EntityMatch | null = null;
    for (let n = Math.min(index.maxTokens, tokens.length - i); n >= 1 && !found; n--) {
      const parts = tokens.slice(i, i + n);
      // an institution and its city across a comma (`एम्स, ऋषिकेश` = एम्स ऋषिकेश); nothing else crosses punctuation
      const comma = n === 2 && !parts[1]?.joined && /^\s*,\s*$/u.test(folded.text.slice(parts[0]?.end ?? 0, parts[1]?.start ?? 0));
      if (parts.some((t, k) => k > 0 && !t.joined) && !comma) continue;
      const formHits = index.forms.get(parts.map((t) => t.text).join(' '));
      const hits = comma ? formHits?.filter((h) => h.entity.kind === 'organisation' && !h.short) : formHits;
      if (!hits || hits.length === 0) continue;
      const first = parts[0];
      const last = parts[parts.length - 1];
      if (!first || !last) continue;
      const raw = folded.original.slice(folded.map[first.start] ?? 0, folded.map[last.end] ?? folded.original.length);
      const ok = hits.filter((h) => textFits(h, raw));
      if (ok.length > 0) found = { from: i, to: i + n, hits: ok };
    }
    if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}

function textFits(hit: FormHit, raw: string): boolean {
  if (hit.caps !== undefined) return raw.replace(/[.\s]/g, '') === hit.caps;
  if (hit.capitalised) return /^[A-Z]/.test(raw);
  return true;
}
