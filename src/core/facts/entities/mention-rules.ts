import type { GazetteerIndex, IndexedEntity } from './gazetteer-index.js';
import type { SentenceTools } from './sentence-tools.js';
import { AFTER_NAME, JI } from './known-names.js';
import { phraseKey, type Token } from './tokens.js';

/** `द्वारा` (by) closes a name after a title as a case marker does (पुत्र गणेश द्वारा मुखाग्नि दी गई). */
const BY = phraseKey('द्वारा');

/**
 * End of a longer name that a short form starts, or `to`: `X Y-Z` (Korean given names, किम होंग-क्यून),
 * a first name followed by a surname (विजय शर्मा; राहुल उर्फ … is not), or a person's one-word short
 * form followed by an unlisted name word (अब्दुल्ला शफीक ने: not Omar Abdullah).
 */
export function otherNameEnd(tools: SentenceTools, tokens: readonly Token[], from: number, to: number, claimed: readonly boolean[], person = false): number {
  const known = (k: number): boolean => tools.index.forms.has(tokens[k]?.text ?? '') || tools.index.forms.has(`${tokens[k]?.text} ${tokens[k + 1]?.text}`);
  // (not after a short form that is an everyday word and no given name: `गंभीर इंफेक्शन के चलते` is a serious infection;
  // विजय डुंगडुंग is a person)
  if (person && to === from + 1 && !known(to) && !(tools.commonShortForms.has(tokens[from]?.text ?? '') && !tools.known.isGivenName(tokens[from]?.text ?? '')) && tools.known.unlistedWordEnds(tokens, to, claimed)) return to + 1;
  // भीम जी उपाध्याय: a short form, जी and a surname
  if (person && tokens[to]?.text === JI && tokens[to]?.joined && tokens[to + 1]?.joined && !claimed[to + 1] && tools.known.isSurname(tokens[to + 1]?.text ?? '')) return to + 2;
  const [a, b] = [tokens[to], tokens[to + 1]];
  if (a !== undefined && b !== undefined && a.joined && !a.hyphen && b.hyphen && tools.names.isNameWord(a.text) && tools.names.isNameWord(b.text)) return to + 2;
  const key = tokens.slice(from, to).map((t) => t.text).join(' ');
  return tools.known.isGivenName(key) ? tools.known.continues(tokens, to, claimed, key) : to;
}

/**
 * A person's one-word short form, जी and an unlisted word before a case marker (वांग जी यी को, शाह जी
 * शुभेंदु को): a longer name or the honorific and another person — unsure, so no one is named; the end
 * of the span to claim, or null. `मोदी जी ने` (जी before a marker) stays the honorific.
 */
export function unsureAfterJi(tools: SentenceTools, tokens: readonly Token[], from: number, to: number, claimed: readonly boolean[]): number | null {
  const next = tokens[to + 1]?.text ?? '';
  const known = tools.index.forms.has(next) || tools.known.isSurname(next);
  return to === from + 1 && tokens[to]?.text === JI && tokens[to]?.joined === true && !known && tools.known.unlistedWordEnds(tokens, to + 1, claimed) ? to + 2 : null;
}

/** A title right after a determiner (दोनों नेता, सभी मंत्री) is generic: no name follows. */
export function isGeneric(tools: SentenceTools, before: string | undefined): boolean {
  return before !== undefined && tools.names.isDeterminer(before);
}

/**
 * A generic Indian ministry name (स्वास्थ्य मंत्रालय) owned by a foreign place (`गाजा के स्वास्थ्य
 * मंत्रालय`) is not the Indian ministry: the ministry pattern names it by its country, if any.
 */
export function foreignGeneric(entity: IndexedEntity, owner: IndexedEntity | null): boolean {
  if (entity.kind !== 'organisation' || entity.type !== 'ministry' || owner === null || owner.kind !== 'place') return false;
  const ownerCountry = owner.type === 'country' ? owner.en : owner.country;
  return entity.country !== undefined && ownerCountry !== entity.country;
}

/**
 * A one-word name after a title that is a given name and an everyday word (कल्याण, विजय), inside a
 * longer phrase rather than before a case marker (`किसान कल्याण संगठन` names no one), or hyphened to the title as
 * the half of a compound (`किसान-कल्याण मंत्री`: farmers' welfare).
 */
export function weakInPhrase(tools: SentenceTools, tokens: readonly Token[], at: number, end: number): boolean {
  const word = tokens[at]?.text ?? '';
  const next = tokens[end];
  const weak = end === at + 1 && tools.known.isGivenName(word) && !tools.known.isTrustedGivenName(word);
  return weak && (tokens[at]?.hyphen === true || (next !== undefined && next.joined && !AFTER_NAME.has(next.text) && next.text !== BY));
}

