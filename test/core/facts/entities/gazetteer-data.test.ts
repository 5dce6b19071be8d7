import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../../src/core/data/read-yaml.js';
import {
  gazetteerFileSchema,
  mergeGazetteers,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerFile,
} from '../../../../src/core/facts/entities/gazetteer-data.js';
import { foldKey } from '../../../../src/core/text/devanagari.js';

const DIR = join(process.cwd(), 'config', 'gazetteer');
const FILES = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const DEVANAGARI = /[\u0900-\u097F]/;
const KINDS = ['people', 'places', 'organisations'] as const;
type Kind = (typeof KINDS)[number];

const loaded = FILES.map((file) => ({ file, result: readYaml(join(DIR, file), gazetteerFileSchema) }));
const gazetteer: Gazetteer = mergeGazetteers(
  loaded.flatMap(({ result }) => (result.value ? [result.value] : [])) as GazetteerFile[],
);
const allEntries = KINDS.flatMap((kind) => gazetteer[kind].map((entry) => ({ kind, entry })));

/** Every key (folded Hindi form or lower-cased Latin form) that claims an entity outright. */
function claims(entry: GazetteerEntry): string[] {
  return [...entry.hi.map((h) => foldKey(h)), ...entry.latin.map((l) => l.toLowerCase())];
}

function conflicts(kind: Kind): string[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of gazetteer[kind]) {
    for (const key of new Set(claims(entry))) {
      const set = owners.get(key) ?? new Set<string>();
      set.add(entry.en);
      owners.set(key, set);
    }
  }
  return [...owners].filter(([, ens]) => ens.size > 1).map(([key, ens]) => `${key} → ${[...ens].join(' | ')}`);
}

describe('gazetteer entry schema', () => {
  it('refuses an unknown key: a name cut at an unquoted comma is an error, not a silent cut', () => {
    const result = gazetteerFileSchema.safeParse({ organisations: [{ en: 'Nike', 'Inc.': null, hi: ['नाइकी'] }] });
    expect(result.success).toBe(false);
    expect(gazetteerFileSchema.safeParse({ organisations: [{ en: 'Nike, Inc.', hi: ['नाइकी'] }] }).success).toBe(true);
  });

  it('takes an entry whose every Hindi form is short (a name two places share), never one with no Hindi form', () => {
    expect(gazetteerFileSchema.safeParse({ places: [{ en: 'Bilaspur, Himachal Pradesh', short: ['बिलासपुर'] }] }).success).toBe(true);
    const none = gazetteerFileSchema.safeParse({ places: [{ en: 'Bilaspur, Himachal Pradesh', latin: ['Bilaspur'] }] });
    expect(none.success).toBe(false);
    expect(none.error?.issues.map((i) => i.message)).toContain('an entry needs a Hindi form (hi or short)');
  });
});

