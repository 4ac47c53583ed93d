'use client';
import { useMemo, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import Supercluster from 'supercluster';
import type { MapIncident } from '@/lib/incidents/map-incident';
import { clusterIcon, pointIcon } from './marker-icons';

interface Props {
  incidents: MapIncident[];
  selectedId: string | null;
  onSelect?: (id: string) => void;
}

/** Cluster radius in pixels; clusters break up fully at MAX_CLUSTER_ZOOM. */
const CLUSTER_RADIUS = 40;
const MAX_CLUSTER_ZOOM = 12;

/**
 * Town-level incidents as dots, clustered with supercluster. Area-level incidents are drawn by
 * IncidentAreasLayer and never clustered with precise points (DESIGN.md §5).
 */
export function IncidentPointsLayer({ incidents, selectedId, onSelect }: Props) {
  const map = useMap();
  const [viewport, setViewport] = useState(() => ({ bounds: map.getBounds(), zoom: map.getZoom() }));
  useMapEvents({
    moveend: () => setViewport({ bounds: map.getBounds(), zoom: map.getZoom() }),
  });

  const points = useMemo(() => incidents.filter((m) => m.area === null && m.incident.place.lat !== null && m.incident.place.lon !== null), [incidents]);
  const index = useMemo(() => {
    const sc = new Supercluster<{ i: number }>({ radius: CLUSTER_RADIUS, maxZoom: MAX_CLUSTER_ZOOM });
    sc.load(points.map((m, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [m.incident.place.lon!, m.incident.place.lat!] } })));
    return sc;
  }, [points]);

  const b = viewport.bounds;
  const clusters = index.getClusters([Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())], Math.round(viewport.zoom));

  return clusters.map((c) => {
    const [lon, lat] = c.geometry.coordinates as [number, number];
    if ('cluster' in c.properties && c.properties.cluster) {
      const id = c.properties.cluster_id;
      return (
        <Marker
          key={`cluster-${id}`}
          position={[lat, lon]}
          icon={clusterIcon(c.properties.point_count)}
          title={`${c.properties.point_count} incidents: zoom in`}
          eventHandlers={{ click: () => map.flyTo([lat, lon], Math.min(index.getClusterExpansionZoom(id), MAX_CLUSTER_ZOOM + 1)) }}
        />
      );
    }
    const m = points[(c.properties as { i: number }).i]!;
    const incident = m.incident;
    return (
      <Marker
        key={incident.id}
        position={[lat, lon]}
        icon={pointIcon(incident, incident.id === selectedId)}
        title={incident.title}
        alt={incident.title}
        zIndexOffset={incident.id === selectedId ? 1000 : 0}
        eventHandlers={{ click: () => onSelect?.(incident.id) }}
      />
    );
  });
}
