import type { Sentence } from '../../types.js';
import type { EntitiesData } from './entities-data.js';
import type { GazetteerIndex, IndexedEntity } from './gazetteer-index.js';
import type { Pending } from './resolve-short-forms.js';
import { createSportSide } from './sport-side.js';
import { phraseKey, tokenBounds, tokenise, type Token } from './tokens.js';

/** Place types whose team a sports report names by the place alone (भारत ने मलेशिया को हराया). */
const NATIONAL = new Set(['country', 'country part', 'region']);
const STATE = new Set(['state', 'union territory']);
/** Most words between `<place> को` or `<place> ने` and the verb of the match (`को 4-3 से हराया`). */
const OBJECT_GAP = 5;
const SUBJECT_GAP = 10;
const SCORE_GAP = 5;
/** A score in the sentence (`4-3`, `2–1`, and a goal score some pages write with a dot, `1.2 से हराया`). */
const SCORE = /(?<![\p{N}.,])\p{N}{1,2}\s?[-–]\s?\p{N}{1,2}(?![\p{N}.,])|(?<![\p{N}.,])\p{N}\.\p{N}(?![\p{N}.,])/u;
/** A national side's English name: its place, women's or not, its sport. */
const TEAM_NAME = /^(.+?) (men's |women's )?(?:national )?(cricket|field hockey|hockey|football|soccer|kabaddi) team$/u;
const SPORT_OF: Readonly<Record<string, string>> = { cricket: 'cricket', 'field hockey': 'hockey', hockey: 'hockey', football: 'football', soccer: 'football', kabaddi: 'kabaddi' };
/** Case markers and joiners, folded as tokens are (की → कि). */
const [KI, KA, KE, KO, NE, PAR, SE] = ['की', 'का', 'के', 'को', 'ने', 'पर', 'से'].map(phraseKey);
const JOINERS = new Set(['और', 'व', 'एवं', 'तथा'].map(phraseKey));

/**
 * In a report of one sport, a country or an Indian state that plays is its team: `मलेशिया और पोलैंड पर
 * जीत`, `स्विट्जरलैंड को 4-3 से हराया`, `गुजरात बनाम मध्य प्रदेश`, `गाम्बिया की टीम 54 रन पर ढेर` — the
 * place's team of that sport joins the place: the gazetteer's team of that country and sport, else the
 * name config `sportTeams` makes. Only in a sentence that speaks of a match; women's or men's by the sentence
 * (sport-side.ts), none when that is unknown; an Indian state only in a competition of state sides; none at all in a
 * report of several sports, a youth side, a league or a medal table (sport-side.ts).
 */
