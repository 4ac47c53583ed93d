import L from 'leaflet';
import { EVENT_COLORS } from '@/lib/incidents/colors';
import type { Incident } from '@/lib/incidents/schema';

/** Pixel diameter grows with the stated minimum fatalities (log scale); vague counts get the base size. */
function diameter(incident: Incident): number {
  const n = incident.fatalities?.min ?? 0;
  return Math.round(14 + Math.min(16, Math.log2(n + 1) * 3));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A precise (town-level) incident: a solid dot in its event type's colour. */
export function pointIcon(incident: Incident, selected: boolean): L.DivIcon {
  const d = diameter(incident);
  const color = EVENT_COLORS[incident.event_type];
  return L.divIcon({
    className: 'incident-icon',
    iconSize: [d, d],
    html: `<span class="incident-dot${selected ? ' selected' : ''}" data-testid="incident-marker" data-incident-id="${incident.id}" style="background:${color}"></span>`,
  });
}

/** An area-level incident's label: a hollow dashed ring, so it never reads as a precise pin. */
export function areaIcon(incident: Incident, selected: boolean): L.DivIcon {
  const color = EVENT_COLORS[incident.event_type];
  const level = incident.place.level === 'country' ? 'country' : incident.place.level === 'region' ? 'region' : 'province';
  return L.divIcon({
    className: 'incident-icon',
    iconSize: [22, 22],
    html: `<span class="incident-area-ring${selected ? ' selected' : ''}" data-testid="incident-marker" data-incident-id="${incident.id}" data-precision="${level}" style="border-color:${color}"></span>`,
  });
}

export function clusterIcon(count: number): L.DivIcon {
  const d = count < 10 ? 28 : count < 100 ? 34 : 42;
  return L.divIcon({
    className: 'incident-icon',
    iconSize: [d, d],
    html: `<span class="incident-cluster" data-testid="incident-cluster">${escapeHtml(String(count))}</span>`,
  });
}
