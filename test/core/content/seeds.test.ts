import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { lineKey } from '../../../src/core/content/repeats.js';
import { loadData } from '../../../src/core/data/load-data.js';

const content = loadContent(join(process.cwd(), 'content'), { timezone: 'Asia/Kolkata' });
const clean = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning);
const pages = content.articles.map((a) => ({ id: a.id, page: clean(a.raw), firstLine: a.raw.split('\n')[0] ?? '' }));

const FURNITURE = ['Tags:', 'Similar News', 'Leave a Comment', 'Your email address', 'Required fields', '-->', 'Update:', 'तस्वीर क्रेडिट'];
const PASTED_004 = [
  'इजराइल के हमले में घायल हुए थे ईरान के राष्ट्रपति',
  'म्यांमार 40% टैरिफ',
  'रोनित राय का दावा',
  'टेनिस प्लेयर की हत्या',
];

describe('seed articles', () => {
  it('all five load with their publication dates and no problems', () => {
    expect(content.problems).toEqual([]);
    expect(content.articles.map((a) => a.published)).toEqual(['2024-06-17', '2024-06-18', '2023-09-14', '2024-06-19', '2025-07-12']);
  });

  it.each(pages.map((p) => [p.id, p.page] as const))('%s: no furniture in title or body', (_id, page) => {
    const text = `${page.title}\n${page.body}`;
    for (const furniture of FURNITURE) expect(text).not.toContain(furniture);
    // English glued to Hindi (दिवसीयofficial, उसकेthe) is spaced
    expect(text).not.toMatch(/[\u0900-\u0963\u0971-\u097F][A-Za-z]|[A-Za-z][\u0900-\u0963\u0971-\u097F]/u);
    expect(page.body.split('\n')).not.toContain('TASS');
    expect(page.title).not.toBe('');
    expect(page.body.length).toBeGreaterThan(500);
  });

  it.each(pages.map((p) => [p.id, p.page] as const))('%s: the title is not repeated in the body', (_id, page) => {
    const titleKey = lineKey(page.title);
    expect(page.body.split('\n').map(lineKey)).not.toContain(titleKey);
  });

  it.each(pages.map((p) => [p.id, p.page] as const))('%s: every body paragraph is prose ending a sentence', (_id, page) => {
    for (const paragraph of page.body.split('\n')) expect(paragraph).toMatch(/[।?!"”]$/u);
  });

  it('004: the four pasted headlines are gone and recorded as unrelated', () => {
    const page = pages.find((p) => p.id.startsWith('004'))?.page;
    for (const headline of PASTED_004) expect(page?.body).not.toContain(headline);
    expect(page?.removed.filter((r) => r.kind === 'unrelated-headline')).toHaveLength(4);
  });

  it('titles lose their SEO kickers', () => {
    const titles = pages.map((p) => p.page.title);
    expect(titles[0]).toBe('रूस के राष्ट्रपति पुतिन करेंगे इस सप्ताह उत्तर कोरिया का दौरा');
    expect(titles[3]).toBe('24 साल बाद North Korea पहुंचे पुतिन, पूरी दुनिया की है इस मुलाकात पर नजर');
    expect(titles.join('\n')).not.toMatch(/Russian President Putin:|Visit:/);
  });

  it('001: broken lines are re-joined and the dateline and agency credit are clean', () => {
    const page = pages.find((p) => p.id.startsWith('001'))?.page;
    expect(page?.body).toContain('राज्य समाचार एजेंसी TASS ने बताया।');
    expect(page?.body).toContain('कहा कि पुतिन उत्तर कोरिया के नेता किम जोंग उन के निमंत्रण पर');
    // the dateline `मॉस्को:` opens the first paragraph: it is split off, with the place and no date
    expect(page?.dateline).toEqual({ text: 'मॉस्को:', place: 'मॉस्को', date: null });
    expect(page?.body.startsWith('मंगलवार से शुरू होने वाली')).toBe(true);
    expect(page?.body).toContain('अपनी यात्रा के दौरान, रूसी राष्ट्रपति');
    expect(page?.printedUpdate).toBe('2024-06-18T08:21Z');
    expect(page?.removed).toContainEqual({ kind: 'credit', text: 'एएनई' });
  });

  it('000: byline and photo credit are gone, the dated caption stays; glued English is spaced', () => {
    const page = pages.find((p) => p.id.startsWith('000'))?.page;
    expect(page?.body).not.toMatch(/मयूख देबनाथ|तस्वीर क्रेडिट|केसीएनए वाया रॉयटर्स/);
    expect(page?.body).toContain('वोस्तोचनी कॉस्मोड्रोम में एक बैठक में भाग लेते हैं, रूस, 13 सितंबर, 2023।');
    expect(page?.body).toContain('दो दिवसीय official यात्रा');
    expect(page?.body).toContain('उसके the allies');
  });

  it('003: the teaser and subheadings are gone, the first paragraph stays', () => {
    const page = pages.find((p) => p.id.startsWith('003'))?.page;
    const paragraphs = page?.body.split('\n') ?? [];
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]?.startsWith('रूस के राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरिया के नेता किम जोंग उन की बुधवार')).toBe(true);
    expect(page?.body).not.toContain('दक्षिण कोरिया की प्रतिक्रिया\n');
    expect(page?.removed.filter((r) => r.kind === 'subheading').map((r) => r.text)).toEqual([
      'किम जोंग उन ने किया एयरपोर्ट पर स्वागत',
      'सैन्य संबंधों पर चर्चा',
      'वैश्विक हलचल',
      'दक्षिण कोरिया की प्रतिक्रिया',
    ]);
  });
});