export function createSportTeams(index: GazetteerIndex, data: EntitiesData) {
  const frames = data.teamFrames;
  const set = (list: readonly string[]): Set<string> => new Set(list.map(phraseKey));
  const sportWords = new Map(Object.entries(data.sportWords).map(([s, list]) => [s, set(list)]));
  const anySport = new Set([...sportWords.values()].flatMap((w) => [...w]));
  const frameSets: Omit<FrameSets, 'ofSport'> = {
    versus: set(frames.versus), against: set(frames.against), defeat: set(data.defeatCues), team: set(frames.team), women: set(frames.women),
    men: set(frames.men), matchWords: set(frames.matchWords), scoreWords: set(frames.scoreWords), win: set(frames.win), loss: set(frames.loss),
  };
  // words that make a sentence speak of a match, and words of a club's sentence
  const evidence = new Set([...anySport, ...frameSets.matchWords, ...frameSets.scoreWords, ...frameSets.team, ...frameSets.versus]);
  const clubs = set(frames.clubs);
  // the frame words with each sport's own words, built once
  const framesOf = new Map([...sportWords].map(([sport, words]) => [sport, { ...frameSets, ofSport: words }]));
  // the gazetteer's national teams, by the place that names them (England cricket team: England, though of the UK)
  const listed = new Map<string, IndexedEntity>();
  for (const e of index.entities.values()) {
    const named = e.kind === 'organisation' && e.type === 'team' ? TEAM_NAME.exec(e.en) : null;
    const sport = named?.[3] === undefined ? undefined : SPORT_OF[named[3]];
    const key = `${named?.[1]}|${sport}|${named?.[2] === "women's "}`;
    if (named?.[1] !== undefined && sport !== undefined && !listed.has(key)) listed.set(key, e);
  }
  const teamOf = (place: IndexedEntity, sport: string, isWomen: boolean): IndexedEntity | null => {
    const names = data.sportTeams[sport];
    const national = NATIONAL.has(place.type ?? '');
    if (national) {
      const known = listed.get(`${place.en}|${sport}|${isWomen}`);
      if (known) return known;
    }
    // a region plays only as a listed side (West Indies), never by a made name (Middle East national cricket team)
    if (place.type === 'region') return null;
    const template = names?.[national ? (isWomen ? 'nationalWomen' : 'national') : (isWomen ? 'stateWomen' : 'state')];
    if (template === undefined) return null;
    // (Punjab, India and Jammu and Kashmir (union territory) name their teams without the gazetteer's qualifier)
    const en = template.replace('{place}', place.en.replace(/, India$| \([^)]*\)$/u, ''));
    return { id: `organisation:${en}`, kind: 'organisation', en, hi: place.hi, keys: [], type: 'team', sport, country: national ? place.en : 'India' };
  };
  const countries = new Map<string, IndexedEntity>();
  for (const e of index.entities.values()) if (e.kind === 'place' && NATIONAL.has(e.type ?? '') && !countries.has(e.en)) countries.set(e.en, e);
  const sideOf = createSportSide(data);
  /**
   * A listed team named by generic words (भारतीय टीम, listed as the cricket team) in a report of another
   * single sport is that country's team of the report's sport — unless its words name a sport themselves.
   */
  const retarget = (p: Pending, sentences: readonly Sentence[], sports: () => ReadonlySet<string>): IndexedEntity | null => {
    const country = p.entity?.country === undefined ? undefined : countries.get(p.entity.country);
    if (country === undefined || p.entity?.type !== 'team' || tokenise(p.text).tokens.some((t) => anySport.has(t.text))) return null;
    const side = sideOf(sentences, sports);
    const women = side === null ? null : /women's/u.test(p.entity.en) || side.women(p.sentence);
    return side === null || women === null ? null : teamOf(country, side.sport, women);
  };
  const find = (sentences: readonly Sentence[], pending: readonly Pending[], sports: () => ReadonlySet<string>): Pending[] => {
    const places = pending.filter((p) => p.kind === 'place' && !p.adjective && p.entity !== undefined && plays(p.entity));
    const side = places.length === 0 ? null : sideOf(sentences, sports);
    const sets = side === null ? undefined : framesOf.get(side.sport);
    if (side === null || sets === undefined) return [];
    const out: Pending[] = [];
    for (const sentence of sentences) {
      const ts = side.tokenised.get(sentence.index);
      const mine = places.filter((p) => p.sentence === sentence.index);
      if (ts === undefined || mine.length === 0) continue;
      // the sentence itself speaks of a match (a word of a sport, a match word, a score, टीम): `1971 के युद्ध में भारत ने
      // पाकिस्तान को हराया` in a report that names क्रिकेट elsewhere is a war; and of no club (`मेक्सिको के क्लब अमेरिका`)
      if (!(ts.tokens.some((t) => evidence.has(t.text)) || SCORE.test(sentence.text)) || ts.tokens.some((t) => clubs.has(t.text))) continue;
      const { byStart, byEnd } = tokenBounds(ts);
      const here = mine.flatMap((p) => {
        const [from, to] = [byStart.get(p.span.start), byEnd.get(p.span.end)];
        return from !== undefined && to !== undefined ? [{ p, from, to }] : [];
      }).sort((a, b) => b.from - a.from);
      const others = pending.filter((q) => q.sentence === sentence.index && q.kind !== 'place');
      const playing = new Set<number>();
      for (const { p, from, to } of here) {
        // a place inside a club's name (आर्मी इलेवन दिल्ली हॉकी टीम) is no side of its own
        if (others.some((q) => q.span.end <= p.span.start && p.span.start - q.span.end <= 1)) continue;
        // मलेशिया और पोलैंड पर जीत: the first of two coordinated places plays as the second does
        const joined = JOINERS.has(ts.tokens[to]?.text ?? '') && ts.tokens[to]?.joined === true && ts.tokens[to + 1]?.joined === true && playing.has(to + 1);
        if (!joined && !inMatch(ts.tokens, from, to, sets)) continue;
        playing.add(from);
        // (an Indian state plays only in a competition of state sides; a side of unknown kind, men's or women's, is no team)
        const women = side.women(p.sentence);
        if (women === null || (!side.states && !NATIONAL.has(p.entity?.type ?? ''))) continue;
        const entity = p.entity && teamOf(p.entity, side.sport, women);
        if (entity) out.push({ sentence: p.sentence, span: p.span, text: p.text, kind: 'organisation', entity, country: entity.country });
      }
    }
    return out;
  };
  return { find, retarget };
}

