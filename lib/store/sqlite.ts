/**
 * The embedded store: one SQLite file (better-sqlite3). Incidents are kept whole as validated JSON
 * with the columns the filters need beside them. Each article is written in one transaction, so a
 * failure never leaves half an article behind, and re-ingesting the same text changes nothing.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { IncidentFilter } from '../incidents/filter';
import { finerPlace, isSameIncident } from '../incidents/same-incident';
import { IncidentSchema, type Incident } from '../incidents/schema';

export interface ArticleRecord {
  digest: string;
  file: string;
  published: string | null;
  title: string | null;
  url: string | null;
}

export interface IngestOutcome {
  added: number;
  unchanged: number;
  merged: number;
  removed: number;
}

export interface IncidentStore {
  saveArticle(article: ArticleRecord, incidents: Incident[]): IngestOutcome;
  listIncidents(filter?: IncidentFilter): Incident[];
  getIncident(id: string): Incident | null;
  counts(): { articles: number; incidents: number };
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  digest TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  published TEXT,
  title TEXT,
  url TEXT
);
CREATE TABLE IF NOT EXISTS incidents (
  id TEXT PRIMARY KEY,
  article TEXT NOT NULL REFERENCES articles(digest),
  date TEXT,
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL,
  place_id TEXT,
  actors TEXT NOT NULL,
  search TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date);
CREATE INDEX IF NOT EXISTS incidents_twins ON incidents(country, event_type, date);
-- Spatial index over each incident's extent (a point, or its area's bbox), keyed by incidents.rowid.
CREATE VIRTUAL TABLE IF NOT EXISTS incidents_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
-- Full-text index over what a person searches: title, evidence, actors and place, keyed by incidents.rowid.
CREATE VIRTUAL TABLE IF NOT EXISTS incidents_fts USING fts5(title, quote, actors, place, tokenize = 'unicode61 remove_diacritics 2');
`;

/** The incident's extent for the spatial index: its area's bbox, or its point. */
const EXTENT_SQL = `
  coalesce(json_extract(json, '$.place.bbox[0]'), lon), coalesce(json_extract(json, '$.place.bbox[2]'), lon),
  coalesce(json_extract(json, '$.place.bbox[1]'), lat), coalesce(json_extract(json, '$.place.bbox[3]'), lat)`;
const SEARCH_SQL = `
  json_extract(json, '$.title'), json_extract(json, '$.source.quote'), actors,
  coalesce(json_extract(json, '$.place.name'), '') || ' ' || coalesce(json_extract(json, '$.place.text'), '')`;

/** FTS5 query from free text: each word a quoted prefix term, so operators in user input are inert. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

function row(incident: Incident, article: string) {
  return {
    id: incident.id,
    article,
    date: incident.date,
    event_type: incident.event_type,
    sub_event_type: incident.sub_event_type,
    country: incident.place.country,
    lat: incident.place.lat,
    lon: incident.place.lon,
    place_id: incident.place.id,
    actors: `|${incident.actors.map((a) => a.name.toLowerCase()).join('|')}|`,
    search: `${incident.title} ${incident.source.quote}`.toLowerCase(),
    json: JSON.stringify(incident),
  };
}

/** How many same-type, same-country, same-day incidents are compared with a new report. */
const MAX_TWIN_CANDIDATES = 200;

/** Adds a second report to a kept incident: its source, and its place or date when they are finer. */
function mergeInto(kept: Incident, report: Incident): void {
  const sources = kept.sources ?? [kept.source];
  const reportSources = report.sources ?? [report.source];
  kept.sources = [...sources, ...reportSources.filter((r) => !sources.some((s) => s.file === r.file && s.start === r.start))];
  kept.place = finerPlace(kept.place, report.place);
  kept.date ??= report.date;
  kept.date_precision ??= report.date_precision;
  kept.fatalities ??= report.fatalities;
  kept.injured ??= report.injured;
}

function parseIncident(json: string): Incident {
  return IncidentSchema.parse(JSON.parse(json));
}

