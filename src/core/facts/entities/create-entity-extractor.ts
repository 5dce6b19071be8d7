import type { EntityExtractor, EntityMention, Sentence } from '../../types.js';
import { citySources } from './cities.js';
import { createNameFinder } from './context-names.js';
import { countrySources, placeVariantSources } from './countries.js';
import { createDemonymRule } from './demonyms.js';
import type { EntitiesData } from './entities-data.js';
import type { Gazetteer } from './gazetteer-data.js';
import { createGazetteerIndex, gazetteerSources, type EntitySource } from './gazetteer-index.js';
import { createMinistryMatcher } from './organisations.js';
import { createPlaceBodies } from './place-bodies.js';
import { resolveShortForms, type Pending } from './resolve-short-forms.js';
import { createNameRomaniser, gazetteerSurnames } from './name-romaniser.js';
import { createDistrictFinder, createPlaceLikeRule } from './districts.js';
import { roleAt } from './dated-roles.js';
import { createCreditRule } from './credit-rule.js';
import { createCommonWordTrim, namePartWords } from './common-word-trim.js';
import { createKnownNames } from './known-names.js';
import { createNamesakes } from './namesakes.js';
import { createRecordLists } from './record-lists.js';
import { createMemberLists } from './member-lists.js';
import { createResultNames } from './result-names.js';
import { createStormNames } from './storm-names.js';
import { createCountedLists } from './counted-names.js';
import { createAgedNames } from './aged-names.js';
import { createLoneGivenNames } from './lone-given-names.js';
import { createNamingCues } from './naming-cues.js';
import { resolveStatePlaces } from './state-places.js';
import { createArticleBodies } from './article-bodies.js';
import { createRegionalSpellings } from './regional-spellings.js';
import { createWorkTitles } from './work-titles.js';
import { createSportSurnames } from './sport-surnames.js';
import { createSportTeams } from './sport-teams.js';
import { createInstitutionFinder } from './named-institutions.js';
import { phraseKey, tokenise } from './tokens.js';
import { nasalPlurals } from './common-words.js';
import { sentenceMentions } from './sentence-mentions.js';
import type { SentenceTools } from './sentence-tools.js';
import { createTitleMatcher } from './titles.js';
import { createSchemeFinder } from './schemes.js';
import { repeatedNames } from './repeated-names.js';
import { createLeaderGovernments } from './leader-governments.js';
import { indexExchanges } from './index-exchanges.js';

/** A word that names a club as a club (एफसी गोवा, मोहम्मडन स्पोर्टिंग क्लब, FC Goa). */
const CLUB_MARK = /(?<![\p{L}\p{M}])(?:एफसी|एससी|क्लब|FC|SC)(?![\p{L}\p{M}])/u;

/**
 * Builds the people/places/organisations extractor. Sources, in priority order: the gazetteer,
 * config/entities.yaml place variants and demonyms, Intl country names, fixed organisation
 * phrases, CLDR exemplar cities. Everything is compiled here, once; a defect throws and the analyser reports it.
 */
