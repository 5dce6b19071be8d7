import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** Gold facts of one article (format and conventions: eval/GOLD.md). */
const text = z.union([z.string(), z.number()]).transform(String);
const dateSchema = z.object({ text, value: text, end: text.optional() });
const numberSchema = z.object({
  text,
  value: z.number(),
  end: z.number().optional(),
  unit: z.string().default('*'),
  qualifier: z.string().optional(),
  role: z.string().optional(),
});
const names = z.array(text).nullish().transform((v) => v ?? []);

export const goldArticleSchema = z.object({
  url: z.string().optional(),
  title: z.string().nullish(),
  lead: z.string().nullish(),
  dates: z.array(dateSchema).nullish().transform((v) => v ?? []),
  numbers: z.array(numberSchema).nullish().transform((v) => v ?? []),
  people: names,
  places: names,
  organisations: names,
  optional: names,
  absent: names,
});

export const goldFileSchema = z.object({
  sites: z.array(z.string()).default([]),
  articles: z.record(z.string(), goldArticleSchema),
});

export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldDate = z.infer<typeof dateSchema>;
export type GoldNumber = z.infer<typeof numberSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;

/** Reads and validates one gold file; a malformed file is an error naming the file. */
export function readGold(file: string): GoldFile {
  const parsed = goldFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid gold file'}`);
  }
  return parsed.data;
}
