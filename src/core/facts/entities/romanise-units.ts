/** The letters of a Devanagari word read as units: a consonant (or none) and its vowel, with a virama, a nasal and a visarga. */

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

export interface Unit {
  cons: string;
  vowel: string;
  inherent: boolean;
  virama: boolean;
  nasal: boolean;
  tail: string;
  /** The Devanagari consonant written (ण and न both read n). */
  letter?: string;
}

/** Reads a word (NFD) into its units; digits and Latin letters are units of their own. */
export function parseUnits(word: string): Unit[] {
  const units: Unit[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const last = units[units.length - 1];
    if (CONSONANTS[ch] !== undefined) {
      const nukta = chars[i + 1] === '\u093C';
      if (nukta) i++;
      let cons = nukta ? (NUKTA[ch] ?? CONSONANTS[ch]) : CONSONANTS[ch];
      // (not after औ: गौड़ Gaur)
      if (nukta && ch === 'ड' && i === chars.length - 1 && LONG_MATRAS.has(chars[i - 2] ?? '') && chars[i - 2] !== 'ौ') cons = 'd';
      // (र्व is rv: सर्वेश Sarvesh, पार्वती Parvati; but र्वि is rwi, in names from English: डार्विन Darwin)
      if (ch === 'व' && last?.virama && (last.cons !== 'r' || chars[i + 1] === '\u093F')) cons = 'w';
      if (ch === 'ञ' && last?.virama && last.cons === 'j') {
        last.cons = 'g';
        cons = 'y';
      }
      units.push({ cons, vowel: '', inherent: true, virama: false, nasal: false, tail: '', letter: ch });
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

/** A unit that sounds a vowel (its inherent one or a written one). */
export const voiced = (u: Unit | undefined): boolean => u !== undefined && (u.inherent || u.vowel.length > 0);
