import { z } from 'zod';

/** A calendar date, month or year: `2024-06-09`, `2024-06`, `2024`. */
export const roleDateSchema = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');

/** An office held between two dates (either may be open): `{ role: Prime Minister, from: 2014-05-26 }`. */
export const datedRoleSchema = z.object({ role: z.string().min(1), from: roleDateSchema.optional(), to: roleDateSchema.optional() });

/**
 * One named entity of the gazetteer (config/gazetteer/*.yaml). Data, not code: admins extend it
 * and `/reload`. `en` is the Wikipedia-title spelling and the entity's identity.
 */
export const gazetteerEntrySchema = z.object({
  en: z.string().min(1),
  /**
   * Hindi forms; the first is the canonical Hindi name. Spelling variants may be listed or left to folding.
   * May be empty when every Hindi form is `short` (a name two places share, the other place taking it whole: बिलासपुर of Himachal Pradesh).
   */
  hi: z.array(z.string().min(1)).default([]),
  /** Latin-script forms that appear inside Hindi text (TASS, ANI, KCNA, Putin). */
  latin: z.array(z.string().min(1)).default([]),
  /**
   * Short forms (a surname alone: किम, शोइगु) that resolve to this entry only when the article
   * names the entity in full elsewhere, or when no other entry shares the short form.
   */
  short: z.array(z.string().min(1)).default([]),
  /**
   * English role or office, for people ("President", "Foreign Minister"), as the gazetteer was
   * written: used only for articles published within config/entities.yaml `undatedRoles`.
   */
  role: z.string().optional(),
  /** Offices with their dates; an article gets the one held on its publication date. */
  roles: z.array(datedRoleSchema).optional(),
  /** English country name the person, place or organisation belongs to. */
  country: z.string().optional(),
  /** An Indian town's, city's or district's state or union territory: the `en` of that gazetteer entry. */
  state: z.string().optional(),
  /** Finer type: city, capital, state, region, agency, party, court, company, body, ministry … */
  type: z.string().optional(),
  /** A team's sport (config/entities.yaml `sportWords`): its names count only in an article of that sport. */
  sport: z.string().optional(),
})
  // an unknown key is a typo or a name cut at an unquoted comma (`en: Nike, Inc.` reads as `Inc.: null`)
  .strict()
  .refine((e) => e.hi.length + e.short.length > 0, { message: 'an entry needs a Hindi form (hi or short)', path: ['hi'] });

export const gazetteerFileSchema = z
  .object({
    people: z.array(gazetteerEntrySchema).default([]),
    places: z.array(gazetteerEntrySchema).default([]),
    organisations: z.array(gazetteerEntrySchema).default([]),
  })
  .strict();

export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;
export type DatedRole = z.infer<typeof datedRoleSchema>;
export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;

export interface Gazetteer {
  people: GazetteerEntry[];
  places: GazetteerEntry[];
  organisations: GazetteerEntry[];
}

export function mergeGazetteers(files: GazetteerFile[]): Gazetteer {
  return {
    people: files.flatMap((f) => f.people),
    places: files.flatMap((f) => f.places),
    organisations: files.flatMap((f) => f.organisations),
  };
}
