import type { GazetteerIndex } from './gazetteer-index.js';

/**
 * Trims everyday words (config/common-words.txt: फ़ौरन, हिस्सा, बाढ़, प्रभावित) from both edges of
 * a name guessed by context, returning the word range left, empty when every word is common. A word
 * known as part of a name (a given name, surname, or a word of a gazetteer person or place) is never
 * trimmed, so `प्रकाश`, `आनंद`, `सिंह` stay in names although they are also words; nor is a common
 * word followed by such a part (`प्रभात कुमार`: a given name before a surname). A breaker word
 * (`निवासी`) drops itself and everything before it.
 */
export type CommonWordTrim = (words: readonly string[]) => { from: number; to: number };

/** What besides the common words a trim knows of names. */
export interface CommonWordTrimOptions {
  /** Words that end whatever stands before them (निवासी). */
  breakers?: Iterable<string>;
  /** A trusted given name: it starts the name itself, so an everyday word before it is no given name. */
  isFirstName?: (word: string) => boolean;
  /** A given name or surname of config (not a word of some gazetteer name: हेड of Travis Head is also "head"). */
  isListedPart?: (word: string) => boolean;
  /** A name never said alone (मोहम्मद): the word after it is the name's, everyday or not (मोहम्मद कैश). */
  isBound?: (word: string) => boolean;
  /**
   * A noun for a person that is no given name (युवक, आरोपी; not बालक, also a given name): never kept as a given name
   * before a name part (`युवक अरुण` is the youth Arun).
   */
  isPersonNoun?: (word: string) => boolean;
}

export function createCommonWordTrim(commonKeys: Iterable<string>, isNamePart: (word: string) => boolean, options: CommonWordTrimOptions = {}): CommonWordTrim {
  const never = (): boolean => false;
  const { isFirstName = never, isListedPart = isNamePart, isBound = never, isPersonNoun = never } = options;
  const common = commonKeys instanceof Set ? (commonKeys as ReadonlySet<string>) : new Set(commonKeys);
  const breakers = new Set(options.breakers ?? []);
  const trimmable = (word: string | undefined): boolean => word !== undefined && common.has(word) && !isNamePart(word);
  return (words) => {
    // a breaker (निवासी) ends whatever stands before it: the name is what comes after
    let from = words.findLastIndex((w) => breakers.has(w)) + 1;
    let to = words.length;
    // a common word before a known name part is a given name (प्रभात कुमार, सूरज शर्मा): kept; not
    // before a first name, which starts the name itself (दूसरा गोल जॉर्ज ओर्तिज ने)
    // — only right before the part: `पहचान ब्रेस्ती देवी` (identified as …) keeps no पहचान
    // (the part a listed given name or surname: `डिपार्टमेंट हेड ने कहा` is a department head, not Travis Head's namesake)
    const knownAfter = (i: number): boolean => !isPersonNoun(words[i] ?? '') && !isFirstName(words[i + 1] ?? '') && isListedPart(words[i + 1] ?? '');
    while (from < to && trimmable(words[from]) && !knownAfter(from)) from++;
    while (to > from && trimmable(words[to - 1]) && !(to - 1 > from && isBound(words[to - 2] ?? ''))) to--;
    return { from, to };
  };
}

/**
 * Words that are names whatever else they mean: every word of a person's full forms, and one-word
 * place names (`सागर`; not the words of `नई दिल्ली`, `उत्तर प्रदेश`).
 */
export function namePartWords(index: GazetteerIndex): Set<string> {
  const out = new Set<string>();
  for (const e of index.entities.values()) {
    if (e.kind === 'organisation') continue;
    // a person's initials glued into one word (सीटी रवि beside सी टी रवि) are no name part: सिटी is "city"
    const glued = new Set(e.keys.flatMap((k) => k.split(' ').flatMap((w, i, ws) => (i > 0 ? [`${ws[i - 1]}${w}`] : []))));
    for (const key of e.keys) {
      const words = key.split(' ');
      if (e.kind === 'person' || words.length === 1) for (const w of words) if (!glued.has(w) || words.length === 1) out.add(w);
    }
  }
  return out;
}
