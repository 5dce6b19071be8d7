import type { DateFact, EntityMention, Granularity, NumberFact, NumberQualifier } from '../../../src/core/types.js';
import type { SentenceFacts } from '../../../src/core/translation/fact-guard.js';

/** Hand-written facts of one Hindi sentence, as the extractors would report them. */
export interface GuardSpec {
  numbers?: [text: string, value: number, unit: string | null, qualifier?: NumberQualifier, end?: number][];
  dates?: [text: string, value: string, granularity: Granularity, kind: DateFact['kind'], end?: string][];
  people?: [text: string, en: string][];
  places?: [text: string, en: string, adjective?: boolean][];
  orgs?: [text: string, en: string][];
  guessed?: [text: string, en: string][];
}

export const PUBLISHED = '2024-06-20';

export function factsOf(hindi: string, spec: GuardSpec): SentenceFacts {
  const span = (text: string) => {
    const start = hindi.indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in "${hindi}"`);
    return { start, end: start + text.length };
  };
  const mention = (kind: EntityMention['kind'], text: string, en: string, extra: Partial<EntityMention> = {}): EntityMention =>
    ({ kind, en, hi: text, text, sentence: 0, span: span(text), ...extra });
  return {
    numbers: (spec.numbers ?? []).map(([text, value, unit, qualifier = 'exact', end]): NumberFact => ({
      text, value, unit, qualifier, approx: qualifier !== 'exact', sentence: 0, span: span(text), ...(end !== undefined ? { end } : {}),
    })),
    dates: (spec.dates ?? []).map(([text, value, granularity, kind, end]): DateFact => ({
      text, value, granularity, kind, sentence: 0, span: span(text), ...(end !== undefined ? { end } : {}),
    })),
    mentions: [
      ...(spec.people ?? []).map(([t, en]) => mention('person', t, en)),
      ...(spec.places ?? []).map(([t, en, adjective]) => mention('place', t, en, adjective ? { adjective } : {})),
      ...(spec.orgs ?? []).map(([t, en]) => mention('organisation', t, en)),
      ...(spec.guessed ?? []).map(([t, en]) => mention('person', t, en, { guessed: true })),
    ],
  };
}

export const BUDGET = 'सरकार ने बुनियादी ढांचे पर 22 लाख करोड़ रुपये खर्च करने का प्रस्ताव रखा।';
export const BUDGET_FACTS: GuardSpec = { numbers: [['22 लाख करोड़ रुपये', 22e12, 'rupee']] };
export const LOAN = 'कंपनी ने 4,000,000,000 डॉलर का कर्ज लिया।';
export const LOAN_FACTS: GuardSpec = { numbers: [['4,000,000,000 डॉलर', 4e9, 'dollar']] };
export const CRORE = 'बैंक ने 400 करोड़ रुपये का मुनाफा कमाया।';
export const CRORE_FACTS: GuardSpec = { numbers: [['400 करोड़ रुपये', 4e9, 'rupee']] };
export const VERDICT = 'सुप्रीम कोर्ट ने 19 जून 2024 को फैसला सुनाया।';
export const VERDICT_FACTS: GuardSpec = { dates: [['19 जून 2024', '2024-06-19', 'day', 'absolute']], orgs: [['सुप्रीम कोर्ट', 'Supreme Court of India']] };
export const YEARLESS = 'संसद का सत्र 24 जून से शुरू होगा।';
export const YEARLESS_FACTS: GuardSpec = { dates: [['24 जून', '2024-06-24', 'day', 'inferred']], orgs: [['संसद', 'Parliament of India']] };
export const WEEKDAY = 'प्रधानमंत्री नरेंद्र मोदी ने बुधवार को वाराणसी का दौरा किया।';
export const WEEKDAY_FACTS: GuardSpec = {
  dates: [['बुधवार', '2024-06-19', 'day', 'relative']],
  people: [['नरेंद्र मोदी', 'Narendra Modi']],
  places: [['वाराणसी', 'Varanasi']],
};
export const LAST_YEAR = 'सिसोदिया को पिछले साल फरवरी में गिरफ्तार किया गया था।';
export const LAST_YEAR_FACTS: GuardSpec = {
  dates: [['पिछले साल', '2023', 'year', 'relative'], ['फरवरी', '2023-02', 'month', 'inferred']],
  people: [['सिसोदिया', 'Manish Sisodia']],
};
export const IPL = 'कोलकाता ने आठ विकेट से जीतकर तीसरी बार खिताब जीता।';
export const IPL_FACTS: GuardSpec = { numbers: [['आठ विकेट', 8, 'wicket']], places: [['कोलकाता', 'Kolkata']] };
export const FLOOD = 'बाढ़ से हजारों लोग प्रभावित हुए और 12 लोगों की मौत हो गई।';
export const FLOOD_FACTS: GuardSpec = { numbers: [['हजारों लोग', 1000, 'person', 'vague'], ['12 लोगों', 12, 'person']] };
export const RATE = 'महंगाई दर 4 से 6 प्रतिशत के बीच रहने का अनुमान है।';
export const RATE_FACTS: GuardSpec = { numbers: [['4 से 6 प्रतिशत', 4, 'percent', 'range', 6]] };
export const FISCAL = 'वित्त वर्ष 2024-25 में विकास दर 7.2 प्रतिशत रही।';
export const FISCAL_FACTS: GuardSpec = { dates: [['वित्त वर्ष 2024-25', '2024', 'year', 'absolute', '2025']], numbers: [['7.2 प्रतिशत', 7.2, 'percent']] };
export const RUSSIA = 'रूसी राष्ट्रपति ने प्योंगयांग में बातचीत की।';
export const RUSSIA_FACTS: GuardSpec = { places: [['रूसी', 'Russia', true], ['प्योंगयांग', 'Pyongyang']] };
export const AGO = 'तीन दिन पहले आए भूकंप में 5 लोग घायल हुए।';
export const AGO_FACTS: GuardSpec = { dates: [['तीन दिन पहले', '2024-06-17', 'day', 'relative']], numbers: [['5 लोग', 5, 'person']] };
export const GUESSED = 'किसान नेता रामपाल ने धरना खत्म किया।';
export const GUESSED_FACTS: GuardSpec = { guessed: [['रामपाल', 'Rampal']] };
export const ARTICLE = 'अदालत ने अनुच्छेद 370 पर सुनवाई की।';

/** [what it checks, Hindi, facts, English, expected verdict] */
export type GuardRow = [label: string, hindi: string, spec: GuardSpec, english: string, expected: 'ok' | string];

export const GUARD_ROWS: GuardRow[] = [
  ['lakh crore as trillion', BUDGET, BUDGET_FACTS, 'The government proposed spending Rs 22 trillion on infrastructure.', 'ok'],
  ['lakh crore kept', BUDGET, BUDGET_FACTS, 'The government proposed spending Rs 22 lakh crore on infrastructure.', 'ok'],
  ['lakh crore in Indian digits', BUDGET, BUDGET_FACTS, 'The government proposed spending Rs 22,00,000 crore on infrastructure.', 'ok'],
  ['lakh crore as 22 billion', BUDGET, BUDGET_FACTS, 'The government proposed spending Rs 22 billion on infrastructure.', 'missing-number'],
  ['lakh crore dropped', BUDGET, BUDGET_FACTS, 'The government proposed spending on infrastructure.', 'missing-number'],
  ['billion digits as words', LOAN, LOAN_FACTS, 'The company took a loan of 4 billion dollars.', 'ok'],
  ['billion digits kept', LOAN, LOAN_FACTS, 'The company took a loan of $4,000,000,000.', 'ok'],
  ['billion as 400 crore', LOAN, LOAN_FACTS, 'The company took a loan of 400 crore dollars.', 'ok'],
  ['billion as million', LOAN, LOAN_FACTS, 'The company took a loan of $4 million.', 'missing-number'],
  ['400 crore as 4 billion', CRORE, CRORE_FACTS, 'The bank made a profit of Rs 4 billion.', 'ok'],
  ['400 crore as 40 billion', CRORE, CRORE_FACTS, 'The bank made a profit of Rs 40 billion.', 'missing-number'],
  ['date day month year', VERDICT, VERDICT_FACTS, 'The Supreme Court delivered its verdict on 19 June 2024.', 'ok'],
  ['date month day, year', VERDICT, VERDICT_FACTS, 'The Supreme Court delivered its verdict on June 19, 2024.', 'ok'],
  ['date ordinal day', VERDICT, VERDICT_FACTS, 'On 19th June 2024 the Supreme Court gave its verdict.', 'ok'],
  ['date written year dropped', VERDICT, VERDICT_FACTS, 'The Supreme Court delivered its verdict on June 19.', 'missing-date'],
  ['date wrong day', VERDICT, VERDICT_FACTS, 'The Supreme Court delivered its verdict on 18 June 2024.', 'missing-date'],
  ['absolute date as weekday', VERDICT, VERDICT_FACTS, 'The Supreme Court delivered its verdict on Wednesday.', 'missing-date'],
  ['yearless date without year', YEARLESS, YEARLESS_FACTS, 'The session of Parliament will begin on June 24.', 'ok'],
  ['yearless date with its year', YEARLESS, YEARLESS_FACTS, 'The session of Parliament will begin on 24th June 2024.', 'ok'],
  ['yearless date, wrong year added', YEARLESS, YEARLESS_FACTS, 'The session of Parliament will begin on 24 June 2023.', 'added-number'],
  ['weekday as its name', WEEKDAY, WEEKDAY_FACTS, 'Prime Minister Narendra Modi visited Varanasi on Wednesday.', 'ok'],
  ['weekday, surname only', WEEKDAY, WEEKDAY_FACTS, 'PM Modi visited Varanasi on Wednesday.', 'ok'],
  ['weekday as the full date', WEEKDAY, WEEKDAY_FACTS, 'PM Modi visited Varanasi on June 19.', 'ok'],
  ['weekday wrong', WEEKDAY, WEEKDAY_FACTS, 'PM Modi visited Varanasi on Thursday.', 'missing-date'],
  ['person missing', WEEKDAY, WEEKDAY_FACTS, 'The Prime Minister visited Varanasi on Wednesday.', 'missing-name'],
  ['place missing', WEEKDAY, WEEKDAY_FACTS, 'PM Modi visited the holy city on Wednesday.', 'missing-name'],
  ['last year as words', LAST_YEAR, LAST_YEAR_FACTS, 'Sisodia was arrested in February last year.', 'ok'],
  ['last year as the year', LAST_YEAR, LAST_YEAR_FACTS, 'Sisodia was arrested in February 2023.', 'ok'],
  ['last year as next year', LAST_YEAR, LAST_YEAR_FACTS, 'Sisodia will be arrested in February next year.', 'missing-date'],
  ['month wrong', LAST_YEAR, LAST_YEAR_FACTS, 'Sisodia was arrested in March last year.', 'missing-date'],
  ['number word and Hindi ordinal', IPL, IPL_FACTS, 'Kolkata won the title for the third time, winning by eight wickets.', 'ok'],
  ['number word as digits', IPL, IPL_FACTS, 'Kolkata won by 8 wickets to lift the title for the third time.', 'ok'],
  ['wrong wicket count', IPL, IPL_FACTS, 'Kolkata won by seven wickets to lift the title for the third time.', 'missing-number'],
  ['ordinal the Hindi lacks', IPL, IPL_FACTS, 'Kolkata won by eight wickets to lift the title for the fourth time.', 'added-number'],
  ['vague plural kept', FLOOD, FLOOD_FACTS, 'Thousands of people were affected by the floods and 12 people died.', 'ok'],
  ['vague plural made exact', FLOOD, FLOOD_FACTS, 'About 1,000 people were affected by the floods and 12 people died.', 'missing-number'],
  ['vague plural the Hindi lacks', FLOOD, { numbers: [['12 लोगों', 12, 'person']] }, 'Thousands were affected and 12 people died.', 'added-number'],
  ['vague plural lost', FLOOD, FLOOD_FACTS, 'Many people were affected by the floods and 12 people died.', 'missing-number'],
  ['death toll changed', FLOOD, FLOOD_FACTS, 'Thousands of people were affected by the floods and 13 people died.', 'missing-number'],
  ['range both ends', RATE, RATE_FACTS, 'Inflation is expected to stay between 4 and 6 percent.', 'ok'],
  ['range end lost', RATE, RATE_FACTS, 'Inflation is expected to stay around 4 percent.', 'missing-number'],
  ['fiscal year span', FISCAL, FISCAL_FACTS, 'Growth was 7.2% in the financial year 2024-25.', 'ok'],
  ['fiscal year spelled out', FISCAL, FISCAL_FACTS, 'Growth was 7.2 per cent in fiscal 2024–2025.', 'ok'],
  ['fiscal year end lost', FISCAL, FISCAL_FACTS, 'Growth was 7.2 per cent in 2024.', 'missing-date'],
  ['place adjective', RUSSIA, RUSSIA_FACTS, 'The Russian President held talks in Pyongyang.', 'ok'],
  ['place adjective lost', RUSSIA, RUSSIA_FACTS, 'The President held talks in Pyongyang.', 'missing-name'],
  ['days ago', AGO, AGO_FACTS, 'Five people were injured in the earthquake three days ago.', 'ok'],
  ['days ago as a date', AGO, AGO_FACTS, '5 people were injured in the earthquake on June 17.', 'ok'],
  ['days ago wrong count', AGO, AGO_FACTS, '5 people were injured in the earthquake four days ago.', 'missing-date'],
  ['guessed name not required', GUESSED, GUESSED_FACTS, 'Farmer leader Ram Pal ended the sit-in.', 'ok'],
  ['added number', GUESSED, GUESSED_FACTS, 'Farmer leader Rampal ended the 10-day sit-in.', 'added-number'],
  ['unextracted Hindi digits may stay', ARTICLE, {}, 'The court heard the matter on Article 370.', 'ok'],
  ['unextracted Hindi digits changed', ARTICLE, {}, 'The court heard the matter on Article 371.', 'added-number'],
  ['Hindi left in', ARTICLE, {}, 'The court heard अनुच्छेद 370.', 'untranslated'],
  ['empty', ARTICLE, {}, '   ', 'empty'],
  ['runaway answer', ARTICLE, {}, `The court heard Article 370. ${'It added more context. '.repeat(20)}`, 'too-long'],
];
