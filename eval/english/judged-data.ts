import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const numberSchema = z.object({
  value: z.number(),
  end: z.number().optional(),
  unit: z.string(),
  qualifier: z.enum(['exact', 'about', 'at least', 'more than', 'less than', 'up to', 'range', 'vague']).default('exact'),
  role: z.string().optional(),
  /** The name the figure belongs to (a party's seats, a player's runs). */
  owner: z.string().optional(),
});

export const judgedSchema = z.object({
  id: z.string(),
  source: z.string().optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  topic: z.string(),
  /** A headline: rendered as title.en. */
  title: z.boolean().default(false),
  hi: z.string().min(1),
  /** A faithful English translation written by hand before the renderer ran. */
  reference: z.string().min(1),
  facts: z.object({
    names: z.array(z.string()).default([]),
    numbers: z.array(numberSchema).default([]),
    /** ISO values (YYYY, YYYY-MM, YYYY-MM-DD). */
    dates: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  }).default({ names: [], numbers: [], dates: [] }),
  /** The judgement of the renderer's line, by hand. */
  judged: z.enum(['ok', 'partial', 'wrong']).optional(),
  why: z.string().optional(),
});

export type JudgedSentence = z.infer<typeof judgedSchema>;
export type JudgedNumber = z.infer<typeof numberSchema>;

const fileSchema = z.object({ sentences: z.array(judgedSchema) });

/** Reads one test/fixtures/english-judged/*.yaml file (YAML dates are read as strings). */
export function readJudged(file: string): JudgedSentence[] {
  const raw: unknown = parse(readFileSync(file, 'utf8'), { schema: 'core' });
  return fileSchema.parse(raw).sentences;
}
