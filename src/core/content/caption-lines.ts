import { splitSentences } from '../text/sentences.js';
import type { CleaningData } from './cleaning-data.js';
import { compileAll, endsSentence, type Removal } from './line-tools.js';

/**
 * Photo captions: a line that ends in a photo credit — `(फोटो: पीटीआई)`, `Photo: Reuters`,
 * `तस्वीर: …` — after text that is not a finished sentence (`पटना में बाढ़ का पानी (फोटो: पीटीआई)`)
 * is a caption, never body: the whole line goes (kind `caption`). A credit after a finished sentence
 * is left to the photo-credit step: a one-sentence paragraph with a glued credit and a dated agency
 * caption (`…, 13 सितंबर, 2023। तस्वीर क्रेडिट: …`) cannot be told apart from it, and both are content.
 */
export function createCaptionRemover(data: CleaningData): (lines: string[], removed: Removal[]) => string[] {
  const bracketed = compileAll(data.inline['photo-credit'] ?? [], 'iu', (s) => `(?:${s})\\s*[।.]?\\s*$`);
  const trailing = compileAll(data.photoCredits, 'iu', (s) => `(?<=\\S\\s*)(?:${s})[^।?!()]{0,60}$`);

  const creditAt = (line: string): number => {
    for (const regex of [...bracketed, ...trailing]) {
      const m = regex.exec(line);
      if (m && m.index > 0) return m.index;
    }
    return -1;
  };

  return (lines, removed) =>
    lines.map((line) => {
      if (line === '') return line;
      const at = creditAt(line);
      if (at < 0) return line;
      const before = line.slice(0, at).trim();
      if (before === '' || endsSentence(before) || splitSentences(before).length > 1) return line;
      removed.push({ kind: 'caption', text: line });
      return '';
    });
}
