import type { Sentence } from '../../types.js';
import { affiliationBefore, countryOf, type Anchor } from './affiliation.js';
import { cutShort, guessed } from './guessed-names.js';
import { isNameInitial } from './latin-letters.js';
import { isGeneric, weakInPhrase } from './mention-rules.js';
import { namedAfterRun } from './named-after-run.js';
import { readThroughPlace, townAsFirstName, type PlaceAt } from './place-in-name.js';
import type { Pending } from './resolve-short-forms.js';
import type { SentenceTools } from './sentence-tools.js';
import { agentName, initialledName } from './titled-name-forms.js';
import { phraseKey, type Token, type TokenisedSentence } from './tokens.js';

/** The state of one sentence's mention search that titled names read and extend. */
export interface MentionSearch {
  tools: SentenceTools;
  ts: TokenisedSentence;
  sentence: Sentence;
  claimed: boolean[];
  claim: (from: number, to: number) => void;
  out: Pending[];
  anchors: Anchor[];
  /** Person mentions by their first token. */
  persons: Map<number, Pending>;
  /** End token of a short form or of a name guessed from one, by its first token. */
  shortEnds: Map<number, number>;
  placeAt: PlaceAt;
  base: (from: number, to: number, kind: Pending['kind']) => Pending;
  plain: (word: string) => boolean;
}

/**
 * Names after a title (मंत्री, अध्यक्ष, आरोपी) or an honorific: the role comes from the title and the
 * affiliation before it (`विदेश मंत्रालय के प्रवक्ता` = Spokesperson, Ministry of External Affairs); a person
 * already found right after the title takes the role; a generic title (दोनों नेता) names no one.
 */
/** और, folded as tokens are. */
const AND = phraseKey('और');

/** Two given names joined by और right at `at` (`संजय और मुकेश`): the people a counted title names. */
function namesListed(tools: MentionSearch['tools'], tokens: readonly Token[], at: number, claimed: readonly boolean[]): boolean {
  const end = tools.names.after(tokens, at, claimed);
  const trusted = (k: number): boolean => tools.known.isTrustedGivenName(tokens[k]?.text ?? '');
  return end > at && trusted(at) && tokens[end]?.text === AND && trusted(end + 1);
}

