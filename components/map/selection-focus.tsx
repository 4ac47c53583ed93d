'use client';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { latLngBounds } from 'leaflet';
import type { Incident } from '@/lib/incidents/schema';

/** Zoom used when bringing a town-level incident into view. */
const POINT_ZOOM = 7;

/**
 * When a reader picks an incident (from the list) that is off-screen, bring it into view: its area
 * for area-level incidents, its point otherwise. `sharedSelection` is the incident a shared URL
 * opened with together with its own view: that view is left alone. Comparing ids rather than
 * skipping the first render matters because the list can be clicked before the map has loaded.
 */
export function SelectionFocus({ incident, sharedSelection }: { incident: Incident | null; sharedSelection: string | null }) {
  const map = useMap();
  const keepViewFor = useRef(sharedSelection);
  useEffect(
    function focusSelection() {
      if (!incident) return;
      const isShared = incident.id === keepViewFor.current;
      keepViewFor.current = null;
      if (isShared) return;
      const { lat, lon, bbox } = incident.place;
      if (lat === null || lat === undefined || lon === null || lon === undefined) return;
      if (bbox) {
        const area = latLngBounds([bbox[1], bbox[0]], [bbox[3], bbox[2]]);
        if (!map.getBounds().contains(area)) map.flyToBounds(area, { padding: [30, 30], duration: 0.6 });
      } else if (!map.getBounds().contains([lat, lon])) {
        map.flyTo([lat, lon], Math.max(map.getZoom(), POINT_ZOOM), { duration: 0.6 });
      }
    },
    [map, incident],
  );
  return null;
}