describe('gazetteer data files', () => {
  it('has several files', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(FILES)('%s is valid YAML that matches the schema', (file) => {
    const entry = loaded.find((l) => l.file === file);
    expect(entry?.result.problems).toEqual([]);
    expect(entry?.result.value).not.toBeNull();
  });

  it('keeps English fields free of Devanagari', () => {
    const bad = allEntries
      .filter(({ entry }) =>
        [entry.en, entry.role ?? '', entry.country ?? '', entry.type ?? '', ...entry.latin].some((s) => DEVANAGARI.test(s)),
      )
      .map(({ entry }) => entry.en);
    expect(bad).toEqual([]);
  });

  it('writes every hi form in Devanagari, without stray spaces', () => {
    const bad = allEntries.flatMap(({ entry }) =>
      entry.hi.filter((h) => !DEVANAGARI.test(h) || h !== h.trim() || /\s{2}/.test(h)).map((h) => `${entry.en}: ${h}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives every short form a Devanagari or Latin spelling not already claimed by its own entry', () => {
    const bad = allEntries.flatMap(({ entry }) => {
      const own = new Set(claims(entry));
      return entry.short
        .filter((s) => own.has(DEVANAGARI.test(s) ? foldKey(s) : s.toLowerCase()))
        .map((s) => `${entry.en}: ${s}`);
    });
    expect(bad).toEqual([]);
  });

  it.each(KINDS)('lists each %s entity once (unique en)', (kind) => {
    const seen = new Map<string, number>();
    for (const e of gazetteer[kind]) seen.set(e.en, (seen.get(e.en) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([en]) => en)).toEqual([]);
  });

  it.each(KINDS)('never maps one %s hi/latin form to two entities (ambiguous forms go in short)', (kind) => {
    expect(conflicts(kind)).toEqual([]);
  });

  it.each([
    ['people', 400],
    ['places', 350],
    ['organisations', 300],
  ] as const)('has at least the minimum number of %s', (kind, min) => {
    expect(gazetteer[kind].length).toBeGreaterThanOrEqual(min);
  });

  it('gives people a country, and roles only in English title case', () => {
    const noCountry = gazetteer.people.filter((p) => !p.country).map((p) => p.en);
    expect(noCountry).toEqual([]);
    const badRole = gazetteer.people.filter((p) => p.role !== undefined && !/^[A-Z]/.test(p.role)).map((p) => p.en);
    expect(badRole).toEqual([]);
  });

  const find = (kind: Kind, en: string): GazetteerEntry | undefined => gazetteer[kind].find((e) => e.en === en);

  it.each([
    ['people', 'Vladimir Putin', 'व्लादिमीर पुतिन'],
    ['people', 'Kim Jong Un', 'किम जोंग उन'],
    ['people', 'Kim Jong Un', 'किम जोंग'],
    ['people', 'Sergey Lavrov', 'सर्जई लावरोव'],
    ['people', 'Sergei Shoigu', 'सर्गेई शोइगु'],
    ['people', 'Yuri Ushakov', 'यूरी उशाकोव'],
    ['people', 'Kim Il Sung', 'किम इल-सुंग'],
    ['people', 'Matthew Miller (spokesperson)', 'मैथ्यू मिलर'],
    ['people', 'Yōko Kamikawa', 'योको कामिकावा'],
    ['people', 'Narendra Modi', 'नरेंद्र मोदी'],
    ['people', 'Donald Trump', 'ट्रंप'],
    ['organisations', 'TASS', 'तास'],
    ['organisations', 'Korean Central News Agency', 'कोरियाई सेंट्रल न्यूज एजेंसी'],
    ['organisations', 'Korean Central News Agency', 'केसीएनए'],
    ['organisations', 'Asian News International', 'एएनआई'],
    ['organisations', 'Asian News International', 'एएनई'],
    ['organisations', 'Al Jazeera', 'अल जजीरा'],
    ['organisations', 'Kremlin', 'क्रेमलिन'],
    ['people', 'Sergey Lavrov', 'लावरोव'],
    ['people', 'Alexander Kozlov (politician)', 'अलेक्जेंडर कोज़लोव'],
    ['organisations', 'Ministry of External Affairs', 'विदेश मंत्रालय'],
    ['organisations', 'BSE SENSEX', 'सेंसेक्स'],
    ['organisations', 'India Meteorological Department', 'मौसम विभाग'],
    ['places', 'Gaza Strip', 'गाजा पट्टी'],
    ['places', 'Bengaluru', 'बेंगलूरु'],
    ['places', 'New Delhi', 'नई दिल्ली'],
    ['organisations', 'United Nations Security Council', 'संयुक्त राष्ट्र सुरक्षा परिषद'],
    ['organisations', 'United Nations', 'संयुक्त राष्ट्र'],
    ['organisations', 'Yonhap News Agency', 'योनहाप'],
    ['organisations', 'Rodong Sinmun', 'रोडोंग सिनमुन'],
    ['organisations', 'United States Department of State', 'अमेरिकी विदेश विभाग'],
    ['places', 'Russian Far East', 'सुदूर पूर्व'],
    ['places', 'Vostochny Cosmodrome', 'वोस्तोचनी कॉस्मोड्रोम'],
    ['places', 'Vostochny Cosmodrome', 'वोस्तोचन कोस्मोड्रोम'],
    ['places', 'Amur Oblast', 'अमूर क्षेत्र'],
    ['places', 'Eurasia', 'यूरेशिया'],
    ['places', 'Pyongyang', 'प्योंगयांग'],
    ['places', 'Moscow', 'मास्को'],
    ['places', 'Washington, D.C.', 'वॉशिंगटन'],
  ] as const)('%s: %s is found by %s (after folding)', (kind, en, form) => {
    const entry = find(kind, en);
    expect(entry).toBeDefined();
    expect(entry?.hi.map((h) => foldKey(h))).toContain(foldKey(form));
  });

  it.each([
    ['organisations', 'TASS', 'TASS'],
    ['organisations', 'Korean Central News Agency', 'KNCA'],
    ['organisations', 'Korean Central News Agency', 'KCNA'],
    ['organisations', 'Asian News International', 'ANI'],
  ] as const)('%s: %s has the Latin form %s', (kind, en, latin) => {
    expect(find(kind, en)?.latin).toContain(latin);
  });

  it('keeps the ambiguous surname किम as a short form only', () => {
    const owners = gazetteer.people.filter((p) => p.hi.some((h) => foldKey(h) === foldKey('किम')));
    expect(owners).toEqual([]);
    expect(find('people', 'Kim Jong Un')?.short).toContain('किम');
  });

  /** Everyday Hindi words that collide (after folding) with a name: they may only be `short` forms. */
  it.each([
    'पूरी', 'गया', 'आप', 'नाम', 'संघ', 'गंभीर', 'विराट', 'हार्दिक', 'यशस्वी', 'ममता', 'योगी', 'मिलान', 'सूरत',
    'कोटा', 'मंडी', 'सागर', 'दुर्ग', 'हवाई', 'मक्का', 'सोल', 'बाली', 'पत्रिका', 'डॉन', 'एक्स', 'मर्ज', 'सीसीटीवी',
    'सीनेट', 'शेल', 'जियो', 'सोनी', 'सलमान', 'गांधी', 'शाह', 'पवार', 'स्टालिन', 'किम', 'ली',
  ])('does not claim the common word or shared name %s as a full hi form', (word) => {
    const key = foldKey(word);
    const owners = allEntries.filter(({ entry }) => entry.hi.some((h) => foldKey(h) === key)).map(({ entry }) => entry.en);
    expect(owners).toEqual([]);
  });
});
