import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../types.js';
import { cacheKey, readCached, writeCached } from './yaml-cache.js';

export interface YamlResult<T> {
  value: T | null;
  problems: Problem[];
}

/**
 * Reads a YAML file and validates it with a zod schema. Never throws: syntax errors and schema
 * violations become problems naming the file and, where known, the line.
 */
export function readYaml<S extends z.ZodType>(path: string, schema: S, label = path): YamlResult<z.output<S>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    return fail(label, `cannot read file: ${(cause as Error).message}`);
  }
  return parseYaml(text.replace(/^\uFEFF/, ''), schema, label);
}

export function parseYaml<S extends z.ZodType>(text: string, schema: S, label: string): YamlResult<z.output<S>> {
  // Fast path: valid data parsed before (same text) comes from the JSON cache; anything that fails
  // validation takes the full path below, which knows line numbers.
  const key = cacheKey(text);
  const cached = readCached(key);
  if (cached !== undefined) {
    const fast = schema.safeParse(cached ?? {});
    if (fast.success) return { value: fast.data, problems: [] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      value: null,
      problems: doc.errors.map((e) => ({
        file: label,
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        severity: 'error' as const,
      })),
    };
  }
  const plain: unknown = doc.toJS();
  const result = schema.safeParse(plain ?? {});
  if (result.success) {
    writeCached(key, plain);
    return { value: result.data, problems: [] };
  }
  return {
    value: null,
    problems: result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number] } | undefined;
      const offset = node?.range?.[0];
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return {
        file: label,
        line: offset === undefined ? undefined : lineCounter.linePos(offset).line,
        message: `${where}${issue.message}`,
        severity: 'error' as const,
      };
    }),
  };
}

function fail<T>(file: string, message: string): YamlResult<T> {
  return { value: null, problems: [{ file, message, severity: 'error' }] };
}
