import type { Removal } from './line-tools.js';
import { lineKey } from './repeats.js';
import { DECK_MARK, type LineShape } from './title-shape.js';

/** How many non-empty lines at the top of a page may be searched for the headline. */
const MAX_SCAN = 12;

export interface TitleSearch {
  /** The headline line, or null when the page has none (the title is then built from the lead). */
  title: string | null;
  /** The lines after the headline (or from the first prose line on), furniture above them removed. */
  rest: string[];
}

/**
 * Finds the headline among the first lines: furniture (labels, date stamps, menus, slugs, site
 * names, one-word lines) is skipped and dropped; the first headline-shaped line is the title; a
 * prose line (a sentence, or a long paragraph) or a dateline ends the search without a title.
 */
export function createTitleFinder(
  shape: (line: string) => LineShape,
  isDateline: (line: string) => boolean,
  /** True when the joiner would glue the next lines to `line`: a line continued below is a broken sentence. */
  continued: (line: string, next: string[]) => boolean,
  /** True when the line is a dated dateline and nothing else (`सीतापुर/ दिनांक 12 मई 2023`). */
  lineDateline: (line: string) => boolean = () => false,
): (lines: string[], removed: Removal[]) => TitleSearch {
  return (lines, removed) => {
    const out = [...lines];
    let seen = 0;
    // a dateline alone on its line above the headline: it stays the lead's, read below the headline
    let held: string | null = null;
    for (let i = 0; i < out.length && seen < MAX_SCAN; i++) {
      const line = out[i] ?? '';
      if (line === '') continue;
      seen++;
      const next = out.slice(i + 1).find((l) => l !== '');
      if (held === null && lineDateline(line) && next !== undefined && !isDateline(next) && shape(next).kind === 'headline') {
        held = line;
        out[i] = '';
        continue;
      }
      if (isDateline(line)) return { title: null, rest: [...(held === null ? [] : [held]), ...out.slice(i)] };
      const s = shape(line);
      if (s.kind === 'prose') return { title: null, rest: [...(held === null ? [] : [held]), ...out.slice(i)] };
      if (s.kind === 'headline' && continued(line, out.slice(i + 1).filter((l) => l !== '').slice(0, 2))) return { title: null, rest: out.slice(i) };
      if (s.kind === 'headline' && gluedAbove(line, out.slice(i + 1).find((l) => l !== ''))) {
        removed.push({ kind: 'title-breadcrumb', text: line });
        out[i] = '';
        continue;
      }
      // the headline cut with an ellipsis, the whole one on the next line: the whole one is the title; an English
      // headline glossed by the Hindi one, the Hindi one again a few lines below: the Hindi one is the title
      if (s.kind === 'headline' && (cutAbove(line, out.slice(i + 1).find((l) => l !== '')) || glossedAbove(line, out.slice(i + 1).filter((l) => l !== '').slice(0, 3)))) {
        removed.push({ kind: 'title-repeat', text: line });
        out[i] = '';
        continue;
      }
      if (s.kind === 'headline') return { title: line, rest: [...(held === null ? [] : [held]), ...dropRepeats(line, out.slice(i + 1), removed)] };
      // a bullet deck above the story heads it like a subheading: its quantities still count
      removed.push(s.why === 'deck' ? { kind: 'subheading', text: line.replace(DECK_MARK, '') } : { kind: `title-${s.why}`, text: line });
      out[i] = '';
    }
    return { title: null, rest: out };
  };
}

/** Shortest headline key (folded letters) that may be recognised at the end of a longer line. */
const MIN_GLUED_KEY = 20;

/**
 * A menu or breadcrumb glued to the headline with no space (`Homeबुन्देलखण्ड दस्तक<headline>`) and the
 * headline again on the next line: the line ends with the next one, a letter touching its first letter,
 * after a shorter prefix. A deck that repeats a headline's tail after a space is not this.
 */
function gluedAbove(line: string, next: string | undefined): boolean {
  const tail = next?.trim() ?? '';
  if (lineKey(tail).length < MIN_GLUED_KEY || !line.endsWith(tail)) return false;
  const prefix = line.slice(0, line.length - tail.length);
  return /[\p{L}\p{M}]$/u.test(prefix) && prefix.length < tail.length;
}

/**
 * A line cut with an ellipsis whose words the next line starts with and goes on from (`… 2 दिन पहले लालू...`), also
 * after a breadcrumb of one or two words the whole headline lacks (`Home खेल <headline cut>...` above it).
 */
function cutAbove(line: string, next: string | undefined): boolean {
  const cut = /(?:\.{3}|…)\s*$/u.exec(line);
  if (!cut || next === undefined) return false;
  const whole = lineKey(next);
  const starts = (text: string): boolean => {
    const key = lineKey(text);
    return key.length >= MIN_GLUED_KEY && whole.length > key.length && whole.startsWith(key);
  };
  const head = line.slice(0, cut.index);
  // (the words dropped are the breadcrumb's only when the whole headline lacks them)
  const dropped = (rest: string): boolean => rest !== head && !whole.includes(lineKey(head.slice(0, head.length - rest.length))) && starts(rest);
  return starts(head) || dropped(head.replace(/^\S+\s+/u, '')) || dropped(head.replace(/^\S+\s+\S+\s+/u, ''));
}

/** `<English headline> – <Hindi headline>` whose Hindi half is a line just below (`Delhi: Road Accident … – दिल्ली: … हादसा`). */
function glossedAbove(line: string, below: readonly string[]): boolean {
  // (any separator may be the one: `Delhi - Mumbai Expressway Opens - दिल्ली-मुंबई …` has one inside the English too)
  return [...line.matchAll(/\s[–—|-]\s/gu)].some((cut) => {
    const [head, tail] = [line.slice(0, cut.index), line.slice(cut.index + cut[0].length)];
    const latin = (head.match(/[A-Za-z]/gu) ?? []).length > (head.match(/[\u0900-\u097F]/gu) ?? []).length;
    const key = lineKey(tail);
    return latin && key.length >= MIN_GLUED_KEY && below.some((l) => lineKey(l) === key);
  });
}

/** A headline printed twice in a row (a common page artefact) is kept once. */
function dropRepeats(title: string, rest: string[], removed: Removal[]): string[] {
  const key = lineKey(title);
  const out = [...rest];
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? '';
    if (line === '') continue;
    if (lineKey(line) !== key) break;
    removed.push({ kind: 'title-repeat', text: line });
    out[i] = '';
  }
  return out;
}
