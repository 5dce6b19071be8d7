import type { IndexedEntity } from './gazetteer-index.js';
import type { SentenceTools } from './sentence-mentions.js';
import type { Token } from './tokens.js';

/**
 * End of a longer name that a short form starts, or `to`: `X Y-Z` (Korean given names, किम होंग-क्यून)
 * or a first name followed by a surname (विजय शर्मा; राहुल उर्फ … is not).
 */
export function otherNameEnd(tools: SentenceTools, tokens: readonly Token[], from: number, to: number, claimed: readonly boolean[]): number {
  const [a, b] = [tokens[to], tokens[to + 1]];
  if (a !== undefined && b !== undefined && a.joined && !a.hyphen && b.hyphen && tools.names.isNameWord(a.text) && tools.names.isNameWord(b.text)) return to + 2;
  const key = tokens.slice(from, to).map((t) => t.text).join(' ');
  return tools.known.isGivenName(key) ? tools.known.continues(tokens, to, claimed, key) : to;
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
