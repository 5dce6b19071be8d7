/** Levenshtein distance (names are short). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

/** A romanised spelling of a name of the sentence (Harshavardhan for Harsh Vardhan, Dhavan for Dhawan). */
export function spelling(word: string, names: readonly string[]): boolean {
  const w = word.toLowerCase();
  const candidates = names.flatMap((n) => [...n.split(/[\s-]+/), n.replace(/[\s-]+/g, '')]).map((x) => x.toLowerCase()).filter((x) => x.length >= 3);
  // the consonant skeleton of a romanisation matches its name's (Heg ~ Hague, Dhavan ~ Dhawan)
  const skeleton = (x: string): string => (x[0] ?? '') + x.slice(1).replace(/w/g, 'v').replace(/[aeiouh]/g, '').replace(/(.)\1+/g, '$1');
  return candidates.some((c) => skeleton(w) === skeleton(c) || distance(w, c) <= Math.max(1, Math.floor(0.4 * Math.max(w.length, c.length))));
}

const initials = (name: string): string => name.split(/[\s-]+/).map((w) => w[0] ?? '').join('').toUpperCase();
/** Two spellings of one name: the same, one inside the other, or one the initials of the other (BJP). */
export const sameName = (a: string, b: string): boolean => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.includes(y) || y.includes(x) || initials(a) === b.toUpperCase() || initials(b) === a.toUpperCase();
};
