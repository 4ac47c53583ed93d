import type { Geometry } from 'geojson';
import { areaOutline } from '../geo/outlines';
import type { Incident } from './schema';

/** What the map draws for one incident: the record, plus its area outline when it is area-level. */
export interface MapIncident {
  incident: Incident;
  area: Geometry | null;
}

export function toMapIncidents(incidents: Incident[]): MapIncident[] {
  return incidents.map((incident) => ({ incident, area: areaOutline(incident.place) }));
}
