import type { Anchor } from './affiliation.js';
import type { NameSpan } from './context-names.js';
import type { EntitiesData } from './entities-data.js';
import { phraseKey, type Token } from './tokens.js';

/** `<place or body> के/की <name> ने`: the owner's postposition (की for a woman: नोएडा की रक्षा गोपाल ने). */
const OWNED = new Set(['के', 'की'].map(phraseKey));
/** The genitive that may stand between a place and its resident cue (`रामपुरा के निवासी`). */
const OF = phraseKey('के');
/** An English plural written in Devanagari (पाइरेट्स, स्टीलर्स): a team, not a player. */
const TEAM_PLURAL = /्स$/u;
/** Words after a player's ने within which a figure or a sport's word says the match (`ने सबसे ज्यादा 46 रन`). */
const MATCH_REACH = 5;
/** Words between को and the verb of defeat (को 12-8 से हराकर). */
const DEFEAT_REACH = 4;

/** A free (unclaimed) word joined to the one before, or null. */
export type FreeWord = (tokens: readonly Token[], i: number, claimed: readonly boolean[]) => string | null;

/**
 * Names owned by a place, party or team (`<place or body> के/की <name> ने`), a place's player beaten in a
 * match (`कजाकिस्तान के अजामत को 12-8 से हराकर`) and a place's resident (`रोहतक निवासी अनिल सासी`).
 */
