/**
 * POST /api/articles: the contract of DESIGN.md §2 ("authenticated ingest"). A bearer token must
 * equal INGEST_TOKEN; without INGEST_TOKEN the site is read-only. The body is JSON
 * {"file": "name.txt", "text": "date 2024-03-26 …"} and is ingested like a file from the CLI.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const MAX_ARTICLE_CHARS = 2_000_000;

export const ArticleBodySchema = z.object({
  file: z
    .string()
    .trim()
    .min(1, 'file is empty')
    .max(200, 'file is longer than 200 characters')
    .regex(/^[\w .,()-]+$/, 'file may hold only letters, digits, spaces and . , ( ) - _'),
  text: z.string().min(1, 'text is empty').max(MAX_ARTICLE_CHARS, `text is longer than ${MAX_ARTICLE_CHARS} characters`),
});

export type AuthOutcome = { ok: true } | { ok: false; status: 401 | 403; error: string };

/** Constant-time comparison, so the token cannot be guessed from response times. */
export function authorize(header: string | null, token: string | null): AuthOutcome {
  if (!token) return { ok: false, status: 403, error: 'ingest over HTTP is disabled: set INGEST_TOKEN to enable it' };
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, status: 401, error: 'missing or wrong bearer token' };
  return { ok: true };
}