export function addTitledNames(search: MentionSearch): void {
  const { tools, ts, sentence, claimed, claim, out, anchors, persons, shortEnds, placeAt, base, plain } = search;
  const { tokens } = ts;
  for (const t of tools.titles.find(tokens, claimed)) {
    // in a chain of titles the last is the head noun (छात्र नेता कन्हैया कुमार: a leader): it takes the name
    if (!t.honorific && tokens[t.to]?.joined && tools.titles.startsTitle(tokens, t.to)) continue;
    let at = t.to;
    while (at < tokens.length && !claimed[at] && tools.titles.isTitleWord(tokens[at]?.text ?? '') && tokens[at]?.joined && !tools.titles.givenBeforeSurname(tokens, at)) at++;
    // the office's body between the title and the name (अध्यक्ष नगर पालिका डोईवाला सुमित्रा मनवाल): the name follows it
    const body = t.honorific || !tokens[at]?.joined ? undefined : anchors.find((a) => a.from === at && a.entity.kind === 'organisation' && tokens[a.to]?.joined && !claimed[a.to]);
    if (body !== undefined) at = body.to;
    // the office's department after the title (सहायक आयुक्त खाद्य चंदन पांडे): the name follows it, when a given name and a
    // surname follow (a portfolio may start the name itself: छात्रा रक्षा गोपाल)
    const [dept, first, last] = [tokens[at]?.text ?? '', tokens[at + 1]?.text ?? '', tokens[at + 2]?.text ?? ''];
    const named = tools.known.isGivenName(first) && tools.known.isSurname(last) && tokens[at + 2]?.joined === true;
    if (!t.honorific && body === undefined && tokens[at]?.joined && tokens[at + 1]?.joined && !claimed[at] && tools.titles.isPortfolio(dept) && !tools.known.isGivenName(dept) && named) at++;
    const affiliation = t.honorific ? null : affiliationBefore(tokens, t.from, anchors, plain);
    const country = countryOf(affiliation);
    let role = t.honorific ? undefined : tools.titles.role(t, country);
    if (role !== undefined && body !== undefined && affiliation === null) role = `${role}, ${body.entity.en}`;
    if (role !== undefined && affiliation && affiliation.type !== 'country') {
      role = affiliation.kind === 'organisation' ? `${role}, ${affiliation.en}` : `${role} of ${affiliation.en}`;
    }
    const known = persons.get(at);
    if (known && tokens[at]?.joined) {
      if (role !== undefined) known.role = role;
      if (country !== undefined) known.country = country;
      continue;
    }
    // (unless names follow it, joined by और: `दो आरोपी संजय और मुकेश` names both accused)
    if (!t.kin && isGeneric(tools, tokens[t.from - 1]?.text) && tokens[t.from]?.joined && !namesListed(tools, tokens, at, claimed)) continue;
    // a name after a title that a named-after head follows names a school or an event, not the person (सर जे.सी.
    // बोस मुख्यमंत्री बालिका उत्कृष्ट विद्यालय, कैप्टन मनोज पांडेय राजकीय इंटर कॉलेज में …; a visit is no such name:
    // विधायक राजेश कुमार राजकीय इंटर कॉलेज पहुंचे, named-after.ts)
    const namedAfter = namedAfterRun(tools, ts, at, claimed);
    if (namedAfter !== null) {
      claim(t.from, namedAfter);
      continue;
    }
    // initials after the title open the name (न्यायमूर्ति ए एम सुन्दरेश, निदेशक आर.के. कुंवर): letters that are
    // everyday words too (ए, के, जी) are no words here
    const initialled = initialledName(search, at);
    if (initialled !== null) {
      if (role !== undefined) initialled.role = role;
      if (country !== undefined) initialled.country = country;
      out.push(initialled);
      continue;
    }
    // the office's area between the title and the name is a place (एसडीपीओ महेशपुर विजय कुमार, खंड चिकित्सा
    // अधिकारी बड़ागांव डॉक्टर रुचि साहू): a town-shaped word before a given name or another title
    // (or a town-shaped word alone: एसडीपीओ महेशपुर पहुंचे)
    const next = tokens[at + 1]?.text ?? '';
    const alone = tools.names.after(tokens, at, claimed) === at + 1;
    if (!claimed[at] && tokens[at]?.joined && tools.placeLike(tokens[at]?.text ?? '') && (alone || (tokens[at + 1]?.joined && (tools.titles.isTitleWord(next) || tools.known.isGivenName(next))))) {
      claim(at, at + 1);
      const area = guessed(ts, sentence, base(at, at + 1, 'place'), at, at + 1, false, tools);
      if (area) out.push(area);
      if (alone || tools.titles.isTitleWord(next)) continue;
      at++;
    }
    let end = tools.names.after(tokens, at, claimed, t.kin);
    // a one-word town right after the title, before a surname, is the first name (थाना प्रभारी बैजनाथ कुमार)
    if (end === at && townAsFirstName(tokens, at, out, placeAt, (w) => tools.known.isSurname(w), claimed, (w) => tools.known.isMiddleName(w))) end = tools.names.after(tokens, at + 1, claimed, t.kin);
    // (a lone initial is no name: `सचिव एस के महाजन` whose surname the lists take for a word names no "Ar")
    if (end === at || weakInPhrase(tools, tokens, at, end) || (end === at + 1 && isNameInitial(tokens[at]?.text ?? ''))) continue;
    if (end - at <= 2) end = readThroughPlace(tokens, end, out, placeAt); // विलियम हेग ने: not The Hague
    // a surname that is also a known short form (सौमिल गांधी) or a figure's bare surname (अधीक्षक नवलसिंह सिसोदिया: not
    // Manish Sisodia), or a name guessed from one (अध्यक्ष कुमार विजय सिंह), belongs to the titled name
    const short = persons.get(end);
    // (the figure's own office before it makes the words between a misspelt first name: राष्ट्रपति डोनल्ड ट्रंप)
    // (not after a qualifier: a former office had other holders, पूर्व राष्ट्रपति हाफिज असद is the father)
    if (short !== undefined && bareSurname(short) && t.modifiers.length === 0 && holds(short, role) && tokens[end]?.joined && end - at < 3) {
      claim(at, end);
      Object.assign(short, { ...base(at, end + 1, 'person'), entity: short.entity, role });
      continue;
    }
    if (short !== undefined && (short.short || short.guess || bareSurname(short)) && tokens[end]?.joined && end - at < 3) {
      out.splice(out.indexOf(short), 1);
      end = shortEnds.get(end) ?? (bareSurname(short) ? end + 1 : end);
    }
    claim(at, end);
    const p = agentName(search, at, end) ?? guessed(ts, sentence, base(at, end, 'person'), at, end, false, tools);
    if (p === null || cutShort(p, at, end, tools)) continue;
    if (role !== undefined) p.role = role;
    if (country !== undefined) p.country = country;
    out.push(p);
  }
}

/** The figure holds (or held) the office the title names: a misspelt first name of theirs (राष्ट्रपति द्रोपद्री मुर्मु). */
function holds(p: Pending, role: string | undefined): boolean {
  // (the very office, not one whose name holds it: a Deputy Chief Minister holds no "Chief Minister")
  const held = [p.entity?.role ?? '', ...(p.entity?.roles ?? []).map((r) => r.role)].map((r) => r.toLowerCase());
  const office = role?.toLowerCase();
  // (or that office of a place: Chief Minister of Maharashtra)
  return office !== undefined && held.some((h) => h === office || h.startsWith(`${office} of `));
}

/** A figure named by one word of a longer listed name (सिसोदिया of मनीष सिसोदिया). */
function bareSurname(p: Pending): boolean {
  return p.entity?.kind === 'person' && !/\s/u.test(p.text.trim()) && p.entity.keys.some((k) => k.includes(' '));
}
