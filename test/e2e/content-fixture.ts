import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';

/** Hand-written Hindi news on topics the seed does not cover (title line, blank line, paragraphs). */
export const CRICKET = [
  'भारत ने दूसरे टेस्ट में इंग्लैंड को 7 विकेट से हराया, सीरीज़ 1-1 से बराबर',
  '',
  'विशाखापत्तनम में सोमवार 5 फरवरी 2024 को भारत ने इंग्लैंड को 7 विकेट से हराकर पांच मैचों की सीरीज़ 1-1 से बराबर कर ली।',
  '',
  'जसप्रीत बुमराह ने मैच में 9 विकेट लिए और उन्हें प्लेयर ऑफ द मैच चुना गया।',
].join('\n');
export const MARKETS = [
  'सेंसेक्स 700 अंक उछला, निफ्टी रिकॉर्ड ऊंचाई पर बंद',
  '',
  'मुंबई में मंगलवार 6 फरवरी 2024 को बीएसई सेंसेक्स 700 अंक चढ़कर 72,000 के पार बंद हुआ, जबकि निफ्टी 21,900 पर पहुंचा।',
  '',
  'विदेशी निवेशकों ने 1,500 करोड़ रुपये के शेयर खरीदे।',
].join('\n');
export const ISRO = [
  'इसरो ने श्रीहरिकोटा से मौसम उपग्रह INSAT-3DS सफलतापूर्वक लॉन्च किया',
  '',
  'भारतीय अंतरिक्ष अनुसंधान संगठन (इसरो) ने शनिवार 17 फरवरी 2024 को श्रीहरिकोटा से GSLV-F14 रॉकेट के जरिए मौसम उपग्रह INSAT-3DS लॉन्च किया।',
  '',
  'उपग्रह मौसम के पूर्वानुमान और आपदा चेतावनी में मदद करेगा।',
].join('\n');

/** Articles to write: file name → [raw text, published date]. */
export type Articles = Record<string, readonly [string, string]>;

/** Writes articles into a content folder and merges their dates into its metadata.yaml. */
export function writeArticles(dir: string, articles: Articles): void {
  const path = join(dir, 'metadata.yaml');
  const metadata = existsSync(path)
    ? (parse(readFileSync(path, 'utf8')) as { articles: Record<string, unknown> })
    : { articles: {} as Record<string, unknown> };
  for (const [file, [text, published]] of Object.entries(articles)) {
    writeFileSync(join(dir, file), text);
    metadata.articles[file] = { published, language: 'hi' };
  }
  writeFileSync(path, stringify(metadata));
}

/** A temp content folder with these articles; `contentDir` is relative to process.cwd(), like CONTENT_DIR. */
export function tempContentDir(prefix: string, articles: Articles): { dir: string; contentDir: string } {
  const dir = mkdtempSync(join(tmpdir(), `khabar-e2e-${prefix}-`));
  writeArticles(dir, articles);
  return { dir, contentDir: relative(process.cwd(), dir) };
}

/**
 * A temp content folder with the seed articles plus the ones above: enough stories that a
 * bilingual digest takes several Telegram messages.
 */
export function largeContentDir(): { dir: string; contentDir: string } {
  const folder = tempContentDir('large', {});
  for (const file of readdirSync('content')) if (file.endsWith('.txt') || file === 'metadata.yaml') copyFileSync(join('content', file), join(folder.dir, file));
  writeArticles(folder.dir, { 'cricket.txt': [CRICKET, '2024-02-05'], 'markets.txt': [MARKETS, '2024-02-06'], 'isro.txt': [ISRO, '2024-02-17'] });
  return folder;
}

/** A temp content folder with one short article (fast to analyse): for start-up tests. */
export function smallContentDir(): { dir: string; contentDir: string } {
  return tempContentDir('small', { 'isro.txt': [ISRO, '2024-02-17'] });
}
