import type { NameSpan } from './context-names.js';
import { phraseKey, type Token } from './tokens.js';

/** Config for phrases that name a person outright (entities.yaml `namingCues`). */
export interface NamingCueData {
  /** Who is named: a person's noun before `की पहचान` / `का नाम`, or after `नाम के` (मृतक, युवक, आरोपी, एक). */
  persons: readonly string[];
  /** Nouns after the person's `की`/`का` that the name follows: पहचान, शिनाख्त, नाम. */
  cues: readonly string[];
  /** What may follow such a name: के रूप में, बताया, पुत्र, निवासी (or a bracket, or the sentence's end). */
  ends: readonly string[];
  /** Copulas that may follow it too (`का नाम अर्जुन है`); a name closed by one loses its everyday words (not `का नाम सामने आया है`). */
  copulaEnds: readonly string[];
  /** Ends that may follow a village as well (`की पहचान गडगाडेश्वर निवासी साहिल …`): a name closed by one is dropped when a name word follows. */
  residentEnds: readonly string[];
  /** An age before the name, after a number (`की पहचान 35 वर्षीय सुखराम के रूप में`): वर्षीय. */
  ageWords: readonly string[];
  /** What joins a name to the person's noun after it: नाम के, नाम की, नामक. */
  calledBy: readonly string[];
}

/** The genitive before the cue noun, folded. */
const OF = new Set(['की', 'का', 'के'].map(phraseKey));
/** `है` right after `नाम` (`का नाम है अर्जुन`), folded. */
const IS = phraseKey('है');
const ONE = phraseKey('एक');
const CONJUNCTIONS = new Set(['और', 'व', 'तथा', 'एवं'].map(phraseKey));
/** At most this many names in one naming phrase (`की पहचान रवि, मुकेश और सोनू के रूप में`). */
const MAX_NAMES = 4;
/** A name is one to this many words. */
const MAX_WORDS = 4;
/** A name before `नाम के` is one to this many words. */
const MAX_CALLED_WORDS = 3;

/** A naming phrase's names; `plain` when the phrase itself delimits them, so everyday words stay (`युवक का नाम प्रतीक बताया`). */
export interface NamedSpan extends NameSpan {
  plain: boolean;
}

type Finder = (tokens: readonly Token[], held: readonly boolean[], isNameWord: (word: string) => boolean) => NamedSpan[];

/**
 * People named outright by a crime or accident report: after a person's `की पहचान` or `का नाम`, up to a
 * closing word (`मृतक की पहचान सुखराम के रूप में हुई`, `युवक का नाम प्रतीक बताया`, `आरोपी का नाम है अर्जुन`),
 * and before `नाम के` + a person's noun (`मोहम्मद हसन नाम के व्यक्ति`). The noun before `की पहचान` must be a
 * person's (not `देश का नाम रोशन`, `अपनी पहचान वैज्ञानिक के रूप में`), and the name must be closed by one of the
 * ends, a bracket, a comma, a conjunction or the sentence's end. `held` marks tokens already in a mention.
 */
export function createNamingCues(data: NamingCueData): Finder {
  const persons = new Set(data.persons.map(phraseKey));
  const cues = new Set(data.cues.map(phraseKey));
  const words = (list: readonly string[]): string[][] => list.map((e) => phraseKey(e).split(' '));
  const [ends, copulas, calledBy] = [words(data.ends), words(data.copulaEnds), words(data.calledBy)];
  const ages = new Set(data.ageWords.map(phraseKey));
  const residents = new Set(data.residentEnds.map(phraseKey));
  const phraseAt = (tokens: readonly Token[], at: number, phrase: readonly string[]): boolean => phrase.every((w, k) => tokens[at + k]?.text === w && tokens[at + k]?.joined);
  return (tokens, held, isNameWord) => {
    const close: Close = {
      free: (i) => !held[i] && isNameWord(tokens[i]?.text ?? ''),
      strong: (at) => ends.some((e) => phraseAt(tokens, at, e)),
      copula: (at) => copulas.some((e) => phraseAt(tokens, at, e)),
    };
    const out: NamedSpan[] = [];
    for (let i = 1; i < tokens.length; i++) {
      if (i >= 2 && cues.has(tokens[i]?.text ?? '') && OF.has(tokens[i - 1]?.text ?? '') && persons.has(tokens[i - 2]?.text ?? '') && tokens[i]?.joined && tokens[i - 1]?.joined) {
        let at = tokens[i + 1]?.text === IS ? i + 2 : i + 1;
        if (/^[0-9०-९]+$/u.test(tokens[at]?.text ?? '') && ages.has(tokens[at + 1]?.text ?? '')) at += 2;
        const names = namesAfter(tokens, at, close);
        const last = names[names.length - 1];
        if (last === undefined || (residents.has(tokens[last.to]?.text ?? '') && close.free(last.to + 1))) continue;
        out.push(...names);
      }
      const called = calledBy.find((c) => phraseAt(tokens, i, c));
      if (called === undefined) continue;
      const next = i + called.length;
      // (one determiner between: `रमेश नाम के एक युवक`)
      const person = persons.has(tokens[next]?.text ?? '') ? next : tokens[next]?.text === ONE && persons.has(tokens[next + 1]?.text ?? '') ? next + 1 : -1;
      if (person < 0 || !tokens[person]?.joined) continue;
      let from = i;
      while (from > 0 && i - from < MAX_CALLED_WORDS && close.free(from - 1) && tokens[from]?.joined) from--;
      if (from < i) out.push({ from, to: i, weak: false, plain: false });
    }
    return out;
  };
}

interface Close {
  free: (i: number) => boolean;
  strong: (at: number) => boolean;
  copula: (at: number) => boolean;
}

/**
 * Names from `at`: one, or a list joined by commas and a last conjunction, closed as the phrase requires
 * (an end word, a bracket, a comma, a conjunction or the sentence's end; a copula too, but the name then
 * loses its everyday words); [] otherwise.
 */
function namesAfter(tokens: readonly Token[], at: number, close: Close, depth = 0): NamedSpan[] {
  let to = at;
  while (to - at < MAX_WORDS && close.free(to) && !close.strong(to) && (to === at || tokens[to]?.joined)) to++;
  if (to === at) return [];
  const conjunction = CONJUNCTIONS.has(tokens[to]?.text ?? '') && tokens[to]?.joined === true;
  const more = depth + 1 < MAX_NAMES && (conjunction || tokens[to]?.comma === true) ? namesAfter(tokens, conjunction ? to + 1 : to, close, depth + 1) : [];
  const plain = to >= tokens.length || !tokens[to]?.joined || conjunction || close.strong(to);
  if (!plain && !close.copula(to)) return [];
  return [{ from: at, to, weak: false, plain: plain && more.every((m) => m.plain) }, ...more];
}
