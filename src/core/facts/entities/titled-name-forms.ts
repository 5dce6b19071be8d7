import { tokensText } from './guessed-names.js';
import { initialLetter, isNameInitial } from './latin-letters.js';
import type { Pending } from './resolve-short-forms.js';
import { phraseKey, tokenSpan } from './tokens.js';
import type { MentionSearch } from './titled-names.js';

// Name shapes right after a title: initials and a name, or two name words before ने.

/** ने, folded as tokens are. */
const AGENT = phraseKey('ने');

/**
 * A given name and an everyday word between a title and ने (कप्तान यश धुल ने): the agent's whole name, the word its
 * surname — no everyday phrase stands between an office's holder and ने — else null. (An everyday word before a
 * given name describes it: पुत्र स्वर्गीय रामपाल ने.)
 */
export function agentName(search: MentionSearch, at: number, end: number): Pending | null {
  const { tools, ts } = search;
  const words = ts.tokens.slice(at, end).map((t) => t.text);
  if (words.length !== 2 || ts.tokens[end]?.text !== AGENT || ts.tokens[end]?.joined !== true) return null;
  const core = tools.trimCommon(words);
  return core.from === 0 && core.to === 1 && tools.known.isGivenName(words[0] ?? '') ? named(search, at, end) : null;
}

/** Most initials before a name's words (ए पी जे अब्दुल कलाम). */
export const MAX_INITIALS = 3;
/** के, folded as tokens are. */
const GENITIVE = phraseKey('के');
/** Shortest first name word after initials (not एड of बी.एड.). */
const MIN_NAME_CHARS = 3;

/**
 * A name of initials and name words starting at `at` (claimed), else null. A letter that is an everyday word too
 * (के, ए, जी) counts beside another letter or before a full stop (ए एम सुन्दरेश, जी.डी. मिश्रा), not alone (कप्तान के रूप में).
 */
export function initialledName(search: MentionSearch, at: number): Pending | null {
  const { tools, ts, claimed, claim } = search;
  const { tokens } = ts;
  let letters = at;
  while (letters - at < MAX_INITIALS && !claimed[letters] && tokens[letters]?.joined && initialLetter(tokens[letters]?.text ?? '') !== undefined) letters++;
  // letters that spell an office (एम.एल.सी. हीरालाल यादव, के पी.ए. राजेश शर्मा) are another title: the name starts after them
  const spelled = tokens.slice(at, letters).map((t) => t.text);
  const office = letters > at && [0, 1].some((k) => k < spelled.length && isOffice(tools, spelled.slice(k).join('')));
  if (office) at = letters;
  const dotted = ts.folded.text.slice(tokens[at]?.end ?? 0, tokens[at + 1]?.start ?? 0).includes('.');
  // (के right after a title is its genitive unless a stop marks it a letter: विधायक के पी.ए. राजेश शर्मा)
  const genitive = tokens[at]?.text === GENITIVE && !dotted;
  const sure = office || (!genitive && (letters - at > 1 || dotted || isNameInitial(tokens[at]?.text ?? '')));
  const end = sure && (office || letters > at) && tokens[letters]?.joined ? tools.names.after(tokens, letters, claimed) : letters;
  // (the name words no everyday words, the first no letters' leftover: ए.सी. कमरे, बी.एड. कॉलेज name no one)
  const core = tools.trimCommon(tokens.slice(letters, end).map((t) => t.text));
  if (end === letters || core.to < end - letters || (tokens[letters]?.text.length ?? 0) < MIN_NAME_CHARS) return null;
  claim(at, end);
  return named(search, at, end);
}

/** The person named by tokens [from, to), as they stand (no everyday word trimmed off). */
function named(search: MentionSearch, from: number, to: number): Pending {
  const { tools, ts, sentence, base } = search;
  const hi = tokensText(ts, sentence, from, to);
  const span = tokenSpan(ts, from, to);
  const words = ts.tokens.slice(from, to).map((t) => t.text);
  return { ...base(from, to, 'person'), span, text: sentence.text.slice(span.start, span.end), guess: { words, hi, en: tools.romaniseName(hi), weak: false } };
}

/** Letters spelling an office: a title of config (एसडीएम, पीए) or a listed person's office (पीएम, सीएम). */
function isOffice(tools: MentionSearch['tools'], letters: string): boolean {
  return tools.officeLetters.has(letters) || tools.titles.isTitleWord(letters);
}
