import { isNameInitial } from './latin-letters.js';
import { namedAfterEnd } from './named-after.js';
import type { SentenceTools } from './sentence-tools.js';
import { MAX_INITIALS } from './titled-name-forms.js';
import type { TokenisedSentence } from './tokens.js';


/** End of a named-after head after the name (initials first) at `at` — a place or event so named — or null. */
export function namedAfterRun(tools: SentenceTools, ts: TokenisedSentence, at: number, claimed: readonly boolean[]): number | null {
  const { tokens } = ts;
  let k = at;
  while (k < at + MAX_INITIALS && !claimed[k] && tokens[k]?.joined && isNameInitial(tokens[k]?.text ?? '')) k++;
  // (the name ends at a residence: `भाई वाजिद निवासी कमला रोड` is Wajid of Kamla Road, no road named after him)
  // (the head may have joined the run of name words: `महंत रामकृपाल हॉस्पिटल`)
  const name = tools.names.after(tokens, k, claimed, true);
  for (let e = k + 1; e <= name; e++) {
    const end = namedAfterEnd(tools.namedAfter, ts, e, tools.namedAfterAdjectives, tools.arrivals, tools.namedAfterEvents);
    if (end !== null) return end + 1;
  }
  return null;
}
