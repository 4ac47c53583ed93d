'use client';
import type { MapIncident } from '@/lib/incidents/map-incident';
import { IncidentMap } from './map/map-loader';

/** A small map centred on one incident, for its permalink page. */
export function IncidentMiniMap({ incident, tiles }: { incident: MapIncident; tiles: { url: string; attribution: string } | null }) {
  const { lat, lon, level } = incident.incident.place;
  const zoom = level === 'country' ? 4 : level === 'admin1' || level === 'region' ? 6 : 8;
  return (
    <section className="mini-map" aria-label="Map of this incident">
      <IncidentMap incidents={[incident]} selectedId={incident.incident.id} sharedSelection={incident.incident.id} view={lat !== null && lon !== null ? { lat, lon, zoom } : null} tiles={tiles} />
    </section>
  );
}
