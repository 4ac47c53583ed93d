'use client';
import { useMapEvents } from 'react-leaflet';

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

/** Reports the view after every pan or zoom, so the page can mirror it in the URL. */
export function ViewEvents({ onViewChange }: { onViewChange: (view: MapView) => void }) {
  const map = useMapEvents({
    moveend() {
      const c = map.getCenter();
      onViewChange({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    },
  });
  return null;
}
