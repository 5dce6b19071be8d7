import type { CleanedPage } from '../types.js';
import { createCreditRemover } from './agency-credit.js';
import type { CleaningData } from './cleaning-data.js';
import { createFooterCutter } from './footer.js';
import { createHeadlineFilter } from './headlines.js';
import { createLineJoiner } from './join-lines.js';
import { createKickerRemover } from './kicker.js';
import { createLineFurniture } from './line-furniture.js';
import { squeeze, type Removal } from './line-tools.js';
import { fixSpacing, normaliseText, splitGluedScripts } from './normalise.js';
import { createPhotoCreditRemover } from './photo-credit.js';
import { removeRepeats } from './repeats.js';
import { createUpdateLineParser } from './update-line.js';

/**
 * Builds the page cleaner once per data snapshot (all regexes compiled here). The cleaner turns
 * raw page text into a headline and a body of prose paragraphs, recording everything it drops:
 * normalise → update line → footer → furniture lines → photo credits → kickers → title →
 * re-join broken lines → agency credit → repeats → headlines/subheadings → spacing.
 * It never throws: on an internal failure it falls back to first line / remaining lines.
 */
export function createCleaner(data: CleaningData): (raw: string) => CleanedPage {
  const parseUpdate = createUpdateLineParser(data.updateLines, data.zoneOffsets);
  const cutFooter = createFooterCutter(data);
  const stripFurniture = createLineFurniture(data);
  const stripPhotoCredits = createPhotoCreditRemover(data);
  const stripKicker = createKickerRemover(data);
  const join = createLineJoiner(data);
  const stripCredit = createCreditRemover(data);
  const filterHeadlines = createHeadlineFilter(data);

  const clean = (raw: string): CleanedPage => {
    const removed: Removal[] = [];
    let printedUpdate: string | undefined;
    let lines = normaliseText(raw).split('\n').map((l) => squeeze(splitGluedScripts(l)));
    lines = lines.map((line) => {
      const stamp = line === '' ? null : parseUpdate(line);
      if (stamp === null) return line;
      printedUpdate ??= stamp;
      removed.push({ kind: 'update', text: line });
      return '';
    });
    lines = cutFooter(lines, removed);
    lines = stripFurniture(lines, removed);
    lines = stripPhotoCredits(lines, removed);
    lines = lines.map((line) => (line === '' ? line : stripKicker(line, removed)));
    const titleIndex = lines.findIndex((l) => l !== '');
    const title = fixSpacing(lines[titleIndex] ?? '');
    let body = join(titleIndex < 0 ? [] : lines.slice(titleIndex + 1));
    body = stripCredit(body, removed);
    body = removeRepeats(title, body, removed);
    body = filterHeadlines(title, body, removed);
    const text = body.map(fixSpacing).filter((l) => l !== '').join('\n');
    return { title, body: text, ...(printedUpdate ? { printedUpdate } : {}), removed };
  };

  return (raw) => {
    try {
      return clean(typeof raw === 'string' ? raw : '');
    } catch (cause) {
      const lines = normaliseText(String(raw ?? '')).split('\n').map(squeeze).filter((l) => l !== '');
      return {
        title: lines[0] ?? '',
        body: lines.slice(1).join('\n'),
        removed: [{ kind: 'error', text: `cleaning failed: ${(cause as Error).message}` }],
      };
    }
  };
}
