'use client';
import { useEffect, useState } from 'react';
import { GeoJSON, Pane } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Natural Earth country outlines (world-atlas, 1:50m), served from /basemap: no tile server needed. */
const BASEMAP_URL = '/basemap/countries.json';
/** Below Leaflet's overlay pane (400), so incident areas drawn before the basemap arrives stay on top. */
const BASEMAP_Z_INDEX = 250;
const STYLE = { color: '#8a8f98', weight: 0.6, fillColor: '#eef0ea', fillOpacity: 1 };

export function BasemapLayer() {
  const [countries, setCountries] = useState<FeatureCollection | null>(null);
  useEffect(function loadBasemap() {
    let cancelled = false;
    fetch(BASEMAP_URL)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
      .then((topology: Topology<{ countries: GeometryCollection }>) => {
        if (!cancelled) setCountries(feature(topology, topology.objects.countries) as unknown as FeatureCollection);
      })
      .catch((error: Error) => console.error(error.message));
    return function cancel() {
      cancelled = true;
    };
  }, []);
  if (!countries) return null;
  // Not interactive: country shapes must not catch clicks meant for incidents.
  return (
    <Pane name="basemap" style={{ zIndex: BASEMAP_Z_INDEX }}>
      <GeoJSON data={countries} style={STYLE} interactive={false} attribution="Natural Earth" />
    </Pane>
  );
}
