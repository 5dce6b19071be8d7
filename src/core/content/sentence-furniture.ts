import { splitSentences } from '../text/sentences.js';
import type { CleaningData } from './cleaning-data.js';
import { compileAll, endsSentence, lineStart, wordCount, type Removal } from './line-tools.js';
import { compileWithMonths } from './month-words.js';

/**
 * The last word of a page cut off mid-word: one consonant (with virama or matra at most) and a stop,
 * unless it is a real one-syllable word (`है.`, `था.`: config `sentenceFurniture.shortWords`).
 */
const TRUNCATED = /(?<![\p{L}\p{M}])(?<word>[\u0915-\u0939\u0958-\u095F][\u093E-\u094D]?)\.$/u;

/** A quotation or bracket closing the page is a finished sentence too. */
const CLOSED = /["”’)\]]$/u;

/**
 * Sentence-level furniture that survives line cleaning (and every furniture on one-line pages):
 * "read also" sentences, a live blog's welcome paragraph (`… के लाइव ब्लॉग में आपका स्वागत है`), embedded tweets (`pic.twitter.com/…`, `— Name (@handle) March 3, 2024`),
 * gallery counters (`1/7`, `2 of 10`) and the fragment a cut-off page ends with (no sentence end,
 * or a truncated word `लोगों क.`). Returns the paragraphs in the same order; a paragraph that loses
 * every sentence becomes ''.
 */
export interface SentenceFurniture {
  /** Drops furniture sentences; a short paragraph (≤ 3 sentences) carrying a tweet goes whole. */
  strip: (paragraphs: string[], removed: Removal[]) => string[];
  /** Drops the fragment the last paragraph ends with when the page was cut off (not a list line). */
  cutOff: (paragraphs: string[], removed: Removal[], isListLine?: (line: string) => boolean) => string[];
}

/** Paragraphs with a tweet marker and at most this many sentences are the embedded tweet. */
const TWEET_SENTENCES = 3;
/** A sentence's end inside a run, more text after it: an ellipsis after a word, or a danda (`… पास हुआ… नए भवन`). */
const INNER_END = /(?:(?<=[\p{L}\p{M}])(?:…|\.\.\.)|[।?!])(?=\s+\S)/gu;
/** Fewest words before an ellipsis that make the run a sentence it ends (not a row of dots, `...... read full story`). */
const ELLIPSIS_SENTENCE_WORDS = 4;
/** Fewest words of a body that is one run with no sentence mark: the story itself, not a cut-off fragment. */
const UNPUNCTUATED_PAGE_WORDS = 40;

export function createSentenceFurniture(data: CleaningData, months: string): SentenceFurniture {
  const readAlso = compileAll(data.footer.readAlso, 'iu', lineStart);
  const tweets = compileWithMonths(data.sentenceFurniture.tweets, 'iu', months);
  const gallery = compileWithMonths(data.sentenceFurniture.gallery, 'iu', months);
  const welcome = compileAll(data.sentenceFurniture.welcome, 'iu');
  const bylines = compileAll(data.sentenceFurniture.bylines, 'iu');
  const social = compileAll(data.sentenceFurniture.social, 'iu');
  const shortWords = new Set(data.sentenceFurniture.shortWords.map((w) => w.normalize('NFC')));
  const truncated = (end: string): boolean => {
    const word = TRUNCATED.exec(end)?.groups?.word;
    return word !== undefined && !shortWords.has(word);
  };
  const kindOf = (sentence: string): string | null => {
    if (readAlso.some((r) => r.test(sentence))) return 'read-also';
    if (tweets.some((r) => r.test(sentence))) return 'tweet';
    if (gallery.some((r) => r.test(sentence))) return 'gallery';
    if (bylines.some((r) => r.test(sentence))) return 'byline';
    if (social.some((r) => r.test(sentence))) return 'social';
    return null;
  };

  const strip: SentenceFurniture['strip'] = (paragraphs, removed) =>
    paragraphs.map((paragraph) => {
      if (paragraph === '') return paragraph;
      const sentences = splitSentences(paragraph).map((s) => s.text);
      if (sentences.length <= TWEET_SENTENCES && tweets.some((r) => r.test(paragraph))) {
        removed.push({ kind: 'tweet', text: paragraph });
        return '';
      }
      if (sentences.length <= TWEET_SENTENCES && welcome.some((r) => r.test(sentences[0] ?? ''))) {
        removed.push({ kind: 'welcome', text: paragraph });
        return '';
      }
      const kept = sentences.filter((s) => {
        const kind = kindOf(s);
        if (kind) removed.push({ kind, text: s });
        return kind === null;
      });
      return kept.length === sentences.length ? paragraph : kept.join(' ');
    });

  const cutOff: SentenceFurniture['cutOff'] = (paragraphs, removed, isListLine = () => false) => {
    const out = [...paragraphs];
    const last = out.findLastIndex((p) => p !== '');
    const tail = out[last];
    if (tail !== undefined && !isListLine(tail)) {
      const sentences = splitSentences(tail).map((s) => s.text);
      const end = sentences.at(-1) ?? '';
      if ((!endsSentence(end) && !CLOSED.test(end)) || truncated(end)) {
        // sentences ended inside it stay — by an ellipsis (`… प्रस्ताव पास हुआ… नए भवन की लागत …`), or by a danda the
        // splitter kept with a row of dots (`… पहुंचे थे। ...... read more`): only the run after the last is cut off
        const at = [...end.matchAll(INNER_END)].at(-1);
        let whole = at?.index !== undefined && wordCount(end.slice(0, at.index)) >= ELLIPSIS_SENTENCE_WORDS ? end.slice(0, at.index + at[0].length) : '';
        // a page typed with no sentence marks at all (one long run) loses only its last, perhaps cut, word: it is the story
        const alone = sentences.length === 1 && out.filter((p) => p !== '').length === 1 && wordCount(end) >= UNPUNCTUATED_PAGE_WORDS;
        if (whole === '' && alone) whole = end.replace(/\s+\S+\s*$/u, '');
        removed.push({ kind: 'cut-off', text: end.slice(whole.length).trim() });
        out[last] = [...sentences.slice(0, -1), ...(whole ? [whole] : [])].join(' ');
      }
    }
    return out;
  };

  return { strip, cutOff };
}
