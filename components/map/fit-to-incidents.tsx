'use client';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { latLngBounds } from 'leaflet';
import type { MapIncident } from '@/lib/incidents/map-incident';

const PADDING: [number, number] = [40, 40];
const MAX_FIT_ZOOM = 8;

/** With no view in the URL, frame the incidents once when the map opens. */
export function FitToIncidents({ incidents }: { incidents: MapIncident[] }) {
  const map = useMap();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount; later filter changes must not yank the view away from the reader
  useEffect(
    function fitOnce() {
      const located = incidents.filter((m) => m.incident.place.lat !== null && m.incident.place.lon !== null);
      if (located.length === 0) return;
      const bounds = latLngBounds(located.map((m) => [m.incident.place.lat!, m.incident.place.lon!] as [number, number]));
      map.fitBounds(bounds, { padding: PADDING, maxZoom: MAX_FIT_ZOOM, animate: false });
    },
    [map],
  );
  return null;
}
