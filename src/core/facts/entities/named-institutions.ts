import { initialLetter } from './latin-letters.js';
import { phraseKey, type Token } from './tokens.js';

/** Words of a name before an institution's head (जोखना देवी इंटर कॉलेज): one to this many. */
const MAX_NAME_WORDS = 3;

/** An institution named by name words and a head: its token range, where its head starts, and the head's English. */
export interface NamedInstitution {
  from: number;
  head: number;
  to: number;
  headEn: string;
  /** A town's body (नगर निगम): named so only when no listed name of any kind stands in the name. */
  town: boolean;
}

export interface InstitutionTools {
  /** Institution heads (इंटर कॉलेज, पब्लिक स्कूल, एकेडमी, फाउंडेशन) → English head. */
  heads: Readonly<Record<string, string>>;
  /** Heads of a town's bodies (नगर निगम → Municipal Corporation), after the town's own unlisted name. */
  townHeads?: Readonly<Record<string, string>>;
  /** Words after a town's body that make it part of another's name (कर्मचारी संघ). */
  townNotBefore?: ReadonlySet<string>;
  /** Words before a town's name that make it a village or a ward (ग्राम, वार्ड), and its endings that make it no town (-ित, नगर). */
  townNotAfter?: ReadonlySet<string>;
  townNotEndings?: readonly string[];
  /** A title: the word after it is a person's name (`विधायक टुन्नू नगर निगम पहुंचे`). */
  isTitle?: (word: string) => boolean;
  /** Company and club heads (फार्मा → Pharma), with the generic nouns after and first words that make them no name. */
  companies?: { heads: Readonly<Record<string, string>>; genericAfter: ReadonlySet<string>; nameStops: ReadonlySet<string> };
  isNameWord: (word: string) => boolean;
  isCommon: (word: string) => boolean;
  /** A word that ends the name on its left: a postposition, conjunction, determiner or title (प्रधानाचार्य). */
  isStop: (word: string) => boolean;
  /** A given name: a name with one is a person's (प्रधानाचार्य सुनील कुमार इंटर कॉलेज पहुंचे), left to the person rules. */
  isPersonWord: (word: string) => boolean;
  /** A surname: a given name and a surname before a company head are a person's (सुरेश गुप्ता फाइनेंस कंपनी चलाता था). */
  isSurname?: (word: string) => boolean;
}

/**
 * A local school, college, academy or foundation named by its own words and a head: `जोखना देवी इंटर
 * कॉलेज`, `देव कबड्डी एकेडमी`, `वीर कुंवर सिंह फाउंडेशन`. The name is one to three unclaimed name words
 * right before the head, the first of them no everyday word (so `राजकीय कन्या इंटर कॉलेज` names no one
 * school, and `खिताब देव कबड्डी एकेडमी` is `देव कबड्डी एकेडमी`); `skip(k)` marks a head a gazetteer
 * organisation already covers.
 */
