import { DATELINE_SENTENCE } from '../../types.js';
import { affiliationBefore } from './affiliation.js';
import type { EntityMatch } from './entity-matches.js';
import { guessed } from './guessed-names.js';
import { initialLetter, isNameInitial, ownInitials, spellAcronym } from './latin-letters.js';
import { foreignGeneric, givenNamesBefore, middled, otherNameEnd, lastWordsOf, personLastWords, respeltFullForm, unsureAfterJi } from './mention-rules.js';
import { namedAfterEnd } from './named-after.js';
import { districtBefore, stateInBrackets } from './short-place-cues.js';
import { sectorIndexAfter } from './index-exchanges.js';
import type { Pending } from './resolve-short-forms.js';
import type { Token } from './tokens.js';
import type { MentionSearch } from './titled-names.js';

/**
 * Mentions of gazetteer forms in one sentence: places and bodies named after a person or place are
 * claimed as no mention; a short form that starts or ends a longer name is that other person (guessed
 * whole); credits, foreign generic ministries and adjectives that name no one are skipped.
 */
export function addGazetteerMentions(search: MentionSearch, matches: readonly EntityMatch[]): void {
  const { tools, ts, sentence, claimed, claim, out, anchors, persons, shortEnds, placeAt, base, plain } = search;
  const { tokens } = ts;
  for (const m of matches) {
    if (claimed[m.from]) continue; // inside a scheme name, a named institution or a named-after gloss
    const full = m.hits.find((h) => !h.short);
    const kindOf = (full ?? m.hits[0])?.entity.kind;
    // (a river names a hospital, hotel or school after it too: `नर्मदा हॉस्पिटल` is no river)
    const river = kindOf === 'place' && (full ?? m.hits[0])?.entity.type === 'river';
    const heads = kindOf === 'person' ? tools.namedAfter : river ? tools.riverNamedAfter : kindOf === 'place' ? tools.placeNamedAfter : null;
    // (a place joined to the next place before the head is named too: `गुवाहाटी-बीकानेर एक्सप्रेस`)
    const pair = kindOf === 'place' && tokens[m.to]?.joined ? matches.find((n) => n.from === m.to && n.hits.some((h) => h.entity.kind === 'place')) : undefined;
    const namedAfter = heads === null ? null : namedAfterEnd(heads, ts, pair?.to ?? m.to, tools.namedAfterAdjectives, tools.arrivals, tools.namedAfterEvents) ?? (pair ? namedAfterEnd(heads, ts, m.to, tools.namedAfterAdjectives, tools.arrivals, tools.namedAfterEvents) : null)
      ?? (kindOf === 'place' && !pair && !tokens[m.from]?.hyphen ? namedAfterEnd(tools.placeStreets, ts, m.to) : null);
    // (named after a word before it too: होटल ताज महल is a hotel; a main index before its genitive and another index's
    // head names that other index, `निफ्टी का रियल्टी इंडेक्स`)
    const head = tokens[m.from - 1];
    const plural = tools.placeNamedBeforeNotAfter.has(tokens[m.from - 2]?.text ?? '') || /^[0-9]+$/u.test(tokens[m.from - 2]?.text ?? '');
    const namedBefore = (kindOf === 'place' && tokens[m.from]?.joined === true && tools.placeNamedBefore.has(head?.text ?? '') && !plural)
      || (full?.entity.type === 'index' && sectorIndexAfter(tools.sectorIndexHeads, tokens, m.to));
    if (namedAfter !== null || namedBefore) {
      claim(m.from, namedAfter ?? m.to); // इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा, हैदराबाद हाउस: named after a person or place
      continue;
    }
    // a one-word form of a known person followed by a surname (चंद्रचूड़ सेन) or an initial (कलेक्टर इलैयाराजा टी,
    // not the composer Ilaiyaraaja) is someone else's name — not a letter that opens a hyphened word, a figure, an
    // everyday word or a given name (कोहली टी-20 में, कोहली टी 20 में, मोदी बी टीम)
    const next = tokens[m.to];
    // (or the last word of another listed person's name, no everyday word: `अश्विन वैष्णव` is no cricketer Ashwin)
    const otherLast = next !== undefined && (personLastWords(tools.index).get(next.text) ?? 0) > 0 && tools.names.isNameWord(next.text) && !tools.isCommon(next.text)
      && !isNameInitial(next.text) && !tools.index.forms.has(next.text) && !m.hits.some((h) => lastWordsOf(h.entity).has(next.text));
    const lone = full !== undefined && kindOf === 'person' && m.to - m.from === 1 && next !== undefined && next.joined && !claimed[m.to]
      && (tools.known.isSurname(next.text) || otherLast || (isNameInitial(next.text) && !opensWord(tools, tokens[m.to + 1])) || middled(tools, tokens, m.to, claimed));
    // a known person's full name followed by a surname where the name ends (विजय कुमार सिन्हा ने) is someone
    // else's longer name, not the shooter Vijay Kumar (an unlisted word is not enough: नरेंद्र मोदी जिंदाबाद के)
    const fullPerson = full !== undefined && kindOf === 'person' && m.to - m.from > 1 && next !== undefined && !tools.index.forms.has(next.text);
    // (only after a full name that could go on: one ending in a middle or given name, विजय कुमार; not one that is
    // complete, एस जयशंकर प्रसाद: a typo beside S. Jaishankar, no "S. Jaishankar Prasad")
    const last = tokens[m.to - 1]?.text ?? '';
    const open = tools.known.isMiddleName(last) || (tools.known.isGivenName(last) && !tools.known.isSurname(last));
    const longer = fullPerson && open && tools.known.isSurname(next.text) && tools.known.unlistedWordEnds(tokens, m.to, claimed, true);
    // after a full name ending in a middle name (कुमार, प्रसाद), an unlisted word ending the name may be the
    // surname (मनोज कुमार पुरोहितवाल ने: not the actor Manoj Kumar) or no name at all (नीतीश कुमार जिंदाबाद के, had
    // the slogan not been a stopword): the same strict check holds — no longer name without a listed surname —
    // and, unsure, no one is named
    if (fullPerson && !longer && tools.known.isMiddleName(tokens[m.to - 1]?.text ?? '') && tools.known.unlistedWordEnds(tokens, m.to, claimed)) {
      claim(m.from, m.to + 1);
      continue;
    }
    // a one-word form hyphened to an everyday word is half of a word pair (चहल-पहल: bustle, not Yuzvendra Chahal), and
    // one the common-word list keeps too opens a phrase before another everyday word (गंभीर रूप से: seriously, no Gambhir)
    const phrase = next?.joined === true && !next.hyphen && tools.isCommon(tokens[m.from]?.text ?? '') && isEverydayWord(tools, next.text);
    if (kindOf === 'person' && m.to - m.from === 1 && ((next?.hyphen === true && isEverydayWord(tools, next.text)) || phrase)) {
      claim(m.from, m.to + 1);
      continue;
    }
    const person = m.hits.every((h) => h.entity.kind === 'person');
    const unsure = !full && person ? unsureAfterJi(tools, tokens, m.from, m.to, claimed) : null;
    if (unsure !== null) {
      claim(m.from, unsure);
      continue;
    }
    const end = lone || longer ? m.to + (middled(tools, tokens, m.to, claimed) ? 2 : 1) : full ? m.to : otherNameEnd(tools, tokens, m.from, m.to, claimed, person);
    // given names before a known person's one-word form (कैलाश चंद्र मेघवाल) make another person's name, and
    // so before a body's one-word short form that is a listed surname too (संजय सोनी: a man named Soni, not
    // Sony; not मनोज डीएमसीएच में, मोहन संघ की शाखा में)
    const oneWord = m.to - m.from === 1;
    const firm = !full && oneWord && m.hits.every((h) => h.entity.kind === 'organisation') && tools.known.isSurname(tokens[m.from]?.text ?? '');
    // (before a known person's full name, only a trusted given name makes a longer name: सुरेश किशोर कुमार is no singer)
    const trusted = m.from > 0 && !claimed[m.from - 1] && tokens[m.from]?.joined === true && tools.known.isTrustedGivenName(tokens[m.from - 1]?.text ?? '');
    const named = full && !oneWord ? (person && trusted ? m.from - 1 : m.from) : !(person || firm) ? m.from : givenNamesBefore(tools, tokens, m.from, claimed, m.hits.map((h) => h.entity));
    // so do initials before a one-word form (एक्जीक्यूटिव डायरेक्टर एस.पी.कोहली: not Virat Kohli)
    // (unless they are the person's own: के पी ओली is KP Sharma Oli)
    const letters = named === m.from && person && oneWord ? lettersBefore(tokens, m.from, isNameInitial, claimed) : named;
    // (letters that spell the person's own office are the office: पी.एम. मोदी is the Prime Minister)
    const initials = letters < m.from && spellsTitle(tools, tokens, letters, m.from) ? m.from : letters;
    const names = m.hits.map((h) => h.entity.en);
    const own = initials < m.from && ownInitials(tokens.slice(initials, m.from).map((t) => t.text), names);
    const start = own ? m.from : initials;
    // initials glued into one word that are the person's own (वकील एएम सिंघवी: Abhishek Manu Singhvi) name no one else
    const glued = start === m.from && person && oneWord && tokens[m.from]?.joined === true && !claimed[m.from - 1] ? spellAcronym(tokens[m.from - 1]?.text ?? '') : null;
    if (glued !== null && ownInitials([...glued], names, true)) claim(m.from - 1, m.from);
    if (end > m.to || start < m.from) {
      // a short form starting a longer name (किम होंग-क्यून, विजय शर्मा) is a different person: guess it whole —
      // unless the whole is the person's full form spelled another way (बलवीर सिंह राजेवाल)
      claim(start, end);
      const same = respeltFullForm(m.hits.map((h) => h.entity), tokens, start, end);
      if (same !== null) {
        out.push(persons.set(start, { ...base(start, end, 'person'), entity: same }).get(start) as Pending);
        continue;
      }
      const g = guessed(ts, sentence, base(start, end, 'person'), start, end, false, tools);
      if (g) {
        out.push(g);
        persons.set(start, g);
        shortEnds.set(start, end);
      }
      continue;
    }
    if (full && foreignGeneric(full.entity, affiliationBefore(tokens, m.from, anchors, plain))) continue;
    if (full?.adjective) {
      const key = tokens.slice(m.from, m.to).map((t) => t.text).join(' ');
      if (!tools.demonym(key, tokens[m.to], tools.titles.startsTitle(tokens, m.to))) continue;
    }
    claim(m.from, m.to);
    const first = m.hits[0] as (typeof m.hits)[number];
    const kind = (full ?? first).entity.kind;
    const p = base(m.from, m.to, kind);
    if (full && tools.isCredit(full.entity, tokens, m.from, m.to, sentence.text, p.span.start, p.span.end)) continue;
    if (full) {
      p.entity = full.entity;
      if (full.adjective) p.adjective = true;
      if (kind !== 'person') anchors.push({ from: m.from, to: m.to, entity: full.entity });
    } else {
      p.short = { key: tokens.slice(m.from, m.to).map((t) => t.text).join(' '), candidates: m.hits.map((h) => h.entity) };
      // the whole place of a dateline (`दुर्ग ।`; not the first word of a longer town's name, `मंडी आदमपुर।`)
      if (sentence.index === DATELINE_SENTENCE && m.from === 0 && tokens[m.to]?.joined !== true) p.short.dateline = true;
      // …and a place's short form with its own state in brackets after it (`दुर्ग (छत्तीसगढ़)`: no fort), or after जनपद
      // (`जनपद सागर में`: no sea)
      if (stateInBrackets(ts, matches, m) || districtBefore(ts, m)) p.short.dateline = true;
    }
    if (kind === 'person') persons.set(m.from, p);
    if (kind === 'person' && !full) shortEnds.set(m.from, m.to);
    if (kind === 'place' && full && !full.adjective && m.to === m.from + 1) placeAt.set(m.from, p);
    out.push(p);
  }
}