const plays = (e: IndexedEntity): boolean => NATIONAL.has(e.type ?? '') || (STATE.has(e.type ?? '') && e.country === 'India');

interface FrameSets {
  versus: Set<string>; against: Set<string>; defeat: Set<string>; team: Set<string>; matchWords: Set<string>; scoreWords: Set<string>;
  win: Set<string>; loss: Set<string>; ofSport: Set<string>; women: Set<string>; men: Set<string>;
}

/** Whether the place at tokens [from, to) plays in its clause: a team, a side of `बनाम`, who beat or was beaten. */
function inMatch(ts: readonly Token[], from: number, to: number, f: FrameSets): boolean {
  const at = (i: number): string => ts[i]?.text ?? '';
  // the words after it while the clause goes on (no punctuation between)
  const ahead = (n: number): string[] => {
    const out: string[] = [];
    for (let i = to; i < to + n && i < ts.length && (i === to || ts[i]?.joined); i++) out.push(at(i));
    return out;
  };
  const next = ahead(SUBJECT_GAP + 1);
  if (f.versus.has(next[0] ?? '') || (from > 0 && f.versus.has(at(from - 1)) && ts[from]?.joined)) return true;
  // गाम्बिया की टीम, भारत की महिला हॉकी टीम, इंग्लैंड टीम
  const side = next[0] === KI || next[0] === KA || next[0] === KE ? next.slice(1) : next;
  const teamAt = side.slice(0, 3).findIndex((w) => f.team.has(w));
  if (teamAt >= 0 && side.slice(0, teamAt).every((w) => f.women.has(w) || f.men.has(w) || f.ofSport.has(w))) return true;
  const rest = next.slice(1);
  const within = (n: number, set: Set<string>): boolean => rest.slice(0, n).some((w) => set.has(w));
  if (next[0] === KO) return within(OBJECT_GAP, f.defeat);
  if (next[0] === PAR) return within(2, f.win);
  if (next[0] === SE) return within(2, f.loss);
  // भारत ने … को हराया; इंग्लैंड ने पहली पारी में 310 रन (a score within a few words)
  if (next[0] === NE) return within(SUBJECT_GAP, f.defeat) || rest.slice(0, SCORE_GAP).some((w, i) => /^\p{N}+$/u.test(w) && f.scoreWords.has(rest[i + 1] ?? ''));
  // भारत के खिलाफ … मैच: against, in a clause about a match
  if (f.against.has(`${next[0] ?? ''} ${next[1] ?? ''}`)) return ts.some((t) => f.matchWords.has(t.text));
  return false;
}
