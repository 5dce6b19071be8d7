import { foldKey } from '../text/devanagari.js';
import type { DateFact } from '../types.js';
import type { Rendered } from './english-clause.js';
import { formatDateRange } from './english-date.js';
import type { Item } from './tokens.js';

/** Postpositions that keep a date in its phrase ("6 मार्च तक" → "by 6 March", "9 जून के बाद" → "after 9 June"). */
const DATE_FRAMES = new Set(['तक', 'के बाद', 'बाद', 'से पहले', 'के पहले', 'पहले', 'से', 'से लेकर'].map(foldKey));
const ON = foldKey('को');
/** English of postpositions that frame a time (के बीच, के दौरान, के बाद): a date before them is a time, not tied. */
const TEMPORAL = /^(?:between|during|after|before|within|around|by|until|since|till|throughout|in the middle of)\b/u;

/**
 * Dates leave the clause and go to the end of the line as "when" ("on Friday (14 June 2024)"),
 * except a date framed by a postposition, which stays a noun in its phrase. A "को" after a date
 * ("गुरुवार को") goes with it. `tied`: a date with a genitive after it names an edition of the noun
 * before it ("विधानसभा निर्वाचन 2023 के तहत"): taken out, it would leave that noun as a subject, so
 * such a sentence is not rendered as one.
 */
export function placeDates(items: readonly Item[], when: (d: DateFact) => string): { rest: Item[]; whens: string[]; tied: boolean } {
  const whens: string[] = [];
  let tied = false;
  const rest = items.map((it, k): Item => {
    const next = items[k + 1];
    const prev = items[k - 1];
    if (it.kind === 'post' && it.entry?.key === ON && prev?.kind === 'date') return { ...it, kind: 'punct', text: '' };
    if (it.kind !== 'date' || !it.date) return it;
    if (next?.kind === 'post' && next.entry && DATE_FRAMES.has(next.entry.key)) {
      return { ...it, kind: 'noun', en: formatDateRange(it.date.value, it.date.end), plural: false, converted: true };
    }
    // (a temporal postposition keeps it a time: "31 मई से 3 जून के बीच")
    if (next?.kind === 'gen' || (next?.kind === 'post' && /^(?:के|की|का)\s/u.test(next.text) && !TEMPORAL.test(next.en))) tied = true;
    const w = when(it.date);
    if (w && !whens.includes(w)) whens.push(w);
    // a date becomes a chunk boundary, so that its neighbours do not merge
    return { ...it, kind: 'punct', text: '' };
  });
  return { rest, whens, tied };
}

/**
 * Headlines join two reports with a comma and no conjunction ("एनडीए को 293 सीटें, मोदी …
 * बनेंगे"): each part is read on its own and the parts are joined with "; ".
 */
export function headlineParts(items: readonly Item[], text: string, render: (items: readonly Item[], text: string) => Rendered): Rendered {
  // "… का फैसला किया - प्रकाश जावड़ेकर": a speaker after a dash or colon at the end is the attribution
  const speaker = attribution(items);
  if (speaker) {
    const r = headlineParts(items.slice(0, speaker.at), text, render);
    return r.text ? { ...r, text: `${r.text}: ${speaker.name}`, known: r.known + 1 } : r;
  }
  const parts: Item[][] = [[]];
  for (const it of items) {
    if (it.kind === 'punct' && it.text === ',') parts.push([]);
    else parts[parts.length - 1]?.push(it);
  }
  const real = (p: Item[]): number => p.filter((i) => i.kind !== 'punct' && i.kind !== 'word').length;
  if (parts.length < 2 || parts.some((p) => real(p) < 2)) return render(items, text);
  const rendered = parts.map((p) => render(p, text));
  return {
    text: rendered.map((r) => r.text).filter((t) => t).join('; '),
    hasVerb: rendered.some((r) => r.hasVerb),
    hasSubject: rendered.some((r) => r.hasSubject),
    known: rendered.reduce((n, r) => n + r.known, 0),
    unknown: rendered.reduce((n, r) => n + r.unknown, 0),
    phrases: rendered.flatMap((r) => r.phrases),
    // a headline's report may have no verb ("एनडीए को 293 सीटें"): a noun phrase read in full will do
    complete: rendered.every((r) => r.complete || (!r.hasVerb && r.unknown === 0 && r.hasSubject)) && rendered.some((r) => r.complete),
    doubt: rendered.some((r) => r.doubt),
  };
}

const DASH = new Set(['-', '–', '—', ':']);

/** A person named alone after a dash or colon that ends a headline, and where that dash is. */
function attribution(items: readonly Item[]): { at: number; name: string } | null {
  const content = items.filter((i) => !(i.kind === 'punct' && !DASH.has(i.text)));
  const [dash, name] = [content[content.length - 2], content[content.length - 1]];
  if (!dash || !name || dash.kind !== 'punct' || !DASH.has(dash.text) || name.kind !== 'mention' || name.mention?.kind !== 'person') return null;
  return { at: items.indexOf(dash), name: name.en };
}
