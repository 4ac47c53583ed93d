/**
 * Configuration from the environment (DESIGN.md §3.3), validated once. A bad value fails loudly
 * with the variable's name.
 */
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v || v.startsWith('file:') || /^postgres(?:ql)?:\/\//.test(v), 'must be file:/path/to/db.sqlite or postgres://…'),
  INGEST_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  TILE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  PORT: z.string().regex(/^\d{1,5}$/, 'must be a port number').optional(),
  TILE_ATTRIBUTION: z.string().optional(),
});

export type Config = {
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  ingestToken: string | null;
  tiles: { url: string; attribution: string } | null;
  /** The site's public origin, for absolute URLs in link previews. */
  publicUrl: string;
};

export const DEFAULT_DATABASE_FILE = path.resolve(process.cwd(), 'data/conflict-map.sqlite');

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  const e = parsed.data;
  const database: Config['database'] = !e.DATABASE_URL
    ? { kind: 'sqlite', file: DEFAULT_DATABASE_FILE }
    : e.DATABASE_URL.startsWith('file:')
      ? { kind: 'sqlite', file: path.resolve(e.DATABASE_URL.slice('file:'.length)) }
      : { kind: 'postgres', url: e.DATABASE_URL };
  return {
    database,
    ingestToken: e.INGEST_TOKEN ?? null,
    tiles: e.TILE_URL ? { url: e.TILE_URL, attribution: e.TILE_ATTRIBUTION ?? '' } : null,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT ?? 3000}`,
  };
}
