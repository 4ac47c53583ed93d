/**
 * The embedded store: one SQLite file (better-sqlite3). Incidents are kept whole as validated JSON
 * with the columns the filters need beside them. Each article is written in one transaction, so a
 * failure never leaves half an article behind, and re-ingesting the same text changes nothing.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { IncidentFilter } from '../incidents/filter';
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
CREATE INDEX IF NOT EXISTS incidents_place ON incidents(place_id, sub_event_type, date);
`;

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
  // The same incident reported by another article: same place, same sub-event type, same known day.
  const findTwin = db.prepare<[string | null, string, string | null, string], { id: string; json: string }>(
    'SELECT id, json FROM incidents WHERE place_id = ? AND sub_event_type = ? AND date = ? AND article <> ? LIMIT 1',
  );
  const insertIncident = db.prepare(
    'INSERT INTO incidents (id, article, date, event_type, sub_event_type, country, lat, lon, place_id, actors, search, json) VALUES (@id, @article, @date, @event_type, @sub_event_type, @country, @lat, @lon, @place_id, @actors, @search, @json)',
  );
  const updateJson = db.prepare('UPDATE incidents SET json = ? WHERE id = ?');
  const articleIncidentIds = db.prepare<[string], { id: string }>('SELECT id FROM incidents WHERE article = ?');
  const deleteIncident = db.prepare('DELETE FROM incidents WHERE id = ?');

  const saveArticle = db.transaction((article: ArticleRecord, incidents: Incident[]): IngestOutcome => {
    const outcome: IngestOutcome = { added: 0, unchanged: 0, merged: 0, removed: 0 };
    insertArticle.run(article);
    // The article is the unit of truth: incidents an improved extractor no longer finds in it go.
    const current = new Set(incidents.map((i) => i.id));
    for (const { id } of articleIncidentIds.all(article.digest)) {
      if (!current.has(id)) {
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
      const twin = incident.date ? findTwin.get(incident.place.id, incident.sub_event_type, incident.date, article.digest) : undefined;
      if (twin) {
        const kept = parseIncident(twin.json);
        const sources = kept.sources ?? [kept.source];
        if (!sources.some((s) => s.file === incident.source.file && s.start === incident.source.start)) {
          kept.sources = [...sources, incident.source];
          updateJson.run(JSON.stringify(kept), kept.id);
        }
        outcome.merged++;
        continue;
      }
      insertIncident.run(row(incident, article.digest));
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
      filter.eventTypes.forEach((t, i) => (params[`type${i}`] = t));
    }
    if (filter.country) {
      where.push('country = @country');
      params.country = filter.country.toUpperCase();
    }
    if (filter.actor) {
      where.push("actors LIKE @actor ESCAPE '\\'");
      params.actor = `%|${filter.actor.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}|%`;
    }
    if (filter.q) {
      where.push("search LIKE @q ESCAPE '\\'");
      params.q = `%${filter.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    }
    if (filter.bbox) {
      where.push('lon >= @w AND lat >= @s AND lon <= @e AND lat <= @n');
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