/** The first of the letters joined right before token `from` that `isLetter` accepts (एस.पी.कोहली → एस), else `from`. */
function lettersBefore(tokens: readonly Token[], from: number, isLetter: (word: string) => boolean, claimed?: readonly boolean[]): number {
  let k = from;
  while (k > 0 && tokens[k]?.joined && claimed?.[k - 1] !== true && isLetter(tokens[k - 1]?.text ?? '')) k--;
  return k;
}

/**
 * A letter after a name that opens a word or name of its own: a hyphened word, a figure, an everyday word or a given
 * name (टी-20, टी 20, बी टीम — folded, टीम is the given name टिम).
 */
function opensWord(tools: MentionSearch['tools'], after: Token | undefined): boolean {
  return after !== undefined && (after.hyphen || /^[0-9०-९]/u.test(after.text) || isEverydayWord(tools, after.text) || tools.known.isGivenName(after.text));
}

/** A word the common-word list has and no name list keeps: trimmed away whole. */
function isEverydayWord(tools: MentionSearch['tools'], word: string): boolean {
  const kept = tools.trimCommon([word]);
  return kept.from >= kept.to;
}

/** Spelled letters ending at `to` (with any that are also words before them: सी of सी.एम.) that spell an office of config officeLetters (पीएम, सीएम). */
function spellsTitle(tools: MentionSearch['tools'], tokens: readonly Token[], from: number, to: number): boolean {
  const k = lettersBefore(tokens, from, (w) => initialLetter(w) !== undefined);
  for (let start = k; start <= from; start++) if (tools.officeLetters.has(tokens.slice(start, to).map((t) => t.text).join(''))) return true;
  return false;
}