/**
 * Start of a name whose last word is a known person's short form: one or two given names right
 * before it (कैलाश चंद्र मेघवाल is not Arjun Ram Meghwal), or a given name and a middle surname
 * (बलवीर सिंह राजेवाल: one name, however the gazetteer spells it), or `from` when there are none.
 */
export function givenNamesBefore(tools: SentenceTools, tokens: readonly Token[], from: number, claimed: readonly boolean[], owners: readonly IndexedEntity[] = []): number {
  let start = from;
  while (start > 0 && from - start < 2 && !claimed[start - 1] && tokens[start]?.joined && tools.known.isGivenName(tokens[start - 1]?.text ?? '')) start--;
  const middle = start === from && from > 1 && !claimed[from - 1] && !claimed[from - 2] && tokens[from]?.joined && tokens[from - 1]?.joined
    && tools.known.isSurname(tokens[from - 1]?.text ?? '') && firstName(tools, tokens[from - 2]?.text ?? '');
  if (middle) return from - 2;
  // a name word before a short form that is a listed surname makes another person's name (गोलू शाह: not Amit Shah);
  // a given name that is also an everyday word (a weak one) only as an item of a list of names (`गोलू शाह, प्रदीप
  // कुमार`; not `विजय पवार के नाम रही`, victory went to Pawar)
  const before = tokens[from - 1]?.text ?? '';
  const listed = tokens[from + 1]?.comma === true || tokens[from - 1]?.comma === true;
  // (not the owner's own first name misspelt: द्रोपद्री मुर्मु is Droupadi Murmu, its first letters hers)
  const own = owners.some((e) => e.keys.some((k) => k.includes(' ') && k.slice(0, 3) === before.slice(0, 3)));
  const surnamed = start >= from - 1 && from > 0 && !claimed[from - 1] && tokens[from]?.joined === true && tools.known.isSurname(tokens[from]?.text ?? '') && !own
    && (tools.known.isGivenName(before) && !tools.known.isTrustedGivenName(before) ? listed : firstName(tools, before));
  if (surnamed) return from - 1;
  // a lone weak given name (विजय = victory) before the short form is not enough
  return start < from && (from - start === 2 || tools.known.isTrustedGivenName(tokens[start]?.text ?? '')) ? start : from;
}

/** A trusted given name, or a name word that is no everyday word (बलवीर): the first word of a name. */
function firstName(tools: SentenceTools, word: string): boolean {
  // (an everyday word that is some listed name's part is no first name alone either: `दौरे पर आए शाह`, came; a
  // breaker is, as before — `निवासी अब्दुल्ला`: the name after it is another person's, the breaker trimmed off later)
  return tools.known.isTrustedGivenName(word) || (tools.names.isNameWord(word) && !tools.known.isSurname(word) && (tools.isBreaker(word) || !tools.isCommon(word)));
}

/** Letters Hindi spellings of one name trade (बलवीर/बलबीर, वर्मा/बर्मा): one key letter. */
const LOOSE = /व/gu;

/**
 * The person among `candidates` whose full form tokens [from, to) spell with व for ब (बलवीर सिंह राजेवाल is
 * बलबीर सिंह राजेवाल), else null.
 */
export function respeltFullForm(candidates: readonly IndexedEntity[], tokens: readonly Token[], from: number, to: number): IndexedEntity | null {
  const key = tokens.slice(from, to).map((t) => t.text).join(' ').replace(LOOSE, 'ब');
  return candidates.find((e) => e.kind === 'person' && e.keys.some((k) => k.replace(LOOSE, 'ब') === key)) ?? null;
}

/** A middle name word and a listed surname after a one-word known form (विवेकानंद शरण त्रिपाठी: a judge, not Vivekananda). */
export function middled(tools: SentenceTools, tokens: readonly Token[], at: number, claimed: readonly boolean[]): boolean {
  const [middle, last] = [tokens[at], tokens[at + 1]];
  return middle !== undefined && last !== undefined && middle.joined && last.joined && !claimed[at] && !claimed[at + 1]
    && tools.names.isNameWord(middle.text) && tools.trimCommon([middle.text]).to === 1 && tools.known.isSurname(last.text);
}

/** How many listed people end a name of two or more words with each word (वैष्णव: one, सिंह: many), built once per index. */
const LAST_WORDS = new WeakMap<GazetteerIndex, Map<string, number>>();
export function personLastWords(index: GazetteerIndex): ReadonlyMap<string, number> {
  const known = LAST_WORDS.get(index);
  if (known !== undefined) return known;
  const out = new Map<string, number>();
  for (const e of index.entities.values()) if (e.kind === 'person') for (const w of lastWordsOf(e)) out.set(w, (out.get(w) ?? 0) + 1);
  LAST_WORDS.set(index, out);
  return out;
}

/** The last words of an entity's forms of two or more words. */
export const lastWordsOf = (e: IndexedEntity): Set<string> => new Set(e.keys.filter((k) => k.includes(' ')).map((k) => k.split(' ').at(-1) ?? ''));
