import type { NameSpan } from './context-names.js';
import { phraseKey, type Token } from './tokens.js';

/** Config for a listed given name said alone (entities.yaml `loneGivenNames`). */
export interface LoneGivenNameData {
  /** What may follow such a name: a case marker (ने, को, की …); an opening bracket too (`हितेश (प्रथम)`). */
  closes: readonly string[];
  /** Words before a deity's name (भगवान गोपाल की पूजा): no person. */
  notAfter: readonly string[];
  /** Given names that alone name a deity, an epic's figure, a day or a spacecraft as often (गिरिराज, पूनम, विक्रम). */
  never: readonly string[];
}

/** `(` right after the name: a rank, a score or an age in brackets (`हितेश (प्रथम)`, `हितेश (212 मत)`). */
const BRACKET = /^\s*\(/u;

/** Word tests of the known names and the common words. */
export interface LoneNameTests {
  isTrustedGivenName: (word: string) => boolean;
  isGivenName: (word: string) => boolean;
  isNameWord: (word: string) => boolean;
  isCommon: (word: string) => boolean;
}

type Finder = (tokens: readonly Token[], text: string, held: readonly boolean[], tests: LoneNameTests) => NameSpan[];

/**
 * A listed given name said alone, as local news names players, candidates, victims and the arrested (`मनीष को 412
 * मत मिले`, `सुनीता ने बताया`, `हितेश (प्रथम)`): a person when it is a trusted given name and no everyday word
 * nor a title, nor one that alone names a deity or a day as often (`never`: गिरिराज, पूनम; not `weakGivenNames`, not
 * राजकुमार, a prince); no name word but a person's noun or a title stands right before it (`<a name> मनीष ने` may be a
 * longer name), nor a deity's word (`भगवान गोपाल की पूजा`); and a case marker of `closes` or a bracket follows it.
 * Names found by other rules are held and left alone.
 */
export function createLoneGivenNames(data: LoneGivenNameData, isPersonNoun: (word: string) => boolean, isTitleWord: (word: string) => boolean): Finder {
  const closes = new Set(data.closes.map(phraseKey));
  const notAfter = new Set(data.notAfter.map(phraseKey));
  const never = new Set(data.never.map(phraseKey));
  return (tokens, text, held, { isTrustedGivenName, isGivenName, isNameWord, isCommon }) => {
    const out: NameSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const [before, word, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
      if (word === undefined || held[i] || !isTrustedGivenName(word.text) || never.has(word.text) || isCommon(word.text) || isTitleWord(word.text)) continue;
      if (notAfter.has(before?.text ?? '')) continue;
      // (a word right before, joined to it, may be the name's own first word, even an everyday word, `आशा गोपाल ने`: a
      // longer name, someone else's; only a person's noun or a title may stand there, `आरोपी मुकेश को`)
      const noun = before !== undefined && (isPersonNoun(before.text) || isTitleWord(before.text)) && !isGivenName(before.text);
      if (before !== undefined && word.joined && !held[i - 1] && isNameWord(before.text) && !noun) continue;
      const closed = after !== undefined && ((after.joined && closes.has(after.text)) || BRACKET.test(text.slice(word.end, after.start)));
      if (closed) out.push({ from: i, to: i + 1, weak: false });
    }
    return out;
  };
}
