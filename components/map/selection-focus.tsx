'use client';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { latLngBounds } from 'leaflet';
import type { Incident } from '@/lib/incidents/schema';

/** Zoom used when bringing a town-level incident into view. */
const POINT_ZOOM = 7;

/**
 * When a reader picks an incident (from the list) that is off-screen, bring it into view: its area
 * for area-level incidents, its point otherwise. The view a shared URL opened with is left alone.
 */
export function SelectionFocus({ incident }: { incident: Incident | null }) {
  const map = useMap();
  const mounted = useRef(false);
  useEffect(
    function focusSelection() {
      if (!mounted.current) {
        mounted.current = true;
        return;
      }
      const { lat, lon, bbox } = incident?.place ?? {};
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
