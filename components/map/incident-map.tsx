'use client';
import 'leaflet/dist/leaflet.css';
import { MapContainer } from 'react-leaflet';
import type { MapIncident } from '@/lib/incidents/map-incident';
import { BasemapLayer } from './basemap-layer';
import { IncidentAreasLayer } from './incident-areas-layer';
import { IncidentPointsLayer } from './incident-points-layer';
import { OnlineTileLayer } from './online-tile-layer';
import { ViewEvents, type MapView } from './view-events';
import { FitToIncidents } from './fit-to-incidents';
import { SelectionFocus } from './selection-focus';

export interface IncidentMapProps {
  incidents: MapIncident[];
  selectedId: string | null;
  /** Initial view; when null the map fits the incidents. */
  view: MapView | null;
  /** The incident selected by a shared URL that also set the view; the map keeps that view. */
  sharedSelection?: string | null;
  tiles: { url: string; attribution: string } | null;
  onSelect?: (id: string) => void;
  onViewChange?: (view: MapView) => void;
}

const WORLD_VIEW: MapView = { lat: 25, lon: 20, zoom: 2 };

export function IncidentMap({ incidents, selectedId, view, sharedSelection = null, tiles, onSelect, onViewChange }: IncidentMapProps) {
  const initial = view ?? WORLD_VIEW;
  return (
    <MapContainer center={[initial.lat, initial.lon]} zoom={initial.zoom} className="incident-map" worldCopyJump minZoom={1} maxZoom={18}>
      {tiles ? <OnlineTileLayer url={tiles.url} attribution={tiles.attribution} /> : <BasemapLayer />}
      <IncidentAreasLayer incidents={incidents} selectedId={selectedId} onSelect={onSelect} />
      <IncidentPointsLayer incidents={incidents} selectedId={selectedId} onSelect={onSelect} />
      {view ? null : <FitToIncidents incidents={incidents} />}
      {onViewChange ? <ViewEvents onViewChange={onViewChange} /> : null}
      <SelectionFocus incident={incidents.find((m) => m.incident.id === selectedId)?.incident ?? null} sharedSelection={sharedSelection} />
    </MapContainer>
  );
}
