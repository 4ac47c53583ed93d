'use client';
import { Fragment } from 'react';
import { GeoJSON, Marker } from 'react-leaflet';
import { EVENT_COLORS } from '@/lib/incidents/colors';
import type { MapIncident } from '@/lib/incidents/map-incident';
import { areaIcon } from './marker-icons';

/** Area labels sit under town-level dots, which are the more precise claims. */
const AREA_MARKER_Z = -1000;

interface Props {
  incidents: MapIncident[];
  selectedId: string | null;
  onSelect?: (id: string) => void;
}

/**
 * Province-, region- and country-level incidents drawn as their area (dashed outline, light fill),
 * with a hollow ring at the label point to click: the honest picture of "somewhere in Raqqa".
 */
export function IncidentAreasLayer({ incidents, selectedId, onSelect }: Props) {
  return incidents
    .filter((m) => m.area !== null)
    .map(({ incident, area }) => {
      const selected = incident.id === selectedId;
      const color = EVENT_COLORS[incident.event_type];
      const select = { click: () => onSelect?.(incident.id) };
      return (
        <Fragment key={incident.id}>
          <GeoJSON
            key={`${incident.id}-${selected}`}
            data={area!}
            style={{ color, weight: selected ? 3 : 1.5, dashArray: '6 4', fillColor: color, fillOpacity: selected ? 0.25 : 0.12 }}
            eventHandlers={select}
          />
          {incident.place.lat !== null && incident.place.lon !== null ? (
            <Marker position={[incident.place.lat, incident.place.lon]} icon={areaIcon(incident, selected)} title={`${incident.title} (area-level location)`} alt={incident.title} zIndexOffset={AREA_MARKER_Z} eventHandlers={select} />
          ) : null}
        </Fragment>
      );
    });
}
