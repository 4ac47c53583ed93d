/** Human wording for incident fields, shared by the panel, the permalink page and link previews. */
import { countryDisplayName } from './country-name';
import type { Actor, Casualties, Incident, PlaceRef } from './schema';

const LEVEL_WORDS: Record<NonNullable<PlaceRef['level']>, string> = {
  landmark: 'landmark',
  city: 'town-level',
  admin2: 'district-level',
  admin1: 'province-level',
  region: 'region-level (approximate)',
  country: 'country-level',
};

export const ROLE_LABELS: Record<Actor['role'], string> = {
  actor1: 'initiator',
  actor2: 'other side',
  associated: 'associated',
  victim: 'victims',
};

export function formatCasualties(c: Casualties): string {
  if (!c) return 'not reported';
  if (c.vague) return `${c.text} (no number given)`;
  if (c.min !== null && c.max !== null) return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
  if (c.min !== null) return `at least ${c.min}`;
  if (c.max !== null) return `up to ${c.max}`;
  return c.text;
}

export function formatDate(incident: Pick<Incident, 'date' | 'date_precision'>): string {
  if (!incident.date) return 'date unknown';
  if (incident.date_precision === 'week') return `week of ${incident.date}`;
  if (incident.date_precision === 'month') return incident.date.slice(0, 7);
  if (incident.date_precision === 'year') return incident.date.slice(0, 4);
  return incident.date;
}

export function formatPlace(place: PlaceRef): string {
  if (!place.name) return place.text ? `${place.text} (unresolved place)` : 'place unknown';
  const parts = [place.name];
  if (place.admin1 && place.admin1 !== place.name && place.level !== 'admin1') parts.push(place.admin1);
  if (place.country) parts.push(countryDisplayName(place.country)!);
  // "Kishishe (not in the gazetteer), in North Kivu, Congo": say which name could not be placed.
  return place.unresolved ? `${place.unresolved} (not in the gazetteer), in ${parts.join(', ')}` : parts.join(', ');
}

export function formatPrecision(place: PlaceRef): string {
  if (!place.level || !place.geo_precision) return 'location unresolved';
  return `${LEVEL_WORDS[place.level]}, ACLED geo-precision ${place.geo_precision}`;
}

/** One line for link previews and list rows. */
export function summarize(incident: Incident): string {
  const killed = incident.fatalities ? `Fatalities: ${formatCasualties(incident.fatalities)}. ` : '';
  return `${incident.event_type} — ${incident.sub_event_type}. ${formatDate(incident)}, ${formatPlace(incident.place)}. ${killed}`.trim();
}
