import { foldKey } from '../../text/devanagari.js';
import { initial } from './latin-letters.js';
import { romanise } from './romanise.js';

/**
 * Romanises a name, using the usual English spelling of known name words (कर्ट → Kurt,
 * कैंपबेल → Campbell) from config and the rules for the rest.
 */
export function createNameRomaniser(respellings: Readonly<Record<string, string>>): (hindi: string) => string {
  const known = new Map(Object.entries(respellings).map(([hi, en]) => [foldKey(hi), en]));
  return (hindi) => {
    // an initial glued to the next word by its full stop is a word of its own (एम.देसाई → M. Desai)
    const words = hindi.normalize('NFC').replace(/\.(?=\p{L})/gu, '. ').split(/\s+/u).filter((w) => w.length > 0);
    return words
      .map((word, at) => {
        const whole = known.get(foldKey(word)) ?? initial(words, at);
        if (whole !== null && whole !== undefined) return whole;
        return word
          .split(/[-‐‑–]/u)
          .map((part, i) => {
            const en = known.get(foldKey(part)) ?? romanise(part);
            return i === 0 ? en : en.toLowerCase();
          })
          .join('-');
      })
      .join(' ');
  };
}

/**
 * English spellings of surnames the gazetteer knows from its people (राजेवाल → Rajewal from Balbir Singh
 * Rajewal): a one-word short form that ends a Hindi form of as many words as the English name. Another
 * person of that surname is spelled the same way.
 */
export function gazetteerSurnames(people: readonly { en: string; hi: readonly string[]; short?: readonly string[] }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of people) {
    const en = p.en.replace(/\s*\(.*\)$/u, '').split(/\s+/u);
    for (const short of p.short ?? []) {
      if (/\s/u.test(short)) continue;
      const form = p.hi.map((h) => h.split(/\s+/u)).find((words) => words.length === en.length && words[words.length - 1] === short);
      const last = en[en.length - 1];
      // only a respelling of the same word (राजेवाल → Rajewal, not सूर्यकांत → Kant or योगी → Adityanath)
      if (form !== undefined && last !== undefined && /^\p{Lu}[\p{Ll}']+$/u.test(last) && sameWord(romanise(short), last)) out[short] = last;
    }
  }
  return out;
}

/** Two romanisations of one word: the same first two letters and lengths within a third of each other. */
function sameWord(rule: string, english: string): boolean {
  const [a, b] = [rule.toLowerCase(), english.toLowerCase()];
  return a.slice(0, 2) === b.slice(0, 2) && Math.abs(a.length - b.length) <= Math.max(2, Math.round(b.length / 3));
}
