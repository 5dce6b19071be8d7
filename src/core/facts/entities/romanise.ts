import { initial, spellAcronym } from './latin-letters.js';

/**
 * Readable romanisation of Hindi names (कर्ट कैंपबेल → Kart Kaimpbel, किम होंग-क्यून → Kim Hong-kyun):
 * फ is written f (शरीफ Sharif, फडणवीस Fadanvis), as Hindi uses it for both sounds;
 * plain ASCII, Hindi schwa deletion, capitalised words, the part after a hyphen lower-case.
 */

const VOWELS: Record<string, string> = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o', ऍ: 'e', ॲ: 'a',
};
const MATRAS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e',
};
const CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n',
  प: 'p', फ: 'f', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'v',
  श: 'sh', ष: 'sh', स: 's', ह: 'h',
};
/** ड़ is written r (पाकुड़ Pakur, चोपड़ा Chopra), ढ़ rh; a final ड़ after a long vowel d (चंद्रचूड़ Chandrachud, गायकवाड़ Gaikwad). */
const NUKTA: Record<string, string> = { क: 'q', ख: 'kh', ग: 'gh', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y' };
const LONG_MATRAS = new Set(['ा', 'ू', 'ौ', 'ी']);
/** Endings of Arabic compound names romanised as a unit after the stem: अकबरूद्दीन Akbaruddin, अब्दुल्ला Abdulla. */
const COMPOUND_ENDS: [RegExp, string][] = [
  [/^(.+[\u0915-\u0939\u0958-\u095F])[ुू]द्दीन$/u, 'uddin'],
  [/^(.+[\u0915-\u0939\u0958-\u095F])[ुू]ल्लाह?$/u, 'ullah'],
];
/** After a conjunct, a final consonant of these keeps its vowel: इंद्र Indra, सूर्य Surya, शुक्ल Shukla. */
const KEEP_FINAL = new Set(['r', 'y', 'l', 'n', 'm', 'v']);
const LABIALS = /^(?:p|ph|b|bh|m)$/;
const VELARS = /^(?:k|kh|g|gh)$/;
const STOPS = /^(?:k|kh|g|gh|t|th|d|dh|p|f|b|bh)$/;

interface Unit {
  cons: string;
  vowel: string;
  inherent: boolean;
  virama: boolean;
  nasal: boolean;
  tail: string;
}

/** Romanises Hindi text word by word; anything that is not Devanagari passes through. */
export function romanise(hindi: string): string {
  const words = hindi.normalize('NFC').split(/\s+/u).filter((w) => w.length > 0);
  return words
    .map((word, at) =>
      word
        .split(/[-‐‑–]/u)
        .map((part, i) => (i === 0 ? capitalise(initial(words, at) ?? romaniseWord(part)) : romaniseWord(part).toLowerCase()))
        .filter((p) => p.length > 0)
        .join('-'),
    )
    .filter((w) => w.length > 0)
    .join(' ');
}

/** Romanises one word (no spaces or hyphens), lower-case, or upper-case letters for an acronym. */
export function romaniseWord(word: string): string {
  const acronym = spellAcronym(word);
  if (acronym !== null) return acronym;
  for (const [ending, latin] of COMPOUND_ENDS) {
    const stem = ending.exec(word.normalize('NFC'))?.[1];
    if (stem !== undefined) return romaniseWord(stem) + latin;
  }
  const units = parse(word.normalize('NFD'));
  deleteSchwas(units);
  let out = '';
  units.forEach((u, i) => {
    out += u.cons + (u.inherent ? 'a' : u.vowel);
    if (u.nasal) out += nasalBefore(units[i + 1]);
    out += u.tail;
  });
  return conventional(out.replace(/[\u0900-\u097F]/gu, ''));
}

/**
 * Spellings English prints for some Hindi name shapes: Punjabi -इंदर is -inder (सुरिंदर Surinder,
 * रुपिंदर Rupinder), an initial जय before a consonant is Jai (जयशंकर Jaishankar, जयपुर Jaipur), a final -ांव
 * is -aon (बड़ागांव Baragaon, भट्टागांव Bhattagaon).
 */
function conventional(word: string): string {
  return word.replace(/indar$/u, 'inder').replace(/^jay(?=[bcdfghjklmnpqrstvwz])/u, 'jai').replace(/anv$/u, 'aon');
}

function parse(word: string): Unit[] {
  const units: Unit[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const last = units[units.length - 1];
    if (CONSONANTS[ch] !== undefined) {
      const nukta = chars[i + 1] === '\u093C';
      if (nukta) i++;
      let cons = nukta ? (NUKTA[ch] ?? CONSONANTS[ch]) : CONSONANTS[ch];
      if (nukta && ch === 'ड' && i === chars.length - 1 && LONG_MATRAS.has(chars[i - 2] ?? '')) cons = 'd';
      if (ch === 'व' && last?.virama) cons = 'w';
      if (ch === 'ञ' && last?.virama && last.cons === 'j') {
        last.cons = 'g';
        cons = 'y';
      }
      units.push({ cons, vowel: '', inherent: true, virama: false, nasal: false, tail: '' });
    } else if (VOWELS[ch] !== undefined) {
      units.push({ cons: '', vowel: VOWELS[ch], inherent: false, virama: false, nasal: false, tail: '' });
    } else if (MATRAS[ch] !== undefined && last) {
      last.vowel = MATRAS[ch];
      last.inherent = false;
    } else if (ch === '\u094D' && last) {
      last.inherent = false;
      last.virama = true;
    } else if ((ch === 'ं' || ch === 'ँ') && last) {
      last.nasal = true;
    } else if (ch === 'ः' && last) {
      last.tail += 'h';
    } else if (/[0-9A-Za-z]/.test(ch)) {
      units.push({ cons: '', vowel: ch, inherent: false, virama: false, nasal: false, tail: '' });
    } else if (/[\u0966-\u096F]/u.test(ch)) {
      units.push({ cons: '', vowel: String(ch.charCodeAt(0) - 0x0966), inherent: false, virama: false, nasal: false, tail: '' });
    }
  }
  return units;
}

const voiced = (u: Unit | undefined): boolean => u !== undefined && (u.inherent || u.vowel.length > 0);

/** Hindi schwa deletion: the final inherent vowel, and a medial one in the context V C _ C V. */
function deleteSchwas(units: Unit[]): void {
  const n = units.length;
  const last = units[n - 1];
  if (n > 1 && last?.inherent && !last.nasal) {
    const afterConjunct = units[n - 2]?.virama === true;
    // र्न ends English names without a vowel (ओसबोर्न Osborn, बर्न Bern); कृष्ण, इंद्र keep theirs
    const rn = units[n - 2]?.cons === 'r' && last.cons === 'n';
    if (!(afterConjunct && KEEP_FINAL.has(last.cons)) || rn) last.inherent = false;
  }
  for (let i = n - 2; i >= 1; i--) {
    const u = units[i] as Unit;
    if (!u.inherent || u.nasal || u.cons === '') continue;
    const next = units[i + 1];
    // after a reph cluster too: हर्षवर्धन Harshvardhan, धर्मपाल Dharmpal (V र्C _ C V)
    const reph = units[i - 1]?.virama === true && units[i - 1]?.cons === 'r' && i + 2 < n && u.cons !== 'y'; // not निर्मला, सूर्यकुमार
    const before = reph ? units[i - 2] : units[i - 1];
    if (voiced(before) && next !== undefined && next.cons !== '' && (voiced(next) || stopR(units, i + 1))) u.inherent = false;
  }
  // व between a-vowels is w: पवार Pawar, धवन Dhawan, जवाहर Jawahar, रावत Rawat (not देव, शिवा, यादव, गावस्कर)
  for (let i = 1; i < n; i++) {
    const u = units[i] as Unit;
    const prev = units[i - 1] as Unit;
    const vowelA = u.inherent || u.vowel === 'a';
    const single = units[i + 1]?.virama !== true; // गावस्कर Gavaskar keeps v before a cluster
    if (u.cons === 'v' && vowelA && !prev.virama && prev.cons !== '' && (prev.inherent || (prev.vowel === 'a' && single))) u.cons = 'w';
  }
}

/** A stop + र cluster (प्र, क्र, द्र) at `at`: a schwa before it goes too (दिलप्रीत Dilpreet, रामप्रसाद Ramprasad; not सरस्वती). */
function stopR(units: readonly Unit[], at: number): boolean {
  const [c, r] = [units[at], units[at + 1]];
  return c !== undefined && r !== undefined && c.virama && STOPS.test(c.cons) && r.cons === 'r' && voiced(r);
}

function nasalBefore(next: Unit | undefined): string {
  if (next === undefined || next.cons === '') return 'n';
  if (LABIALS.test(next.cons)) return 'm';
  if (VELARS.test(next.cons)) return 'n';
  if (next.cons === 'h' && !voiced(next)) return 'ng'; // सिंह → Singh
  return 'n';
}

function capitalise(word: string): string {
  return word.length === 0 ? word : (word[0] as string).toUpperCase() + word.slice(1);
}
