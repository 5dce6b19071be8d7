import { initial, spellAcronym } from './latin-letters.js';
import { parseUnits, voiced, type Unit } from './romanise-units.js';
import { deleteSchwas } from './schwa-deletion.js';

/**
 * Readable romanisation of Hindi names (कर्ट कैंपबेल → Kart Kaimpbel, किम होंग-क्यून → Kim Hong-kyun):
 * फ is written f (शरीफ Sharif, फडणवीस Fadanvis), as Hindi uses it for both sounds;
 * plain ASCII, Hindi schwa deletion, capitalised words, the part after a hyphen lower-case.
 */

/** Endings of Arabic compound names romanised as a unit after the stem: अकबरूद्दीन Akbaruddin, अब्दुल्ला Abdulla. */
const COMPOUND_ENDS: [RegExp, string][] = [
  [/^(.+[\u0915-\u0939\u0958-\u095F])[ुू]द्दीन$/u, 'uddin'],
  [/^(.+[\u0915-\u0939\u0958-\u095F])[ुू]ल्लाह?$/u, 'ullah'],
  // a Marathi patronymic or a noble's -राव is -rao (वसंतराव Vasantrao, उमराव Umrao), never -rav (गौरव stays Gaurav)
  [/^(.+)राव$/u, 'rao'],
];
/** A first part of compound names (राम, श्याम, शिव, देव, हरि …) before a consonant and at least two more letters. */
const COMPOUND_START = /^(राम|श्याम|शिव|देव|हरि|कृष्ण|सत्य|प्रेम)([\u0915-\u0939\u0958-\u095F][\u0900-\u097F]{2,})$/u;
const LABIALS = /^(?:p|ph|b|bh|m)$/;
const VELARS = /^(?:k|kh|g|gh)$/;

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
  // a name compounded on a god's or a common first name is romanised part by part (रामकली Ramkali, रामशरण
  // Ramsharan, देवशरण Devsharan: one word's schwa rule gave Ramakli, Ramashran)
  const compound = COMPOUND_START.exec(word.normalize('NFC'));
  if (compound?.[1] !== undefined && compound[2] !== undefined) return romaniseWord(compound[1]) + romaniseWord(compound[2]);
  const units = parseUnits(word.normalize('NFD'));
  deleteSchwas(units);
  let out = '';
  units.forEach((u, i) => {
    out += u.cons + (u.inherent ? 'a' : u.vowel);
    if (u.nasal) out += nasalBefore(units[i + 1]);
    out += u.tail;
  });
  // a final -ीय keeps its vowel: मालवीय Malviya, भारतीय Bhartiya, राष्ट्रीय Rashtriya (never Malviy)
  const iya = /[\u0915-\u0939\u0958-\u095F]ीय$/u.test(word.normalize('NFC')) && out.endsWith('iy') ? 'a' : '';
  return conventional(out.replace(/[\u0900-\u097F]/gu, '') + iya);
}

/**
 * Spellings English prints for some Hindi name shapes: Punjabi -इंदर is -inder (सुरिंदर Surinder,
 * रुपिंदर Rupinder), an initial जय before a consonant is Jai (जयशंकर Jaishankar, जयपुर Jaipur), a final -ांव
 * is -aon (बड़ागांव Baragaon, भट्टागांव Bhattagaon).
 */
function conventional(word: string): string {
  return word.replace(/indar$/u, 'inder').replace(/^jay(?=[bcdfghjklmnpqrstvwz])/u, 'jai').replace(/anv$/u, 'aon');
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
