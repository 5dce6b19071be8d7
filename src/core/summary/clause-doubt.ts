import { MEASURE_UNITS, MONEY_UNITS, TIME_UNITS } from '../unit-kinds.js';
import { foldKey } from '../text/devanagari.js';
import type { Chunk, parseClause } from './clause-parse.js';
import type { Item } from './tokens.js';
import { excludes } from './excluded.js';

const BLANK = new Set(['punct', 'aux', 'neg', 'quote']);
const TO = foldKey('तो');
const HUE = foldKey('हुए');
const PURV = foldKey('पूर्व');
const DATIVE = foldKey('को');
/** Postpositions that make the verbal noun before them a clause of time: before, after. */
const TIME_POSTS = /^(?:just |immediately )?(?:before|after)$/u;

/**
 * What one reading cannot place: two agents (ने … ने); a verb that is neither the main verb, a
 * participle nor a gerund before a postposition; an unknown word where Hindi puts its verb (last),
 * so the verb read is not the predicate; an unknown word beside a name or office; words after the
 * verb (a participle before its noun: "गिरफ्तार किए गए आरोपी").
 */
export function doubtful(items: readonly Item[], stopwords: ReadonlySet<string>, copula: ReadonlySet<string>, unread: boolean, light: ReadonlySet<string> = new Set()): boolean {
  const unknown = (it: Item | undefined): boolean => it?.kind === 'word' && !stopwords.has(foldKey(it.text));
  // an unread noun before a bare light verb is the predicate ("किसानों को धोखा दिया" is no "gave to farmers")
  if (items.some((it, k) => unknown(it) && items[k + 1]?.kind === 'verb' && light.has(items[k + 1]?.entry?.key ?? ''))) return true;
  if (items.filter((i) => i.kind === 'agent').length > 1) return true;
  // a place opening the sentence right before a person, an office or another place, with no mark between (`भोपाल जिला
  // कलेक्टर अनीता मेहरा ने …`, `शिमला भूटान के राजदूत …`): a dateline glued on, no subject ("Shimla is …")
  const lead = (it: Item | undefined): boolean => it?.kind === 'role' || (it?.kind === 'mention' && (it.mention?.kind === 'place' || it.mention?.kind === 'person'));
  if (items[0]?.kind === 'mention' && items[0].mention?.kind === 'place' && lead(items[1])) return true;
  // words after the verb and a comma with no verb of their own (`… ने रफ्तार पकड़ी, अगले 48 घंटे में बारिश की चेतावनी`) are
  // another, verbless clause: read as the verb's object they would say "picked up pace warning of rain"
  const firstVerb = items.findIndex((it) => it.kind === 'verb');
  const comma = firstVerb < 0 ? -1 : items.findIndex((it, k) => k > firstVerb && it.kind === 'punct' && it.text === ',');
  if (comma > 0 && !items.slice(comma + 1).some((it) => it.kind === 'verb') && items.slice(comma + 1).some((it) => ['noun', 'mention', 'number', 'word'].includes(it.kind))) return true;
  // a span of time before पूर्व (`चार साल पूर्व विधायक रहे`: an MLA four years ago) is no "four years former MLA": unsure
  if (items.some((it, k) => it.kind === 'number' && TIME_UNITS.has(it.number?.unit ?? '') && foldKey(items[k + 1]?.text ?? '') === PURV)) return true;
  // a doer (ने) needs a verb of doing: with none read, the copula is no predicate of it (`पुलिस ने दो टीमें गठित की हैं` is
  // no "Police is two teams")
  if (items.some((i) => i.kind === 'agent') && !items.some((i) => i.kind === 'verb')) return true;
  // two names side by side before the agent marker (`मौसम विज्ञान केंद्र जयपुर ने`): one is part of the doer's name,
  // and the other would be read as the object ("Jaipur issued India Meteorological Department")
  // (only a place: a person right before it is the doer, `एसपी शामली अभिषेक झा ने`, an organisation named after its
  // kind too, `राज्य समाचार एजेंसी केसीएनए ने`); likewise a place after a common noun, a comma or in brackets (`जिला
  // प्रशासन आगरा ने`, `मौसम विज्ञान केंद्र, जयपुर ने`, `… (जयपुर) ने`): the place names the office
  const named = (it: Item | undefined): boolean => it?.kind === 'mention' || it?.kind === 'noun' || it?.kind === 'inst' || unknown(it);
  const placed = (k: number): boolean => items[k - 1]?.kind === 'mention' && items[k - 1]?.mention?.kind === 'place'
    && (named(items[k - 2]) || (items[k - 2]?.text === ',' && named(items[k - 3])));
  if (items.some((it, k) => it.kind === 'agent' && (placed(k) || (items[k - 1]?.text === ')' && items[k - 2]?.kind === 'mention')))) return true;
  // an unread noun a name owns, heading its phrase (`शारदा सिन्हा के पति की … निधन`): the name would stand for it
  // ("Sharda Sinha died"); an unread adjective before a read noun (`नैनीताल की निचली अदालत`) is only left out
  const heads = (k: number): boolean => ['gen', 'post', 'agent'].includes(items[k + 1]?.kind ?? '');
  if (items.some((it, k) => unknown(it) && heads(k) && items[k - 1]?.kind === 'gen' && items[k - 2]?.kind === 'mention')) return true;
  // a contrast of two parallel phrases (`कुछ इलाकों के लिए येलो अलर्ट तो कुछ इलाकों के लिए ऑरेंज अलर्ट`) is no one frame:
  // तो after a noun, between two uses of one postposition (not an emphatic `भाजपा ने तो`)
  const contrast = (k: number): boolean => ['noun', 'word', 'mention', 'number'].includes(items[k - 1]?.kind ?? '')
    && items.slice(0, k).some((b) => b.kind === 'post' && items.slice(k + 1).some((a) => a.kind === 'post' && foldKey(a.text) === foldKey(b.text)));
  if (items.some((it, k) => k > 0 && foldKey(it.text) === TO && contrast(k))) return true;
  // a comma list of names that a genitive owns at its end (`अमेरिका, फ्रांस, जर्मनी और इटली का समर्थन`): the English
  // keeps only the last names with the noun ("Germany and Italy's support United Kingdom France")
  const listed = (k: number): boolean => items[k]?.kind === 'mention' && items[k - 1]?.kind === 'punct' && items[k - 1]?.text === ',' && items[k - 2]?.kind === 'mention';
  if (items.some((it, k) => it.kind === 'gen' && items[k - 1]?.kind === 'mention' && items.slice(0, k).some((_, j) => listed(j)))) return true;
  // a participle clause (`रिश्वत लेते हुए गिरफ्तार`: while taking a bribe) is not read: its object would become the subject
  if (items.some((it, k) => foldKey(it.text) === HUE && /ते$/u.test(items[k - 1]?.text ?? ''))) return true;
  // a predicate left unread before a relative clause ("इलाज … किया गया, जहां … बांटी गईं"): the verb read is the
  // relative clause's, and its subject would be taken from the main clause
  const rel = items.findIndex((it, k) => it.kind === 'rel' && items[k - 1]?.kind === 'punct');
  if (rel > 0 && items.slice(0, rel).some((it, k, before) => it.kind === 'aux' && !before.slice(0, k).some((b) => b.kind === 'verb'))) return true;
  // a clause of time before the main one (`गिनती शुरू होने से पहले कर्मचारियों ने …`, `फैसला आने के पूर्व`): its verb
  // would be read as the sentence's ("officials to begin"), and one frame has no place for "before X began"
  // (only with a doer of the main clause after it: `रॉकेट उड़ान भरने के तुरंत बाद फट गया` shares its subject, "after taking off")
  const timed = (k: number): boolean => items[k + 1]?.kind === 'post' && TIME_POSTS.test(items[k + 1]?.en ?? '') && items.slice(k + 2).some((a) => a.kind === 'agent');
  if (items.some((it, k) => it.kind === 'verb' && timed(k))) return true;
  // what the sentence leaves out (`पहाड़ी जिलों को छोड़कर सभी जिलों में`): one frame would say it is included
  if (excludes(items.map((it) => it.text).join(' '))) return true;
  const verbs = items.filter((it, k) => it.kind === 'verb' && !it.entry?.conjunctive && !['post', 'gen'].includes(items[k + 1]?.kind ?? ''));
  if (verbs.length > 1) return true;
  const content = items.filter((i) => !BLANK.has(i.kind));
  const last = content[content.length - 1];
  // (unless the renderer read it as part of its frame: "भेजने की तैयारी कर रहा" → "is preparing to send")
  if (unread && last && unknown(last)) return true;
  // an unknown word beside a name or office: the name may be longer ("हैदराबाद हाउस") or the office qualified
  if (items.some((it, k) => unknown(it) && [items[k - 1], items[k + 1]].some((n) => n?.kind === 'mention' || n?.kind === 'role'))) return true;
  // an unread infinitive before a genitive ("कॉलेज खोलने का फैसला"): what was decided or demanded is not read
  if (items.some((it, k) => unknown(it) && /(?:ने|ना)$/u.test(it.text) && items[k + 1]?.kind === 'gen')) return true;
  // an office repeated in brackets (`पुलिस अधीक्षक (एसपी) प्रभात कुमार ने`): the brackets cut the doer's phrase in two
  if (items.some((it, k) => it.kind === 'role' && items[k - 1]?.text === '(' && items[k - 2]?.kind === 'role')) return true;
  // an unread word right before ने is the agent's head ("पुतिन के भाई ने कहा": the brother said, not Putin)
  if (items.some((it, k) => unknown(it) && items[k + 1]?.kind === 'agent')) return true;
  // likewise before को with a verb whose को is the one who gets (`दुकानदार को पांच लाख रुपये मिलेंगे`): the getter is unread,
  // and the thing got would be read as the subject ("five lakh rupees will meet")
  const gets = items.some((it) => it.kind === 'verb' && it.entry?.verb?.dative !== undefined);
  if (gets && items.some((it, k) => unknown(it) && items[k + 1]?.kind === 'post' && foldKey(items[k + 1]?.text ?? '') === DATIVE)) return true;
  // an unknown word in a list of names ("मोदी, शाह और नड्डा ने"): the list, and so the subject, is not read whole
  const joiner = (n: Item | undefined): boolean => n?.kind === 'conj' || (n?.kind === 'punct' && n.text === ',');
  if (items.some((it, k) => unknown(it) && ((joiner(items[k - 1]) && items[k - 2]?.kind === 'mention') || (joiner(items[k + 1]) && items[k + 2]?.kind === 'mention')))) return true;
  const verb = verbs[0];
  if (!verb) return false;
  // a verb of change read without a figure may be another verb of the same form (घटा: fell, or happened)
  if (verb.entry?.verb?.needsFigure && !items.some((it) => it.kind === 'number')) return true;
  // …and a verb of people beside a sum is a figure of speech (`41 करोड़ रुपये डूबे`: lost, not drowned)
  if (verb.entry?.verb?.notOfMoney && items.some((it) => it.kind === 'number' && MONEY_UNITS.has(it.number?.unit ?? ''))) return true;
  // a bare stem before a copula alone is a noun ("न्याय की जीत है" is a victory, not "won")
  if (verb.entry?.bare && (verb.tail ?? []).length > 0 && (verb.tail ?? []).every((t) => copula.has(t))) return true;
  const k = items.indexOf(verb);
  // a person after the verb is a headline's inverted subject ("उत्तर कोरिया पहुंचे पुतिन"); after an
  // agent (ने) the noun after the verb is a headline's inverted object ("विभाग ने जारी किया अलर्ट")
  if (items.slice(0, k).some((i) => i.kind === 'agent')) return false;
  return items.slice(k + 1).some((i) => !BLANK.has(i.kind) && i.mention?.kind !== 'person');
}

