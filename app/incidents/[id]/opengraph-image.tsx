import { ImageResponse } from 'next/og';
import { EVENT_COLORS } from '@/lib/incidents/colors';
import { formatCasualties, formatDate, formatPlace, formatPrecision } from '@/lib/incidents/format';
import { getStore } from '@/lib/server/services';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Conflict Map incident';

/** The link-preview card: what happened, where (with its precision), when, and the toll as written. */
export default async function IncidentPreview({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const incident = /^[0-9a-f]{16}$/.test(id) ? getStore().getIncident(id) : null;
  const color = incident ? EVENT_COLORS[incident.event_type] : '#5b6572';
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#fff', fontSize: 32, color: '#1d232b' }}>
        <div style={{ height: 24, background: color, display: 'flex' }} />
        <div style={{ display: 'flex', flexDirection: 'column', padding: 56, gap: 20, flex: 1 }}>
          <div style={{ fontSize: 28, color: '#5b6572', display: 'flex' }}>{incident ? `${incident.event_type} · ${incident.sub_event_type}` : 'Conflict Map'}</div>
          <div style={{ fontSize: 56, fontWeight: 700, lineHeight: 1.15, display: 'flex' }}>{incident ? incident.title : 'Incident not found'}</div>
          {incident ? (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
              <div style={{ display: 'flex' }}>{`${formatDate(incident)} · ${formatPlace(incident.place)}`}</div>
              <div style={{ display: 'flex', color: '#5b6572', fontSize: 26 }}>{formatPrecision(incident.place)}</div>
              <div style={{ display: 'flex' }}>{`Fatalities: ${formatCasualties(incident.fatalities)}`}</div>
            </div>
          ) : null}
        </div>
        <div style={{ display: 'flex', padding: '0 56px 40px', fontSize: 24, color: '#5b6572' }}>Conflict Map · from news reports, coded ACLED-style</div>
      </div>
    ),
    size,
  );
}
