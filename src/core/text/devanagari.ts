/** Normalisation of Hindi text for matching: digits, nukta, nasal spellings, vowel-length variants. */

const DEVANAGARI_ZERO = 0x0966;

/** Devanagari digits (०-९) to ASCII digits; same length, so spans are preserved. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO));
}

/** Removes the nukta (़) and composes precomposed nukta letters (क़ → क). */
export function stripNukta(text: string): string {
  return text.normalize('NFD').replace(/\u093C/g, '').normalize('NFC');
}

export interface Folded {
  original: string;
  /** The folded text. */
  text: string;
  /** `map[i]` is the index in the original text of folded character i; `map[text.length]` = original length. */
  map: number[];
}

const NASAL_CONSONANTS = new Set(['ङ', 'ञ', 'ण', 'न', 'म']);

/** ा, the aa sign: a second sign after it makes another vowel as typed (ाॅ, ाे, ाै). */
const AA = 0x093e;
/** The vowel ा and a second sign make: ॅ → ॉ, े → ो, ै → ौ. */
const AA_JOINED: ReadonlyMap<number, string> = new Map([[0x0945, 'ॉ'], [0x0947, 'ो'], [0x0948, 'ौ']]);
const AA_PAIR = /\u093E([\u0945\u0947\u0948])/gu;

/** ा and a second vowel sign as the one vowel they are typed for, in visible text (`डाॅ` → `डॉ`, `लाेग` → `लोग`); `fold` does the same in keys. */
export function joinAaSigns(text: string): string {
  return text.replace(AA_PAIR, (pair, sign: string) => AA_JOINED.get(sign.charCodeAt(0)) ?? pair);
}

/** A dependent vowel sign (ा … ौ, ॢ ॣ). */
function isVowelSign(code: number): boolean {
  return (code >= 0x093e && code <= 0x094c) || code === 0x0962 || code === 0x0963;
}

/**
 * Folds spelling variants so that one key matches them all, keeping a map back to the original
 * offsets: Devanagari digits → ASCII, nukta dropped (ज़ → ज), chandrabindu → anusvara, ा and a second vowel sign
 * → the vowel they are typed for (ाॅ → ॉ, ाे → ो, ाै → ौ),
 * nasal consonant + virama before a consonant → anusvara (सितम्बर → सितंबर), long ू/ी → short,
 * ZWJ/ZWNJ dropped, Latin lower-cased.
 */
export function fold(original: string): Folded {
  // Precomposed nukta letters decompose to two characters: walk `original` code unit by code
  // unit and decompose each one so that the map always points into `original`.
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    const next = original[i + 1];
    const code = ch.charCodeAt(0);
    // a vowel sign typed twice (कोे for को) is read once: no word has two in a row — but after ा the second sign makes
    // the vowel as it is often typed (ाॅ for ॉ, ाे for ो, ाै for ौ: डाॅ, लाेग, काैन), never ा alone (reviewers)
    if (isVowelSign(code) && i > 0 && isVowelSign(original.charCodeAt(i - 1)) && original.charCodeAt(i - 1) !== AA) continue;
    // …and is folded into it: ा + ॅ is ॉ, ा + े is ो, ा + ै is ौ (पाॅक्सो = पॉक्सो, लाेग = लोग)
    const joined = i > 0 && original.charCodeAt(i - 1) === AA ? AA_JOINED.get(code) : undefined;
    if (joined !== undefined && out[out.length - 1] === 'ा') {
      out[out.length - 1] = joined;
      continue;
    }
    const folded = (code < FOLD_TABLE.length ? FOLD_TABLE[code] : undefined) ?? foldUnit(ch);
    if (folded === ch) {
      out.push(ch);
      map.push(i);
    } else {
      for (const f of folded) {
        out.push(f);
        map.push(i);
      }
    }
    if (NASAL_CONSONANTS.has(ch) && next === '\u094D' && isConsonant(original[i + 2])) {
      out.pop();
      map.pop();
      out.push('ं');
      map.push(i);
      i++; // skip the virama
    }
  }
  map.push(original.length);
  return { original, text: out.join(''), map };
}

/**
 * NFD of one code unit. ASCII and Devanagari other than the precomposed nukta letters (ऩ ऱ ऴ क़–य़)
 * are their own decomposition: skipping `normalize` for them keeps folding cheap on long texts.
 */
function decompose(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0xc0) return ch;
  if (code >= 0x0900 && code <= 0x097f && code !== 0x0929 && code !== 0x0931 && code !== 0x0934 && (code < 0x0958 || code > 0x095f)) return ch;
  return ch.normalize('NFD');
}

/** What one code unit folds to ('' when dropped). */
function foldUnit(ch: string): string {
  let out = '';
  for (const part of decompose(ch)) out += foldChar(part) ?? '';
  return out;
}

/** foldUnit of every code unit below U+0980 (ASCII, Latin-1, Devanagari), computed once: folding long texts stays cheap. */
const FOLD_TABLE: readonly string[] = Array.from({ length: 0x0980 }, (_, code) => foldUnit(String.fromCharCode(code)));

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u0915' && ch <= '\u0939';
}

function foldChar(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (code >= 0x0966 && code <= 0x096f) return String(code - DEVANAGARI_ZERO);
  switch (ch) {
    case '\u093C': // nukta
    case '\u200C': // ZWNJ
    case '\u200D': // ZWJ
      return null;
    case 'ँ':
      return 'ं';
    case 'ू':
      return 'ु';
    case 'ी':
      return 'ि';
    case 'ऊ':
      return 'उ';
    case 'ई':
      return 'इ';
    default:
      return ch.toLowerCase();
  }
}

/** Folds a lexicon entry the same way as text, for use as a lookup key. */
export function foldKey(text: string): string {
  return fold(text.normalize('NFC')).text;
}

/** Maps a span in folded text back to a span in the original text. */
export function unfoldSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  const s = folded.map[start] ?? 0;
  const last = folded.map[end - 1];
  let e = last === undefined ? s : last + 1;
  // extend over marks that folding dropped (nukta, ZWJ) so the span ends on a whole grapheme
  while (e < folded.original.length && /[\u093C\u200C\u200D]/.test(folded.original[e] as string)) e++;
  return { start: s, end: e };
}
