import type { NumbersData } from './numbers-data.js';
import type { Quantity } from './read-quantity.js';
import { PhraseTable, wordSet, type Token } from './tokens.js';
import { MONEY_UNITS } from '../../unit-kinds.js';

/** A quantity with the owner found for it (token range of the name before it). */
export interface Owned {
  quantity: Quantity;
  owner?: { start: number; end: number };
}

/**
 * Pairs each number of a coordinated name–number list with the name right before it and shares
 * the list's counted noun with the members that have none: `भाजपा 240 और कांग्रेस 99 सीटों पर`
 * → 240 seat (भाजपा), 99 seat (कांग्रेस); `एनडीए को 293, इंडिया को 234 सीटें`; with the name after
 * each number in a tally: `54 भाजपा, 35 कांग्रेस और एक सीट गोंडवाना गणतंत्र पार्टी ने`. A name is a run of
 * claimed (`taken`) word tokens; a number with no name before it, or not in a list, gets no owner.
 */
/** Most unclaimed words read as a name before a link word. */
const MAX_UNCLAIMED = 3;
/** Most words in a list item's label (बिहार और पंजाब की). */
const MAX_LABEL = 4;
/** A share's unit: the whole before "out of" never takes it. */
const PERCENT = 'percent';

export function createOwnerPairing(data: NumbersData) {
  const joiners = wordSet(data.lists.joiners);
  const links = wordSet(data.lists.links);
  const labelLinks = new PhraseTable(data.lists.labelLinks.map((p) => [p, true] as const));
  const stop = wordSet(data.stop);
  const outOf = new PhraseTable(data.lists.outOf.map((p) => [p, true] as const));
  const changes = new PhraseTable(data.lists.changes.map((p) => [p, true] as const));
  const partOf = new PhraseTable(data.lists.partOf.map((p) => [p, true] as const));
  const spans = new Set(data.roles.roleless);
  const others = wordSet(data.lists.others);
  const scales = wordSet(Object.keys(data.multipliers));
  const readings = wordSet(data.lists.readingLabels);
  /** Tokens `from`..`to` are a joiner and a reading's name (`और न्यूनतम तापमान`): a label of the figure after them. */
  const readingLabel = (tokens: readonly Token[], from: number, to: number): boolean =>
    to - from >= 2 && to - from <= 3 && tokens.slice(from + 1, to).every((t) => readings.has(t.text));

  /**
   * Token range of the name right before token `k`: a run of claimed words, across one link word
   * (एनडीए को 293); before a link word up to three unclaimed words also name (बीआरएस को 39,
   * भारत आदिवासी पार्टी ने एक सीट). Else null.
   */
  const nameBefore = (tokens: readonly Token[], k: number, taken: (q: number) => boolean): { start: number; end: number } | null => {
    const linked = links.has(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.kind === 'word';
    const end = linked ? k - 1 : k;
    let start = end;
    while (start > 0 && taken(start - 1) && tokens[start - 1]?.kind === 'word') start--;
    const plain = (q: number): boolean => tokens[q]?.kind === 'word' && !joiners.has(tokens[q]?.text ?? '') && !stop.has(tokens[q]?.text ?? '');
    if (start === end && linked) while (start > end - MAX_UNCLAIMED && plain(start - 1)) start--;
    return start < end ? { start, end } : null;
  };

  /**
   * Tokens `from`..`to` are a list item's label: a joiner, one to four words or a claimed date (no stop word, no comma)
   * and a label link (`, मई में`, `, पश्चिम बंगाल की`, `, बिहार और पंजाब की`, `, द्वितीय के लिए`), or a joiner and a
   * claimed name alone (`, करनाल`).
   */
  const labelled = (tokens: readonly Token[], from: number, to: number, taken: (q: number) => boolean): boolean => {
    // or a name alone: `, करनाल 241, रेवाड़ी 194 … और हिसार में 349 केस` (claimed place names)
    const named = to - from >= 2 && to - from <= MAX_LABEL + 1 && tokens.slice(from + 1, to).every((t, i) => t.kind === 'word' && taken(from + 1 + i));
    if (named) return true;
    const link = labelLinks.matchEnding(tokens, to, from + 2)?.length ?? 0;
    if (link === 0 || to - from - link < 2 || to - from - link > MAX_LABEL + 1) return false;
    for (let q = from + 1; q < to - link; q++) {
      const t = tokens[q];
      // (a claimed date is a label too: `, 2019 में 2036, 2018 में 2798 और 2016 में 4431 मामलों`)
      if (t === undefined || !(t.kind === 'word' || (t.kind === 'digits' && taken(q))) || stop.has(t.text) || t.text === ',') return false;
    }
    return true;
  };

  /** A bare pair of figures (`1700-1950`) takes a noun only from a price range: `और 40 ट्रक` counts no prices, and
   * a game's `18-21, … 15-21 अंकों से` or trains' `12301-12302, … 12305-12306 ट्रेनें` are scores and numbers. */
  const mayTake = (x: Quantity, from: Quantity): boolean => x.unlessCounted !== true || (from.high !== undefined && MONEY_UNITS.has(from.unit ?? ''));

  /** Tokens `from`..`to` are a joiner and one to four words, none a joiner: a list item's bare label (`, चना कांटे वाला`). */
  const plainLabel = (tokens: readonly Token[], from: number, to: number): boolean =>
    to - from >= 2 && to - from <= MAX_LABEL + 1 && tokens.slice(from + 1, to).every((t) => t.kind === 'word' && !joiners.has(t.text));

  /** Token range of the claimed name right after token `k` (54 भाजपा, 35 कांग्रेस), or null. */
  const nameAfter = (tokens: readonly Token[], k: number, taken: (q: number) => boolean): { start: number; end: number } | null => {
    let end = k;
    while (end < tokens.length && taken(end) && tokens[end]?.kind === 'word') end++;
    return end > k ? { start: k, end } : null;
  };

  return (tokens: readonly Token[], quantities: readonly Quantity[], taken: (q: number) => boolean): Owned[] => {
    const owned: Owned[] = quantities.map((quantity) => ({ quantity }));
    const before = quantities.map((q) => nameBefore(tokens, q.start, taken));
    const after = quantities.map((q) => nameAfter(tokens, q.end, taken));
    const joined = (k: number): boolean => joiners.has(tokens[k]?.text ?? '');
    /** A figure with a scale word (करोड़, लाख, हजार): an amount, unlike a small count beside it. */
    const scaled = (q: Quantity | undefined): boolean => q !== undefined && tokens.slice(q.numberStart, q.end).some((t) => scales.has(t.text));
    // members: `NAME n, NAME m` (the name right before each number, a joiner right after the previous
    // quantity) or `n NAME, m NAME` (the name right after each number, then a joiner)
    const linkedBefore = (a: number): boolean => {
      const [x, y, name] = [quantities[a], quantities[a + 1], before[a + 1]];
      return x !== undefined && y !== undefined && name != null && before[a] != null && name.start === x.end + 1 && joined(x.end);
    };
    const linkedAfter = (a: number): boolean => {
      const [x, y, name] = [quantities[a], quantities[a + 1], after[a]];
      return x !== undefined && y !== undefined && name != null && x.end === name.start && y.start === name.end + 1 && joined(name.end);
    };
    // `51 और 64 फीसदी`, `90 में से 48 सीटें`, `मई में 23, अप्रैल में 18 और मार्च में 13 मामले`: a bare
    // number joined to the next (directly, or through the next one's label) takes its counted noun
    for (let k = quantities.length - 2; k >= 0; k--) {
      const [x, y] = [quantities[k] as Quantity, (owned[k + 1] as Owned).quantity];
      const link = joined(x.end) ? 1 : (outOf.match(tokens, x.end)?.length ?? 0);
      // (a price list names each crop bare before its range: `गेहूं 1520-1800, चना देसी 4800-5200, … उड़द 9000-10000 रुपए`)
      const priced = x.high !== undefined && y.high !== undefined && MONEY_UNITS.has(y.unit ?? '') && plainLabel(tokens, x.end, y.start);
      const reading = link === 1 && readingLabel(tokens, x.end, y.start);
      const next = link > 0 && (y.start === x.end + link || labelled(tokens, x.end, y.start, taken) || priced || reading);
      // (an amount in crores or lakhs takes no noun from a figure without a scale: `… के लिए 5 करोड़, … के लिए 4 नई कार`;
      // the whole before "out of" is no share: `4769 में से 60% रन` are 4,769 runs, never 4,769 percent)
      const share = link > 1 && y.unit === PERCENT;
      if (x.unit === null && y.unit !== null && next && !share && mayTake(x, y) && !(scaled(x) && !scaled(quantities[k + 1]))) owned[k] = { quantity: { ...x, unit: y.unit, ...(x.role === undefined && y.role !== undefined ? { role: y.role } : {}) } };
      // (the reading's name before the first figure, `अधिकतम 34 और न्यूनतम 26 डिग्री`, is no limit of it)
      const own = owned[k] as Owned;
      if (reading && own.quantity.unit !== null && x.start < x.numberStart && readings.has(tokens[x.start]?.text ?? '')) own.quantity = { ...own.quantity, start: x.numberStart, qualifier: 'exact' };
    }
    // `20 लाख से बढ़कर 25 लाख रुपए`, `42 मरीज … से बढ़कर 54`: the two figures of a change count the same thing
    for (let k = 0; k + 1 < quantities.length; k++) {
      const [x, y] = [(owned[k] as Owned).quantity, (owned[k + 1] as Owned).quantity];
      const link = changes.match(tokens, x.end)?.length;
      if (link === undefined || y.start !== x.end + link) continue;
      if (x.unit === null && y.unit !== null && mayTake(x, y)) owned[k] = { quantity: { ...x, unit: y.unit } };
      if (y.unit === null && x.unit !== null && mayTake(y, x)) owned[k + 1] = { quantity: { ...y, unit: x.unit } };
    }
    // `सेंसेक्स के 30 शेयरों में 28 तेजी के साथ`: a bare figure right after "N things in" counts those things
    for (let k = 0; k + 1 < quantities.length; k++) {
      const [x, y] = [(owned[k] as Owned).quantity, (owned[k + 1] as Owned).quantity];
      const link = partOf.match(tokens, x.end)?.length;
      // (not a span of time: `पांच दिनों में 20 को` counts no days; a part is no bigger than the whole: `50 ओवर में 350` is no overs)
      if (link !== undefined && y.start === x.end + link && x.unit !== null && !spans.has(x.unit) && y.unit === null && y.qualifier === 'exact' && y.role === undefined && y.value <= x.value) owned[k + 1] = { quantity: { ...y, unit: x.unit } };
    }
    // `उत्तर प्रदेश की नौ सीट, राजस्थान की सात, असम की पांच …`: a labelled bare number after a counted
    // one takes its noun (the noun said once, with the first item)
    for (let k = 1; k < quantities.length; k++) {
      const [x, y] = [(owned[k - 1] as Owned).quantity, quantities[k] as Quantity];
      if (y.unit === null && x.unit !== null && joined(x.end) && labelled(tokens, x.end, y.start, taken) && labelLinks.match(tokens, y.end) === null && mayTake(y, x)) {
        owned[k] = { quantity: { ...y, unit: x.unit, ...(y.role === undefined && x.role !== undefined ? { role: x.role } : {}) } };
      }
    }
    for (let a = 0; a < quantities.length; a++) {
      const [link, names] = linkedBefore(a) ? [linkedBefore, before] : [linkedAfter, after];
      let b = a;
      while (link(b)) b++;
      if (b === a) continue;
      // a tally ending in "others" (`भाजपा 100, कांग्रेस 116, बसपा 4, अन्य 10 सीटों पर`): the others' noun is the list's
      const [last, rest] = [quantities[b], quantities[b + 1]];
      const othersLast = !!last && !!rest && joined(last.end) && rest.start === last.end + 2 && others.has(tokens[last.end + 1]?.text ?? '');
      const shared = quantities[b]?.unit ?? (othersLast ? rest?.unit ?? null : null);
      // an amount in crores or lakhs takes no noun from a last item without a scale (the crores are no cars)
      for (let k = a; k <= b; k++) {
        const item = owned[k] as Owned;
        item.owner = names[k] ?? undefined;
        if (item.quantity.unit === null && shared !== null && mayTake(item.quantity, quantities[b] ?? item.quantity) && !(scaled(quantities[k]) && !scaled(quantities[b]))) item.quantity = { ...item.quantity, unit: shared };
      }
      a = b;
    }
    return owned;
  };
}
