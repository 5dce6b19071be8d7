/**
 * One copy of each string in a set of analyses. An analysis read from the cache (v8.deserialize) or
 * sent by a worker (structured clone) gets its own copy of every string: the same entity names,
 * kinds, units and tags in every article, summary lines that repeat sentence texts. Walking the
 * analyses with one table replaces each string by the first equal one: same values, same output,
 * a fraction of the memory. The table lives for one walk (one build), so strings of articles that
 * are gone are not kept alive by it.
 */
export interface StringTable {
  /** Replaces, in place, every string inside `value` (objects, arrays, Map values) by its table copy. */
  intern<T>(value: T): T;
}

export function createStringTable(): StringTable {
  const table = new Map<string, string>();
  const one = (text: string): string => {
    const held = table.get(text);
    if (held !== undefined) return held;
    table.set(text, text);
    return text;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return one(value);
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = walk(value[i]);
    } else if (value instanceof Map) {
      for (const [key, item] of value) value.set(key, walk(item));
    } else if (!(value instanceof Date)) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = walk(record[key]);
    }
    return value;
  };
  return { intern: <T>(value: T): T => walk(value) as T };
}
