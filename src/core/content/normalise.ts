import { joinAaSigns } from '../text/devanagari.js';

/** Character-level clean-up of raw page text, before any line is judged. */

/** Zero-width and invisible characters that only get in the way (ZWJ/ZWNJ are kept: they shape Devanagari). */
const INVISIBLE = /[\u200B\u200E\u200F\u2060\u2061\u2062\u2063\u2064\uFEFF\u00AD\u180E]/g;
/** Every kind of horizontal space (NBSP, thin, ideographic …) becomes a plain space. */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
/** Devanagari letter/mark glued to a Latin letter, either way round. */
const DEVANAGARI_THEN_LATIN = /([\u0900-\u0963\u0971-\u097F])(?=\p{Script=Latin})/gu;
const LATIN_THEN_DEVANAGARI = /(\p{Script=Latin})(?=[\u0900-\u0963\u0971-\u097F])/gu;

/** A visarga typed for a colon between digits (`2ः30 बजे`): a clock time. */
const VISARGA_COLON = /(?<=[0-9०-९])ः(?=[0-9०-९])/gu;
/** A visarga typed for a colon after a vowel sign at the start of a line, before a space (`नई दिल्लीः प्रधानमंत्री …`): a
 * dateline's or a label's colon (Hindi words with a visarga end in a consonant: `अतः`, `पुनः`, `प्रातः`). */
const VISARGA_LABEL = /^([^\S\n]*(?:[\p{L}\p{M}]+[^\S\n]+){0,2}[\p{L}\p{M}]*[\u093E-\u094C])ः(?=[^\S\n])/gmu;

/**
 * A colon typed for a visarga after the few word starts that take one (`नि:शुल्क`, `दु:ख`, `अंत:करण`, `पुन:`, `प्रात:`),
 * a consonant after it — not a place or label glued to what follows (`मेरठ:जिले`, `नाम:रमेश`, `बर्मिंघम:भारतीय`).
 */
const COLON_VISARGA = /(?<=(?<![\p{L}\p{M}])(?:नि|दु|अंत|अन्त|पुन|प्रात|मन|अत|स्वत|बहि|अध|छ)):(?=[\u0915-\u0939])/gu;

/** …and a colon typed for the visarga ending an adverb, before a space (`आज प्रात: सतीश धवन …`, `अत: …`): no clause's colon. */
const COLON_VISARGA_ADVERB = /(?<=(?<![\p{L}\p{M}])(?:प्रात|अत|पुन|स्वत|अंतत|अन्तत|मूलत|सामान्यत|वस्तुत|क्रमश|प्राय|विशेषत|मुख्यत|पूर्णत|संभवत|सम्भवत)):(?=[^\S\n])/gu;

/** Pictographs opening a line (`🚔 गुरुग्राम में …`, `🔴 LIVE`): decoration, never part of a headline or a sentence. */
const LEADING_PICTOGRAPHS = /^[^\S\n]*(?:\p{Extended_Pictographic}[\uFE0F\u200D\u20E3]*[^\S\n]*)+/gmu;

/** A bullet sign opening a line (`Ø इसरो के …`, `► …`, `■ …`) before a space: a list mark, no word of the sentence. */
const LEADING_BULLET_SIGN = /^[^\S\n]*[Ø►▶▪■●◆➤➢✓✔➡][^\S\n]+/gmu;

/** A Devanagari zero typed for an abbreviation's point after a title, glued to the name (`डॉ०विपिन`): a space after it. */
const ZERO_POINT = /(?<=(?<![\p{L}\p{M}])(?:डॉ|डा|श्री|श्रीमती|मो|प्रो|स्व|पं|कु|सु|ए))०(?=[\u0905-\u0939])/gu;

/** BOM, CRLF/CR → LF, NFC, invisible characters, odd spaces, a visarga typed for a colon in times and datelines and back inside words, pictographs opening a line, ाॅ as ॉ, ाे as ो, ाै as ौ, a title's zero point glued to a name (डॉ०विपिन), a bullet sign opening a line (Ø …). */
export function normaliseText(raw: string): string {
  // (ाॅ, ाे, ाै typed for ॉ, ो, ौ — `डाॅ`, `काॅलेज`, `गाेपालदास` — are one letter on the page: joinAaSigns)
  return joinAaSigns(raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(VISARGA_COLON, ':')
    .replace(VISARGA_LABEL, '$1:')
    .replace(LEADING_PICTOGRAPHS, '')
    .replace(COLON_VISARGA, 'ः')
    .replace(COLON_VISARGA_ADVERB, 'ः'))
    .replace(ZERO_POINT, '० ')
    .replace(LEADING_BULLET_SIGN, '');
}

/** Inserts a space at every Devanagari↔Latin letter boundary inside a token (दिवसीयofficial). */
export function splitGluedScripts(line: string): string {
  return line.replace(DEVANAGARI_THEN_LATIN, '$1 ').replace(LATIN_THEN_DEVANAGARI, '$1 ');
}

/**
 * Punctuation spacing: no space before , । ? ! : ; (after a letter), one space after , । ? ! when a
 * letter follows (unless `addMissing` is false: a headline keeps the page's `मामले,स्वास्थ्य`),
 * single spaces, no space inside brackets.
 */
export function fixSpacing(line: string, addMissing = true): string {
  const tight = line
    .replace(/[ ]+/g, ' ')
    .replace(/(?<=[\p{L}\p{M}\p{N}"”’)])\s+([,।॥?!;])/gu, '$1')
    .replace(/(?<=[\p{L}\p{M}])\s+([:：])(?=\s|$)/gu, '$1');
  return (addMissing ? tight.replace(/([,।॥?!])(?=[\p{L}])/gu, '$1 ') : tight)
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();
}
