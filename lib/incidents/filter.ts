import type { EventType } from './schema';

/** What a person can filter the map by; shared by the URL state, the API and the store. */
export interface IncidentFilter {
  from?: string;
  to?: string;
  eventTypes?: EventType[];
  actor?: string;
  country?: string;
  /** [west, south, east, north] */
  bbox?: [number, number, number, number];
  /** Free text over titles and quotes. */
  q?: string;
}
