import { compileAll, lineStart, squeeze, type Removal } from './line-tools.js';

/**
 * Strips the first of `prefixes` (patterns of the cleaning data, matched at a line's start, after a
 * bullet) that opens a line, and records it as removed under `kind`.
 */
export function createPrefixStripper(prefixes: readonly string[], kind: string): (line: string, removed: Removal[]) => string {
  const regexes = compileAll(prefixes, 'iu', (s) => `${lineStart(s)}\\s*`);
  return (line, removed) => {
    for (const regex of regexes) {
      const m = regex.exec(line);
      if (m) {
        removed.push({ kind, text: m[0].trim() });
        return squeeze(line.slice(m[0].length));
      }
    }
    return line;
  };
}
