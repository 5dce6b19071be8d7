import type { Sentence } from '../../types.js';
import type { GazetteerIndex, IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenise, tokenSpan } from './tokens.js';

/** Words after a surname that make it a player in the clause (धवन ने, बुमराह-भुवनेश्वर ने, पुजारा की पारी). */
const MARKERS = new Set(['ने', 'को', 'का', 'की', 'के', 'और', 'व', ',', '-', '–', '('].map(phraseKey));

/**
 * Sports reports name players by surname alone (`धवन ने 17वीं सेंचुरी लगाई`). In an article of a
 * sport, a word that is the surname of exactly one listed player of that sport (by the player's
 * gazetteer role, `sportRoles`), before a case marker or a list joiner, and outside every mention
 * found, is that player. An everyday word is never taken (`पुजारा` is no word; `शर्मा`, common to
 * many players, names none).
 */
export function createSportSurnames(index: GazetteerIndex, sportRoles: Readonly<Record<string, readonly string[]>>, isCommon: (word: string) => boolean) {
  const bySport = new Map<string, Map<string, IndexedEntity[]>>();
  for (const [sport, roles] of Object.entries(sportRoles)) {
    const wanted = new Set(roles);
    const surnames = new Map<string, IndexedEntity[]>();
    for (const e of index.entities.values()) {
      if (e.kind !== 'person' || e.role === undefined || !wanted.has(e.role)) continue;
      for (const last of new Set(e.keys.filter((k) => k.includes(' ')).map((k) => k.split(' ').at(-1) ?? ''))) {
        if (last === '' || isCommon(last)) continue;
        surnames.set(last, [...(surnames.get(last) ?? []).filter((x) => x !== e), e]);
      }
    }
    bySport.set(sport, surnames);
  }
  return (sentences: readonly Sentence[], pending: readonly Pending[], sports: ReadonlySet<string>): Pending[] => {
    const tables = [...sports].map((s) => bySport.get(s)).filter((t): t is Map<string, IndexedEntity[]> => t !== undefined);
    if (tables.length === 0) return [];
    const out: Pending[] = [];
    for (const sentence of sentences) {
      const ts = tokenise(sentence.text);
      const taken = pending.filter((p) => p.sentence === sentence.index).map((p) => p.span);
      ts.tokens.forEach((t, i) => {
        const players = new Set(tables.flatMap((table) => table.get(t.text) ?? []));
        const next = ts.tokens[i + 1];
        if (players.size !== 1 || next === undefined || !MARKERS.has(next.text)) return;
        const span = tokenSpan(ts, i, i + 1);
        if (taken.some((s) => s.start < span.end && span.start < s.end)) return;
        const [entity] = [...players];
        out.push({ sentence: sentence.index, span, text: sentence.text.slice(span.start, span.end), kind: 'person', entity });
      });
    }
    return out;
  };
}