export function createEntityExtractor(gazetteer: Gazetteer, data: EntitiesData, commonWords: readonly string[] = [], numberWords: Readonly<Record<string, number>> = {}): EntityExtractor {
  const common: ReadonlySet<string> = new Set([...commonWords, ...nasalPlurals([...commonWords, ...[...data.stopwords, ...data.neverNames, ...data.copulas].map(phraseKey)])]);
  // (a spelling made for the papers that is an everyday word is no name: फ़ैरो → फेरो, "turn")
  const everyday = (form: string): boolean => common.has(form) || common.has(form.replace(/\u093C/gu, ''));
  const countries = countrySources(data, everyday);
  const organisations: EntitySource[] = data.organisationPatterns.map((o) => ({
    kind: 'organisation',
    en: o.en,
    hi: o.hi.filter((f) => !/[A-Za-z]/.test(f)),
    latin: o.hi.filter((f) => /[A-Za-z]/.test(f)),
    country: o.country,
  }));
  const sources = [
    ...gazetteerSources(gazetteer),
    ...placeVariantSources(data, countries),
    ...countries,
    ...organisations,
    ...citySources(data, everyday),
  ];
  const titles = createTitleMatcher(data);
  const names = createNameFinder(data, titles.isTitleWord, (w) => common.has(w), titles.givenBeforeSurname);
  const known = createKnownNames(data, names.isNameWord, (w) => common.has(w));
  const mustBeNamed = new Set([...data.commonShortForms, ...data.givenNames, ...data.weakGivenNames].map(phraseKey));
  const index = createGazetteerIndex(sources, data.ambiguousPlaces, data.neverNames);
  const parts = namePartWords(index);
  const respelt = new Set(Object.keys(data.respellings).map(phraseKey));
  const nameEnds = new Set(data.nameEnds.map(phraseKey));
  const stops = new Set([...data.institutionNameStops, ...data.determiners, ...data.stopwords].map(phraseKey));
  const boundNames = new Set(data.boundGivenNames.map(phraseKey));
  const breakers = new Set(data.nameBreakers.map(phraseKey));
  const personNouns = new Set([...data.namingCues.owners, ...data.namingCues.persons].map(phraseKey));
  const villageNouns = new Set(data.villageNouns.map(phraseKey));
  const tools: SentenceTools = {
    index,
    titles,
    ministries: createMinistryMatcher(data),
    placeBodies: createPlaceBodies(data),
    names,
    known,
    isCommon: (w) => common.has(w),
    districts: createDistrictFinder(data, names.isNameWord),
    placeLike: createPlaceLikeRule(data, names.isNameWord),
    officeLetters: new Set(data.officeLetters.map(phraseKey)),
    namedAfter: new Set(data.namedAfterHeads.map(phraseKey)),
    arrivals: new Set(data.arrivalVerbs.map(phraseKey)),
    namedAfterAdjectives: new Set(data.namedAfterAdjectives.map(phraseKey)),
    namedAfterEvents: { sports: new Set(data.namedAfterEvents.sports.map(phraseKey)), heads: new Set(data.namedAfterEvents.heads.map(phraseKey)), afterAdjective: new Set(data.namedAfterEvents.afterAdjective.map(phraseKey)), visits: new Set(data.namedAfterEvents.visits.map(phraseKey)) },
    placeNamedAfter: new Set(data.placeNamedAfterHeads.map(phraseKey)),
    placeNamedBefore: new Set(data.placeNamedBeforeHeads.map(phraseKey)),
    placeNamedBeforeNotAfter: new Set(data.placeNamedBeforeNotAfter.map(phraseKey)),
    sectorIndexHeads: new Set(data.sectorIndexHeads.map(phraseKey)),
    placeStreets: new Set(data.placeStreetHeads.map(phraseKey)),
    riverNamedAfter: new Set([...data.placeNamedAfterHeads, ...data.riverNamedAfterHeads].map(phraseKey)),
    institutions: createInstitutionFinder({
      heads: data.institutionHeads,
      townHeads: data.townBodyHeads,
      townNotBefore: new Set(data.townBodyNotBefore.map(phraseKey)),
      townNotAfter: new Set([...data.villageNouns, ...data.townBodyNotAfter].map(phraseKey)),
      townNotEndings: data.townBodyNotEndings.map(phraseKey),
      isTitle: titles.isTitleWord,
      companies: { heads: data.companyHeads, genericAfter: new Set(data.companyGenericAfter.map(phraseKey)), nameStops: new Set(data.companyNameStops.map(phraseKey)) },
      isNameWord: names.isNameWord,
      isCommon: (w) => common.has(w),
      isStop: (w) => stops.has(w) || titles.isTitleWord(w),
      isPersonWord: (w) => known.isGivenName(w),
      isSurname: (w) => known.isSurname(w),
    }),
    demonym: createDemonymRule(data),
    romaniseName: createNameRomaniser({ ...gazetteerSurnames(gazetteer.people), ...data.respellings }),
    isCredit: createCreditRule(data),
    schemes: createSchemeFinder(data),
    cricketWords: new Set((data.sportWords.cricket ?? []).map(phraseKey)),
    goalWords: new Set(data.goalWords.map(phraseKey)),
    recordLists: createRecordLists(data.recordLists),
    memberLists: createMemberLists(data.memberLists, (w) => known.isGivenName(w)),
    resultNames: createResultNames({ ...data.resultNames, never: data.loneGivenNames.never }),
    stormNames: createStormNames(data.stormNames),
    countedLists: createCountedLists({ ...data.countedLists, counts: numberWords }),
    namingCues: createNamingCues(data.namingCues),
    agedNames: createAgedNames({ ...data.agedNames, ageWords: data.namingCues.ageWords, pseudonyms: data.namingCues.pseudonyms }),
    loneGivenNames: createLoneGivenNames(data.loneGivenNames, (w) => personNouns.has(w), titles.isTitleWord),
    isPersonNoun: (w) => personNouns.has(w),
    isBreaker: (w) => breakers.has(w),
    isVillageNoun: (w) => villageNouns.has(w),
    commonShortForms: new Set(data.commonShortForms.map(phraseKey)),
    trimCommon: createCommonWordTrim(common, (w) => parts.has(w) || respelt.has(w) || known.isGivenName(w) || known.isSurname(w) || nameEnds.has(w), {
      breakers: data.nameBreakers.map(phraseKey),
      isFirstName: known.isTrustedGivenName,
      isListedPart: (w) => known.isGivenName(w) || known.isSurname(w) || nameEnds.has(w),
      isBound: (w) => boundNames.has(w),
      isPersonNoun: (w) => personNouns.has(w) && !known.isGivenName(w),
    }),
  };
  const sportKeys = Object.entries(data.sportWords).map(([sport, list]) => [sport, new Set(list.map(phraseKey))] as const);
  const weakSport = new Set(data.weakSportWords.map(phraseKey));
  // (a sport named only by everyday words — टेस्ट, रन — counts only when no other sport is named by a word of its own)
  const articleSports = (sentences: readonly Sentence[]): Set<string> => {
    const words = new Set(sentences.flatMap((s) => tokenise(s.text).tokens.map((t) => t.text)));
    const named = sportKeys.filter(([, keys]) => [...keys].some((k) => words.has(k)));
    const strong = named.filter(([, keys]) => [...keys].some((k) => words.has(k) && !weakSport.has(k)));
    return new Set((strong.length > 0 ? strong : named).map(([sport]) => sport));
  };
  // a team of a sport (भारतीय टीम = the cricket team) counts only in an article of that sport; a club
  // named as a club (एफसी गोवा) is a club in any article. Players named by surname alone need the sport too.
  const sportTeams = createSportTeams(index, data);
  const gated = (p: Pending): boolean => p.entity?.sport !== undefined && !CLUB_MARK.test(p.text);
  // (in a report of another single sport, a team named by generic words is that country's team of the sport: sport-teams.ts)
  const ofItsSport = (pending: Pending[], sentences: readonly Sentence[], sports: () => ReadonlySet<string>): Pending[] => {
    if (!pending.some(gated)) return pending;
    return pending.flatMap((p) => {
      if (!gated(p) || sports().has(p.entity?.sport ?? '')) return [p];
      const entity = sportTeams.retarget(p, sentences, sports);
      return entity ? [{ ...p, entity }] : [];
    });
  };
  const regionalSpellings = createRegionalSpellings(data);
  const articleBodies = createArticleBodies(data, index);
  const dropWorkTitles = createWorkTitles(data.workNouns);
  const unlinkNamesakes = createNamesakes(data.residentPhrases, tools.romaniseName, data.localOffices);
  const leaderGovernments = createLeaderGovernments(index, data.leaderGovernmentHeads, (w) => titles.isTitleWord(w));
  const sportSurnames = createSportSurnames(index, data.sportRoles, (w) => common.has(w) || known.isGivenName(w));
  // A defect throws: the analyser reports it for the article (never hidden as "no entities").
  return (sentences: readonly Sentence[], published?: string): EntityMention[] => {
    // the article's sports, read once and only when a team or a player needs them
    let read: ReadonlySet<string> | undefined;
    const sports = (): ReadonlySet<string> => (read ??= articleSports(sentences));
    const pending: Pending[] = dropWorkTitles(sentences, ofItsSport(sentences.flatMap((s) => sentenceMentions(tools, s)), sentences, sports));
    pending.push(...repeatedNames(sentences, pending, known));
    pending.push(...sportSurnames(sentences, pending, sports));
    pending.push(...sportTeams.find(sentences, pending, sports));
    pending.push(...leaderGovernments(sentences, pending));
    pending.push(...indexExchanges(index, sentences, pending));
    resolveStatePlaces(pending, index, sentences);
    regionalSpellings(pending);
    articleBodies(sentences, pending);
    unlinkNamesakes(sentences, pending);
    return resolveShortForms(pending, mustBeNamed, (e) => roleAt(e, published, data.undatedRoles)).filter((m) => !/[\u0900-\u097F]/u.test(m.en));
  };
}