/** Without ने the subject is a guess, and a list item ("राजस्थान, मध्य प्रदेश … में बीजेपी") is no subject. */
export function guessedSubject(p: ReturnType<typeof parseClause>, items: readonly Item[]): boolean {
  if (!p.subject || p.subject.post) return false;
  // a list before the verb ("राजस्थान, मध्य प्रदेश और छत्तीसगढ़ में बीजेपी …"): its first item need not be the subject
  const end = p.subject.items[p.subject.items.length - 1];
  const after = end ? items[items.indexOf(end) + 1] : undefined;
  if (after?.kind === 'punct' && after.text === ',') return true;
  // a span of time alone is no doer ("करीब 10 महीने पहले … अभियान शुरू किया था" is not "10 months started")
  const heads = p.subject.items.filter((it) => ['noun', 'mention', 'role', 'inst'].includes(it.kind));
  // nor is a measure ("नदी खतरे के निशान से 3 मीटर नीचे बह रही है" is not "three metres are flowing")
  return heads.length === 0 && p.subject.items.some((it) => it.kind === 'number' && (TIME_UNITS.has(it.number?.unit ?? '') || MEASURE_UNITS.has(it.number?.unit ?? '')));
}


/** The parts of a coordinated chunk, split at its conjunctions (a name alone is listed as a name, not a phrase). */
export function conjuncts(items: readonly Item[]): Item[][] {
  const parts: Item[][] = [[]];
  for (const it of items) {
    if (it.kind === 'conj') parts.push([]);
    else parts.at(-1)?.push(it);
  }
  return parts.filter((part) => part.length > 0);
}

/** A clause that ends in a bare copula ("यह एक बड़ा हादसा है" read as "major accident is"): its subject was not read. */
const DANGLING_COPULA = / (?:is|are|was|were)$/u;

export function danglingCopula(english: string): boolean {
  return DANGLING_COPULA.test(english);
}

const IN = foldKey('में');

/**
 * Two places each with में ("बिहार में हत्या के आरोपी को दिल्ली में गिरफ्तार किया गया"): which one the event happened in
 * is not read ("was arrested in Delhi in Bihar" misleads).
 */
export function twoPlaces(adjuncts: readonly Chunk[]): boolean {
  return adjuncts.filter((c) => c.post?.entry?.key === IN && c.items.some((i) => i.mention?.kind === 'place' && !i.mention.adjective)).length > 1;
}

/**
 * "X के नेतृत्व में" said of a clause with an object ("सपा ने भाजपा को हराया"): the English can only put "led by X"
 * after the object, where it reads as the object's leader ("defeated BJP led by Akhilesh Yadav").
 */
export function ledBy(adjuncts: readonly string[], hasObject: boolean): boolean {
  return hasObject && adjuncts.some((a) => /^(?:led|chaired) by /u.test(a));
}
