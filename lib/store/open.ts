import type { Config } from '../config/env';
import { openSqliteStore, type IncidentStore } from './sqlite';

/** The store the configuration names. PostgreSQL + PostGIS is the planned scale path (DESIGN.md §6). */
export function openStore(config: Config): IncidentStore {
  if (config.database.kind === 'postgres') {
    throw new Error('configuration: DATABASE_URL=postgres://… is not supported yet; unset it to use the embedded SQLite store');
  }
  return openSqliteStore(config.database.file);
}
