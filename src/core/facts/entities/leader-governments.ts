import type { Sentence } from '../../types.js';
import type { GazetteerIndex, IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenise, tokenSpan } from './tokens.js';

/** An office that heads a government: a leader's name before `सरकार` names that government. */
const HEAD_OF_GOVERNMENT = /^(?:Chief Minister|Prime Minister)(?: of |$)/u;

/** A chief or prime minister, or the president of the person's own country (not of a party or of FIFA). */
const headed = (e: IndexedEntity): boolean =>
  [e.role, ...(e.roles ?? []).map((r) => r.role)].some((r) => r !== undefined
    && (HEAD_OF_GOVERNMENT.test(r) || (e.country !== undefined && (r === `President of ${e.country}` || r === `President of the ${e.country}`))));

/**
 * A government named by its leader (`योगी सरकार ने बजट पेश किया`, `नीतीश सरकार पर गुस्सा`, `ट्रंप
 * प्रशासन`) names the leader too: the word before a head of `heads` is that person when exactly one
 * listed person has it as a name or short form and that person has ever headed a government (a
 * chief minister, prime minister or president of the person's own country — `विजय सरकार` may be a man called Vijay
 * Sarkar) and no role or title stands right before it (`आरोपी ममता सरकार`, a woman named Sarkar). The
 * government's own mention, if any, stands; a short form found on the word (योगी, which alone needs the
 * full name elsewhere) becomes the leader; another person found on the word is left alone.
 */
export function createLeaderGovernments(index: GazetteerIndex, heads: readonly string[], isRoleWord: (word: string) => boolean) {
  const headKeys = new Set(heads.map(phraseKey));
  return (sentences: readonly Sentence[], pending: readonly Pending[]): Pending[] => {
    const out: Pending[] = [];
    for (const sentence of sentences) {
      if (!heads.some((h) => sentence.text.includes(h))) continue;
      const ts = tokenise(sentence.text);
      ts.tokens.forEach((t, i) => {
        const next = ts.tokens[i + 1];
        if (next === undefined || !headKeys.has(next.text) || !next.joined || next.hyphen) return;
        // a role or title before the word makes it a person's name (`आरोपी ममता सरकार`: a woman named Sarkar)
        if (i > 0 && t.joined && isRoleWord(ts.tokens[i - 1]?.text ?? '')) return;
        const leaders = new Set((index.forms.get(t.text) ?? []).map((h) => h.entity).filter((e) => e.kind === 'person'));
        const [leader] = [...leaders];
        if (leaders.size !== 1 || leader === undefined || !headed(leader)) return;
        const span = tokenSpan(ts, i, i + 1);
        const found = pending.filter((p) => p.sentence === sentence.index && p.kind === 'person' && p.span.start < span.end && span.start < p.span.end);
        // the leader's short form alone (योगी) needs the full name elsewhere; before सरकार it names him
        const short = found.find((p) => p.short?.candidates.includes(leader) && p.span.start === span.start && p.span.end === span.end);
        if (short) {
          short.entity = leader;
          delete short.short;
        } else if (found.length === 0) out.push({ sentence: sentence.index, span, text: sentence.text.slice(span.start, span.end), kind: 'person', entity: leader });
      });
    }
    return out;
  };
}
