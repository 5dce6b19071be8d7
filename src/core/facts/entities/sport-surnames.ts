import type { Sentence } from '../../types.js';
import type { GazetteerIndex, IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { lastWordsOf, personLastWords } from './mention-rules.js';
import { phraseKey, tokenise, tokenSpan } from './tokens.js';

/** Listed people a surname may be shared with (a scientist Dhawan and the cricketer): more, and it names no one alone (a family name, not a player). */
const MAX_SHARED = 5;

/** Words after a surname that make it a player in the clause (धवन ने, बुमराह-भुवनेश्वर ने, पुजारा की पारी). */
const MARKERS = new Set(['ने', 'को', 'का', 'की', 'के', 'और', 'व', ',', '-', '–', '('].map(phraseKey));

/**
 * Sports reports name a player in full once, then by surname alone (`शिखर धवन … धवन ने 17वीं सेंचुरी
 * लगाई`). In an article of a sport that names the player in full, a word that is the surname of exactly one listed player of that sport (by the player's
 * gazetteer role, `sportRoles`), before a case marker or a list joiner, and outside every mention
 * found (or found only as a one-word guess), is that player. An everyday word or a given name is never taken (गौतम), nor a surname more than five listed people
 * share (`शर्मा`, `कुमार`, `सिंह` name no one alone).
 */
export function createSportSurnames(index: GazetteerIndex, sportRoles: Readonly<Record<string, readonly string[]>>, isExcluded: (word: string) => boolean) {
  // a surname many listed people share (कुमार, सिंह, शर्मा) is a family name, not one player's
  const shared = personLastWords(index);
  const bySport = new Map<string, Map<string, IndexedEntity[]>>();
  const players = new Set<IndexedEntity>();
  for (const [sport, roles] of Object.entries(sportRoles)) {
    const wanted = new Set(roles);
    const surnames = new Map<string, IndexedEntity[]>();
    for (const e of index.entities.values()) {
      if (e.kind !== 'person' || e.role === undefined || !wanted.has(e.role)) continue;
      for (const last of lastWordsOf(e)) {
        if (last === '' || isExcluded(last) || (shared.get(last) ?? 0) > MAX_SHARED) continue;
        surnames.set(last, [...(surnames.get(last) ?? []).filter((x) => x !== e), e]);
        players.add(e);
      }
    }
    bySport.set(sport, surnames);
  }
  // `sports()` reads the article's sport words: called only when the article names a listed player in
  // full, so most articles cost one pass over their mentions and no tokenising
  return (sentences: readonly Sentence[], pending: readonly Pending[], sports: () => ReadonlySet<string>): Pending[] => {
    // only a player the article names in full: a surname alone may be an everyday word (किशोर, रूट, राज)
    const named = new Set(pending.filter((p) => p.entity !== undefined && players.has(p.entity) && !p.short).map((p) => p.entity));
    if (named.size === 0) return [];
    const tables = [...sports()].map((s) => bySport.get(s)).filter((t): t is Map<string, IndexedEntity[]> => t !== undefined);
    if (tables.length === 0) return [];
    const out: Pending[] = [];
    for (const sentence of sentences) {
      const ts = tokenise(sentence.text);
      const mine = pending.filter((p) => p.sentence === sentence.index);
      ts.tokens.forEach((t, i) => {
        const players = new Set(tables.flatMap((table) => table.get(t.text) ?? []));
        const next = ts.tokens[i + 1];
        const [entity] = [...players];
        if (players.size !== 1 || entity === undefined || next === undefined || !MARKERS.has(next.text) || !named.has(entity)) return;
        const span = tokenSpan(ts, i, i + 1);
        const overlapping = mine.filter((p) => p.span.start < span.end && span.start < p.span.end);
        // a one-word guess of the same word (धवन before ने शतक) becomes the player; any other find stands
        const guess = overlapping.find((p) => p.guess && p.span.start === span.start && p.span.end === span.end);
        if (guess && overlapping.length === 1) {
          guess.entity = entity;
          delete guess.guess;
          return;
        }
        if (overlapping.length > 0) return;
        out.push({ sentence: sentence.index, span, text: sentence.text.slice(span.start, span.end), kind: 'person', entity });
      });
    }
    return out;
  };
}
