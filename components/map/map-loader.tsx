'use client';
/**
 * The one client boundary that loads Leaflet. Leaflet touches `window` at import time, so the map
 * is loaded without server rendering; every page that shows a map goes through this module.
 */
import dynamic from 'next/dynamic';

export const IncidentMap = dynamic(() => import('./incident-map').then((m) => m.IncidentMap), {
  ssr: false,
  loading: () => <div className="map-loading" role="status">Loading map…</div>,
});