export function openSqliteStore(file: string): IncidentStore {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const insertArticle = db.prepare('INSERT OR IGNORE INTO articles (digest, file, published, title, url) VALUES (@digest, @file, @published, @title, @url)');
  const existsIncident = db.prepare<[string], { id: string }>('SELECT id FROM incidents WHERE id = ?');
  // Reports of the same incident from other articles: same event type and country, a date within a
  // day (or unknown); isSameIncident then decides on places and tolls.
  const twinCandidates = db.prepare<{ event_type: string; country: string | null; date: string | null; article: string }, { id: string; json: string }>(
    `SELECT id, json FROM incidents
     WHERE event_type = @event_type AND country IS @country AND article <> @article
       AND (date IS NULL OR @date IS NULL OR abs(julianday(date) - julianday(@date)) <= 1)
     LIMIT ${MAX_TWIN_CANDIDATES}`,
  );
  const insertIncident = db.prepare(
    'INSERT INTO incidents (id, article, date, event_type, sub_event_type, country, lat, lon, place_id, actors, search, json) VALUES (@id, @article, @date, @event_type, @sub_event_type, @country, @lat, @lon, @place_id, @actors, @search, @json)',
  );
  const updateMerged = db.prepare('UPDATE incidents SET json = @json, lat = @lat, lon = @lon, place_id = @place_id, date = @date WHERE id = @id');
  const rowidOf = db.prepare<[string], { rowid: number }>('SELECT rowid FROM incidents WHERE id = ?');
  const unindex = db.prepare('DELETE FROM incidents_rtree WHERE id = ?');
  const unsearch = db.prepare('DELETE FROM incidents_fts WHERE rowid = ?');
  const index = db.prepare(`INSERT INTO incidents_rtree SELECT rowid, ${EXTENT_SQL} FROM incidents WHERE rowid = ? AND lat IS NOT NULL`);
  const search = db.prepare(`INSERT INTO incidents_fts (rowid, title, quote, actors, place) SELECT rowid, ${SEARCH_SQL} FROM incidents WHERE rowid = ?`);
  /** Keeps both side indexes in step with one incident row (after insert or update, before delete). */
  const reindex = (id: string, keep: boolean) => {
    const r = rowidOf.get(id);
    if (!r) return;
    unindex.run(r.rowid);
    unsearch.run(r.rowid);
    if (keep) {
      index.run(r.rowid);
      search.run(r.rowid);
    }
  };
  // Databases written before the side indexes existed are indexed once, on open.
  const counts = db.prepare<[], { incidents: number; indexed: number }>('SELECT (SELECT count(*) FROM incidents) AS incidents, (SELECT count(*) FROM incidents_fts) AS indexed').get()!;
  if (counts.indexed !== counts.incidents) {
    db.transaction(() => {
      db.exec('DELETE FROM incidents_rtree; DELETE FROM incidents_fts;');
      db.exec(`INSERT INTO incidents_rtree SELECT rowid, ${EXTENT_SQL} FROM incidents WHERE lat IS NOT NULL`);
      db.exec(`INSERT INTO incidents_fts (rowid, title, quote, actors, place) SELECT rowid, ${SEARCH_SQL} FROM incidents`);
    })();
  }
  const articleIncidentIds = db.prepare<[string], { id: string }>('SELECT id FROM incidents WHERE article = ?');
  const deleteIncident = db.prepare('DELETE FROM incidents WHERE id = ?');

  const saveArticle = db.transaction((article: ArticleRecord, incidents: Incident[]): IngestOutcome => {
    const outcome: IngestOutcome = { added: 0, unchanged: 0, merged: 0, removed: 0 };
    insertArticle.run(article);
    // The article is the unit of truth: incidents an improved extractor no longer finds in it go.
    const current = new Set(incidents.map((i) => i.id));
    for (const { id } of articleIncidentIds.all(article.digest)) {
      if (!current.has(id)) {
        reindex(id, false);
        deleteIncident.run(id);
        outcome.removed++;
      }
    }
    for (const incident of incidents) {
      IncidentSchema.parse(incident);
      if (existsIncident.get(incident.id)) {
        outcome.unchanged++;
        continue;
      }
      const twin = twinCandidates
        .all({ event_type: incident.event_type, country: incident.place.country, date: incident.date, article: article.digest })
        .map((r) => parseIncident(r.json))
        .find((kept) => isSameIncident(kept, incident));
      if (twin) {
        mergeInto(twin, incident);
        updateMerged.run({ id: twin.id, json: JSON.stringify(twin), lat: twin.place.lat, lon: twin.place.lon, place_id: twin.place.id, date: twin.date });
        reindex(twin.id, true);
        outcome.merged++;
        continue;
      }
      insertIncident.run(row(incident, article.digest));
      reindex(incident.id, true);
      outcome.added++;
    }
    return outcome;
  });

  function listIncidents(filter: IncidentFilter = {}): Incident[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.from) {
      where.push('date >= @from');
      params.from = filter.from;
    }
    if (filter.to) {
      where.push('date <= @to');
      params.to = filter.to;
    }
    if (filter.eventTypes?.length) {
      where.push(`event_type IN (${filter.eventTypes.map((_, i) => `@type${i}`).join(', ')})`);
      filter.eventTypes.forEach((t, i) => {
        params[`type${i}`] = t;
      });
    }
    if (filter.country) {
      where.push('country = @country');
      params.country = filter.country.toUpperCase();
    }
    if (filter.actor) {
      where.push("actors LIKE @actor ESCAPE '\\'");
      params.actor = `%|${filter.actor.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}|%`;
    }
    const fts = filter.q ? ftsQuery(filter.q) : null;
    if (filter.q && !fts) return [];
    if (fts) {
      where.push('rowid IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH @q)');
      params.q = fts;
    }
    if (filter.bbox) {
      // Incidents whose extent meets the view: an area-level incident shows when any of its area does.
      where.push('rowid IN (SELECT id FROM incidents_rtree WHERE max_lon >= @w AND min_lon <= @e AND max_lat >= @s AND min_lat <= @n)');
      [params.w, params.s, params.e, params.n] = filter.bbox;
    }
    const sql = `SELECT json FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date IS NULL, date DESC, id`;
    return db
      .prepare<Record<string, unknown>, { json: string }>(sql)
      .all(params)
      .map((r) => parseIncident(r.json));
  }

  return {
    saveArticle: (article, incidents) => saveArticle(article, incidents),
    listIncidents,
    getIncident(id) {
      const r = db.prepare<[string], { json: string }>('SELECT json FROM incidents WHERE id = ?').get(id);
      return r ? parseIncident(r.json) : null;
    },
    counts() {
      const a = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles').get()!.n;
      const i = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM incidents').get()!.n;
      return { articles: a, incidents: i };
    },
    close: () => db.close(),
  };
}
