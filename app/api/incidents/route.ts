import { toCsv, toFeatureCollection } from '@/lib/incidents/export';
import { getStore } from '@/lib/server/services';
import { parseBBox } from '@/lib/url-state/bbox';
import { decodeViewState } from '@/lib/url-state/view-state';

/** GET /api/incidents?format=geojson|csv[&bbox=w,s,e,n] plus the map's filter parameters. */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get('format') ?? 'geojson';
  if (format !== 'geojson' && format !== 'csv') {
    return Response.json({ error: `format must be geojson or csv, got "${format.slice(0, 40)}"` }, { status: 400 });
  }
  const bbox = parseBBox(params.get('bbox'));
  if (!bbox.ok) return Response.json({ error: bbox.error }, { status: 400 });
  const incidents = getStore().listIncidents({ ...decodeViewState(params).filter, bbox: bbox.bbox });
  if (format === 'csv') {
    return new Response(toCsv(incidents), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="conflict-map-incidents.csv"' },
    });
  }
  return Response.json(toFeatureCollection(incidents), { headers: { 'content-type': 'application/geo+json' } });
}
