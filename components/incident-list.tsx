'use client';
import type { Incident } from '@/lib/incidents/schema';
import { formatCasualties, formatDate, formatPlace } from '@/lib/incidents/format';
import { EVENT_COLORS } from '@/lib/incidents/colors';

/** The incidents on the map as a keyboard-friendly list. */
export function IncidentList({ incidents, onSelect }: { incidents: Incident[]; onSelect: (id: string) => void }) {
  if (incidents.length === 0) return <p className="empty">No incidents match these filters.</p>;
  return (
    <>
      <h2 className="list-heading">
        {incidents.length} incident{incidents.length === 1 ? '' : 's'}
      </h2>
      <ul className="incident-list" data-testid="incident-list">
        {incidents.map((i) => (
          <li key={i.id}>
            <button type="button" onClick={() => onSelect(i.id)} data-incident-id={i.id}>
              <span className="swatch" style={{ background: EVENT_COLORS[i.event_type] }} />
              <strong>{i.title}</strong>
              <small>
                {formatDate(i)} · {formatPlace(i.place)}
                {i.fatalities ? ` · fatalities: ${formatCasualties(i.fatalities)}` : ''}
              </small>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
