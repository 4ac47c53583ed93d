/**
 * The geocode contract shared by the CLI and GET /api/geocode: validate the query, resolve it,
 * answer {query, context, result, alternatives}.
 */
import { z } from 'zod';
import type { Gazetteer } from './gazetteer-file';
import { resolve } from './resolve';
import type { Place } from './types';

export const MAX_QUERY_LENGTH = 200;

const QuerySchema = z.object({
  query: z.string().trim().min(1, 'query is empty').max(MAX_QUERY_LENGTH, `query is longer than ${MAX_QUERY_LENGTH} characters`),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as SY')
    .transform((c) => c.toUpperCase())
    .nullable(),
});

export interface GeocodeAnswer {
  query: string;
  context: { country: string | null };
  result: Place | null;
  alternatives: Place[];
}

export type GeocodeOutcome = { ok: true; value: GeocodeAnswer } | { ok: false; error: string };

export function geocodeQuery(gazetteer: Gazetteer, query: string, country: string | null): GeocodeOutcome {
  const parsed = QuerySchema.safeParse({ query, country: country || null });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  const { query: q, country: c } = parsed.data;
  const r = resolve(gazetteer, q, c ? { countries: [c] } : {});
  return { ok: true, value: { query: q, context: { country: c }, result: r.result, alternatives: r.alternatives } };
}
