'use client';
import { TileLayer } from 'react-leaflet';

/** Raster tiles for users with network access (TILE_URL); the bundled basemap is the default. */
export function OnlineTileLayer({ url, attribution }: { url: string; attribution: string }) {
  return <TileLayer url={url} attribution={attribution} />;
}