export function createInstitutionFinder(tools: InstitutionTools): (tokens: readonly Token[], claimed: readonly boolean[], skip: (k: number) => boolean, text?: string) => NamedInstitution[] {
  // heads by their first word: a token is looked up once, not compared with every head
  type Head = { words: string[]; en: string; company: boolean; town: boolean };
  const byFirst = new Map<string, Head[]>();
  const add = (heads: Readonly<Record<string, string>>, company: boolean, town = false): void => {
    for (const [hi, en] of Object.entries(heads)) {
      const words = phraseKey(hi).split(' ');
      byFirst.set(words[0] ?? '', [...(byFirst.get(words[0] ?? '') ?? []), { words, en, company, town }]);
    }
  };
  add(tools.heads, false);
  add(tools.companies?.heads ?? {}, true);
  add(tools.townHeads ?? {}, false, true);
  // (the longest head first: नगर पालिका परिषद before a shorter head of the same first word)
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const headAt = (tokens: readonly Token[], k: number): { length: number; en: string; company: boolean; town: boolean } | null => {
    const found = (byFirst.get(tokens[k]?.text ?? '') ?? []).find((h) => h.words.every((w, j) => tokens[k + j]?.text === w && (j === 0 || tokens[k + j]?.joined)));
    return found ? { length: found.words.length, en: found.en, company: found.company, town: found.town } : null;
  };
  // a given name followed by a surname names a person, not a firm (विपुल ऑर्गेनिक्स: a given name alone may)
  const fullName = (tokens: readonly Token[], from: number, k: number): boolean =>
    tokens.slice(from, k - 1).some((t, i) => tools.isPersonWord(t.text) && (tools.isSurname?.(tokens[from + i + 1]?.text ?? '') ?? false));
  const generic = (tokens: readonly Token[], from: number, end: number): boolean =>
    tools.companies !== undefined && (tools.companies.genericAfter.has(tokens[end]?.text ?? '') || tools.companies.nameStops.has(tokens[from]?.text ?? ''));
  return (tokens, claimed, skip, text = '') => {
    const out: NamedInstitution[] = [];
    for (let k = 1; k < tokens.length; k++) {
      const head = headAt(tokens, k);
      if (head === null || claimed[k] || skip(k)) continue;
      let from = k;
      // (the letters of an acronym count as one word: एस.डी.एम.एस. महाविद्यालय)
      let words = 0;
      while (from > 0 && words < MAX_NAME_WORDS && tokens[from]?.joined) {
        const t = tokens[from - 1] as Token;
        // (a letter that is a stop word too, के, is a letter when a dot, a space after it or not, joins it to the next letter:
        // आर.के.बी.एस., एस. के. बी.; `text`: the folded sentence the tokens index)
        const dotted = initialLetter(t.text) !== undefined && initialLetter(tokens[from]?.text ?? '') !== undefined && /^\. ?$/u.test(text.slice(t.end, tokens[from]?.start ?? 0));
        if (claimed[from - 1] || (!dotted && (!tools.isNameWord(t.text) || tools.isStop(t.text)))) break;
        from--;
        if (initialLetter(t.text) === undefined || initialLetter(tokens[from - 1]?.text ?? '') === undefined) words++;
      }
      // everyday words at its left edge are not part of the name (खिताब देव कबड्डी एकेडमी, कॉलोनी डीएवी …) — but a
      // firm's name of two or more words may be made of nothing else (जमना ऑटो इण्डस्ट्रीज)
      const run = from;
      while (from < k && tools.isCommon(tokens[from]?.text ?? '')) from++;
      if (from === k && head.company && k - run >= 2) from = run;
      if (from === k || (head.company ? generic(tokens, from, k + head.length) || fullName(tokens, from, k) : tokens.slice(from, k).some((t) => tools.isPersonWord(t.text)))) continue;
      if (head.town && !townName(tools, tokens, from, k, k + head.length)) continue;
      out.push({ from, head: k, to: k + head.length, headEn: head.en, town: head.town });
      k += head.length - 1;
    }
    return out;
  };
}

/**
 * The one word before a town's body is the town's own name (कुमराली नगर निगम): no person's name, no title nor village noun before it (`विधायक टुन्नू
 * नगर निगम पहुंचे`, `ग्राम भरतपुरा नगर परिषद में शामिल होगा`), no participle, resident's word or colony (`नवगठित`, `रहवासी`,
 * `इंदिरानगर`), and no word after the body that makes it part of another's name (`… नगर निगम कर्मचारी संघ`).
 */
function townName(tools: InstitutionTools, tokens: readonly Token[], from: number, k: number, end: number): boolean {
  const word = tokens[from]?.text ?? '';
  const before = tokens[from - 1];
  if (k - from !== 1 || tools.isPersonWord(word) || (tools.isSurname?.(word) ?? false)) return false;
  if (before !== undefined && tokens[from]?.joined === true && ((tools.isTitle?.(before.text) ?? false) || (tools.townNotAfter?.has(before.text) ?? false))) return false;
  if ((tools.townNotEndings ?? []).some((e) => word.endsWith(e))) return false;
  return !(tools.townNotBefore?.has(tokens[end]?.text ?? '') ?? false);
}
