/**
 * A romanisation-insensitive key for a person's or place's English name, so that the scorer can
 * tell "the right person, spelled another way" (Ravish Kumar / Raveesh Kumar, Musa Zamir / Moosa
 * Zameer, Shubhman Gil / Shubman Gill) from a wrong name. The usual variants of romanised Hindi are
 * folded: long vowels written double (ee, oo, aa), y/i, w/v, z/j, ph/f, q/k, aspiration (bh/b,
 * dh/d…), doubled letters, a final "a". Names that differ in anything else keep different keys.
 */
const STEPS: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/y/g, 'i'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/([bcdgjkpt])h/g, '$1'],
  [/(.)\1+/g, '$1'],
  [/(.)a$/g, '$1'],
];

export function spellingKey(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w)
    .map((word) => STEPS.reduce((w, [re, to]) => w.replace(re, to), word))
    .join(' ');
}
