/**
 * The map view people share, as URL query parameters: every key has an explicit encoder and a
 * tolerant decoder (a bad value falls back to the default, never an error page).
 *
 *   ?lat=35.5&lon=39.1&z=6&from=2024-01-01&to=2024-03-31&type=Battles,Riots&actor=Islamic%20State&country=SY&q=truffle&id=1ea6…
 */
import { EVENT_TYPE_NAMES, type EventType } from '../incidents/schema';
import type { IncidentFilter } from '../incidents/filter';

export interface ViewState {
  lat: number | null;
  lon: number | null;
  zoom: number | null;
  filter: IncidentFilter;
  /** Selected incident id. */
  selected: string | null;
}

export type SearchParamsLike = Record<string, string | string[] | undefined> | URLSearchParams;

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 18;
const ID_RE = /^[0-9a-f]{16}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY_RE = /^[A-Za-z]{2}$/;
const MAX_TEXT = 100;

function first(params: SearchParamsLike, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

function number(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value || !DATE_RE.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? undefined : value;
}

function text(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t ? t.slice(0, MAX_TEXT) : undefined;
}

export function decodeViewState(params: SearchParamsLike): ViewState {
  const types = (first(params, 'type') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t): t is EventType => (EVENT_TYPE_NAMES as string[]).includes(t));
  const country = first(params, 'country');
  const id = first(params, 'id');
  const filter: IncidentFilter = {};
  const from = isoDate(first(params, 'from'));
  const to = isoDate(first(params, 'to'));
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (types.length) filter.eventTypes = [...new Set(types)];
  const actor = text(first(params, 'actor'));
  if (actor) filter.actor = actor;
  if (country && COUNTRY_RE.test(country)) filter.country = country.toUpperCase();
  const q = text(first(params, 'q'));
  if (q) filter.q = q;
  const zoom = number(first(params, 'z'), MIN_ZOOM, MAX_ZOOM);
  return {
    lat: number(first(params, 'lat'), -90, 90),
    lon: number(first(params, 'lon'), -180, 180),
    zoom: zoom === null ? null : Math.round(zoom),
    filter,
    selected: id && ID_RE.test(id) ? id : null,
  };
}

/** Query string (without "?") in a fixed key order, so equal views give equal URLs. */
export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.lat !== null && state.lon !== null) {
    p.set('lat', state.lat.toFixed(4));
    p.set('lon', state.lon.toFixed(4));
  }
  if (state.zoom !== null) p.set('z', String(state.zoom));
  const f = state.filter;
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.eventTypes?.length) p.set('type', f.eventTypes.join(','));
  if (f.actor) p.set('actor', f.actor);
  if (f.country) p.set('country', f.country);
  if (f.q) p.set('q', f.q);
  if (state.selected) p.set('id', state.selected);
  return p.toString();
}
