/**
 * Process-wide services for routes: the configuration, the store and the gazetteer, each created
 * once on first use. Configuration errors surface here, naming the variable.
 */
import 'server-only';
import { readConfig, type Config } from '../config/env';
import type { Gazetteer } from '../geocode/gazetteer-file';
import { loadGazetteer } from '../geocode/load';
import { openStore } from '../store/open';
import type { IncidentStore } from '../store/sqlite';

let config: Config | undefined;
let store: IncidentStore | undefined;

export function getConfig(): Config {
  config ??= readConfig();
  return config;
}

export function getStore(): IncidentStore {
  store ??= openStore(getConfig());
  return store;
}

export function getGazetteer(): Gazetteer {
  return loadGazetteer();
}
