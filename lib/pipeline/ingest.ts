/**
 * Article files → parsed → incidents → store, one article per transaction. A bad file is reported
 * with its name and skipped; the rest of the batch is still ingested.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, type Article } from '../articles/parse';
import { articleDigest, extractIncidents, type ExtractOptions } from '../extract/extract';
import type { Gazetteer } from '../geocode/gazetteer-file';
import type { Incident } from '../incidents/schema';
import type { IncidentStore, IngestOutcome } from '../store/sqlite';

export type FileResult =
  | { file: string; ok: true; published: string | null; incidents: Incident[]; warnings: string[] }
  | { file: string; ok: false; error: string };

/** Expands directories to the .txt files in them, sorted, so runs are repeatable. */
export function articleFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    const stat = statSync(input, { throwIfNoEntry: false });
    if (!stat) return [input];
    if (!stat.isDirectory()) return [input];
    return readdirSync(input)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(input, f));
  });
}

function readText(file: string): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { ok: false, error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

export function extractFile(file: string, gazetteer: Gazetteer, options: ExtractOptions = {}): FileResult & { article?: Article } {
  const read = readText(file);
  if (!read.ok) return { file, ok: false, error: read.error };
  return extractText(file, read.text, gazetteer, options);
}

export function extractText(file: string, text: string, gazetteer: Gazetteer, options: ExtractOptions = {}): FileResult & { article?: Article } {
  const parsed = parseArticle(file, text);
  if (!parsed.ok) return { file, ok: false, error: parsed.error };
  const { incidents, warnings } = extractIncidents(parsed.article, gazetteer, options);
  return { file, ok: true, published: parsed.article.published, incidents, warnings, article: parsed.article };
}

export function ingestText(file: string, text: string, gazetteer: Gazetteer, store: IncidentStore): FileResult & { outcome?: IngestOutcome } {
  const result = extractText(file, text, gazetteer);
  if (!result.ok || !result.article) return result;
  const a = result.article;
  const outcome = store.saveArticle({ digest: articleDigest(a), file: a.file, published: a.published, title: a.title, url: a.urls[0] ?? null }, result.incidents);
  return { ...result, outcome };
}

export function ingestFile(file: string, gazetteer: Gazetteer, store: IncidentStore): FileResult & { outcome?: IngestOutcome } {
  const read = readText(file);
  if (!read.ok) return { file, ok: false, error: read.error };
  return ingestText(file, read.text, gazetteer, store);
}
