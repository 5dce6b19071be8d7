/** Most words a line of place names above a story has (`उत्तर प्रदेश कैराना`, `बिहार | पटना`). */
const MAX_WORDS = 5;
/** Longest place name, in words (`गौतम बुद्ध नगर`). */
const MAX_PLACE_WORDS = 3;

/**
 * A line made only of known place names (a state and a town, separators allowed) is a section or place label
 * above the story, never its headline: `उत्तर प्रदेश कैराना`, `बिहार / पटना`.
 */
export function createPlaceLine(isKnownPlace: (words: string) => boolean): (line: string) => boolean {
  return (line) => {
    const words = line.split(/[\s/|,»›>:-]+/u).filter((w) => w !== '');
    if (words.length === 0 || words.length > MAX_WORDS) return false;
    // greedy: the longest known place at each position, until the words run out or none fits
    for (let i = 0; i < words.length;) {
      let n = Math.min(MAX_PLACE_WORDS, words.length - i);
      while (n > 0 && !isKnownPlace(words.slice(i, i + n).join(' '))) n--;
      if (n === 0) return false;
      i += n;
    }
    return true;
  };
}
