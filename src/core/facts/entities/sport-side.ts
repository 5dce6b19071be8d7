import type { Sentence } from '../../types.js';
import type { EntitiesData } from './entities-data.js';
import { phraseKey, tokenise, type Token, type TokenisedSentence } from './tokens.js';

/** What a sports report says of its sides: one sport, and whether a sentence speaks of a women's or a men's side. */
export interface SportSide {
  sport: string;
  tokenised: Map<number, TokenisedSentence>;
  /** Whether a sentence speaks of a women's side: its own words (महिला, महिलाओं, पुरुषों …), else the report's if it names one kind only; null when unknown. */
  women: (sentence: number) => boolean | null;
  /** Indian states play only in a report of a competition of state sides (रणजी, संतोष ट्रॉफी, राष्ट्रीय खेलों). */
  states: boolean;
}

const set = (list: readonly string[]): Set<string> => new Set(list.map(phraseKey));
type Kind = 'women' | 'men';

/**
 * Reads a report once for sport-teams.ts: its one sport, named by a word of its own (not टेस्ट, रन or पारी alone,
 * everyday words too); null for several sports, a youth, disabled or legends' side, a league or a medal table
 * (config `teamFrames.youth`, `teamFrames.league`), whose sides are not the national ones.
 */
export function createSportSide(data: EntitiesData): (sentences: readonly Sentence[], sports: () => ReadonlySet<string>) => SportSide | null {
  const f = data.teamFrames;
  const youth = set(f.youth);
  const league = set(f.league);
  const women = set(f.women);
  const men = set(f.men);
  const states = set(f.stateCompetitions);
  const weak = set(data.weakSportWords);
  const sportWords = new Map(Object.entries(data.sportWords).map(([s, list]) => [s, set(list)]));
  const read = new WeakMap<readonly Sentence[], SportSide | null>();
  const bigram = (all: readonly Token[], i: number): string => `${all[i]?.text ?? ''} ${all[i + 1]?.text ?? ''}`;
  return (sentences, sports) => {
    if (read.has(sentences)) return read.get(sentences) ?? null;
    const [sport, other] = [...sports()];
    const ofSport = sport === undefined ? undefined : sportWords.get(sport);
    const tokenised = new Map(sentences.map((s) => [s.index, tokenise(s.text)]));
    const all = [...tokenised.values()].flatMap((ts) => ts.tokens);
    const strong = ofSport !== undefined && all.some((t) => ofSport.has(t.text) && !weak.has(t.text));
    const barred = all.some((t, i) => youth.has(t.text) || league.has(t.text) || league.has(bigram(all, i)));
    let side: SportSide | null = null;
    if (sport !== undefined && other === undefined && ofSport !== undefined && strong && !barred) {
      // महिला हॉकी, पुरुषों के मुकाबले, भारतीय महिलाओं ने: the kinds of side each sentence speaks of
      const kinds = (tokens: readonly Token[]): Set<Kind> => new Set(tokens.flatMap((t): Kind[] => (women.has(t.text) ? ['women'] : men.has(t.text) ? ['men'] : [])));
      const bySentence = new Map([...tokenised].map(([i, ts]) => [i, kinds(ts.tokens)]));
      const article = new Set([...bySentence.values()].flatMap((k) => [...k]));
      const one = (k: ReadonlySet<Kind>): boolean | null => (k.size === 1 ? k.has('women') : null);
      side = {
        sport,
        tokenised,
        women: (i) => one(bySentence.get(i) ?? new Set()) ?? (article.size === 0 ? false : one(article)),
        states: all.some((t, i) => states.has(t.text) || states.has(bigram(all, i))),
      };
    }
    read.set(sentences, side);
    return side;
  };
}