export function createPossessedNames(
  data: EntitiesData,
  isNameWord: (word: string) => boolean,
  isCommon: (word: string) => boolean,
  word: FreeWord,
): (tokens: readonly Token[], claimed: readonly boolean[], anchors: readonly Anchor[]) => NameSpan[] {
  const given = new Set(data.givenNames.map(phraseKey));
  const surnames = new Set(data.surnames.map(phraseKey));
  const defeat = new Set(data.defeatCues.map(phraseKey));
  const resident = new Set(data.residentCues.map(phraseKey));
  const placeNouns = new Set(data.residentNames.places.map(phraseKey));
  const closers = data.residentNames.closers.map((c) => c.split(/\s+/u).map(phraseKey));
  const personNouns = new Set([...data.namingCues.owners, ...data.namingCues.persons].map(phraseKey));
  const weakGiven = new Set(data.weakGivenNames.map(phraseKey));
  const sides = data.sideCues.map((c) => phraseKey(c).split(' ')).filter((c) => c.length > 1);
  const sport = new Set([...Object.values(data.sportWords).flat(), ...data.goalWords].map(phraseKey));
  /** `को` and a verb of defeat within a few words (को 12-8 से हराकर): the name is the one beaten. */
  const beaten = (tokens: readonly Token[], at: number): boolean =>
    tokens[at]?.text === 'को' && tokens.slice(at + 1, at + DEFEAT_REACH + 1).some((t) => defeat.has(t.text));
  // a possessed name is taken whole or not at all: an everyday word in it (रक्षा गोपाल) is not trimmed to a shorter name
  const possessedWord = (w: string): boolean => isNameWord(w) && (!isCommon(w) || given.has(w) || surnames.has(w));
  /**
   * End of a place's player beaten in a match (`कजाकिस्तान के अजामत को 12-8 से हराकर`), or `from` when none:
   * one to three name words before को and a verb of defeat, none an everyday word (टीम is not टिम,
   * though they fold alike; a name with one, अजात सलिदिनोव, is left out rather than cut).
   */
  const beatenPlayer = (tokens: readonly Token[], claimed: readonly boolean[], from: number): number => {
    let end = from;
    while (end < from + 3 && word(tokens, end, claimed) !== null && isNameWord(tokens[end]?.text ?? '')) end++;
    const plain = end > from && tokens.slice(from, end).every((t) => !isCommon(t.text) && !TEAM_PLURAL.test(t.text));
    return plain && tokens[end]?.joined && beaten(tokens, end) ? end : from;
  };
  return (tokens, claimed, anchors) => {
    const out: NameSpan[] = [];
    for (const a of anchors) {
      if (a.entity.kind === 'person' || !OWNED.has(tokens[a.to]?.text ?? '')) continue;
      // (after a side's phrase, `श्रीलंका के लिए`, `पाकिस्तान की ओर से`, the name starts past it; a team may be the side)
      const side = sides.find((cue) => cue.every((w, k) => tokens[a.to + k]?.text === w && (k === 0 || tokens[a.to + k]?.joined))) ?? [];
      const start = a.to + Math.max(1, side.length);
      let end = start;
      while (end < start + 3 && word(tokens, end, claimed) !== null && possessedWord(tokens[end]?.text ?? '')) end++;
      // owned by a party or team, or with की, the name needs a listed given name or surname in it:
      // `भाजपा के बाहुबली ने`, `भारत की मेजबानी ने` are epithets and nouns, not people
      const listed = tokens.slice(start, end).some((t) => (given.has(t.text) || surnames.has(t.text)) && !isCommon(t.text));
      // owned by a place with के, two unlisted words will do (चीन के लियू युकुन ने), one will not (अमेरिका के फेड ने); after a
      // side's phrase, only where a match is said after ने (a figure or a sport's word: `… ने 26 वें मिनट में गोल`), not a
      // weapon's name (`रूस की ओर से जिरकॉन हाइपरसोनिक ने निशाना साधा`, reviewer)
      const played = side.length === 0 || tokens.slice(end + 1, end + 1 + MATCH_REACH).some((t) => /\p{N}/u.test(t.text) || sport.has(t.text));
      const plain = (side.length > 0 || (a.entity.kind === 'place' && tokens[a.to]?.text === 'के')) && end - start >= 2 && played;
      if (end > start && tokens[end]?.text === 'ने' && tokens[end]?.joined && (plain || listed)) {
        out.push({ from: start, to: end, weak: false });
        continue;
      }
      const player = beatenPlayer(tokens, claimed, a.to + 1);
      if (a.entity.kind === 'place' && player > a.to + 1) out.push({ from: a.to + 1, to: player, weak: false });
    }
    // `रोहतक निवासी अनिल सासी, …`: a place's resident named right after निवासी (a name first, `मनोज
    // कुमार कसेरा निवासी परेव`, has the place after it instead); a word for a place will do (गांव निवासी नौशेर ने)
    // (each position once: a known place may also be a word for one)
    // (a genitive may stand between: `रामपुरा के निवासिनी सीमा देवी`)
    const after = (i: number): number => (tokens[i]?.text === OF && resident.has(tokens[i + 1]?.text ?? '') ? i + 1 : i);
    const cues = new Set([...anchors.filter((a) => a.entity.kind === 'place').map((a) => after(a.to)), ...tokens.flatMap((t, i) => (placeNouns.has(t.text) ? [after(i + 1)] : []))]);
    for (const at of cues) {
      if (!resident.has(tokens[at]?.text ?? '') || !tokens[at]?.joined) continue;
      let end = at + 1;
      while (end < at + 4 && word(tokens, end, claimed) !== null && possessedWord(tokens[end]?.text ?? '')) end++;
      const last = tokens[end - 1]?.text ?? '';
      // the name ends where a name word cannot follow: punctuation, a case marker, an everyday word
      const ends = word(tokens, end, claimed) === null || !possessedWord(tokens[end]?.text ?? '');
      // the first word a listed given name or surname (गाजियाबाद निवासी बीटेक छात्र, आगरा निवासी दंपती are no one), or
      // a closer after plain name words (प्रयागराज निवासी मोनू को; not आगरा निवासी व्यापारी ने: a person's noun)
      const first = tokens[at + 1]?.text ?? '';
      const plain = tokens.slice(at + 1, end).every((t) => !personNouns.has(t.text) && (!isCommon(t.text) || given.has(t.text) || weakGiven.has(t.text)));
      const closed = closers.some((c) => c.every((w, k) => tokens[end + k]?.text === w && tokens[end + k]?.joined));
      if (end > at + 1 && !isCommon(last) && ends && (given.has(first) || surnames.has(first) || (plain && closed))) {
        out.push({ from: at + 1, to: end, weak: false });
      }
    }
    return out;
  };
}
