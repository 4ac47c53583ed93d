import type { Incident } from '@/lib/incidents/schema';
import { formatCasualties, formatDate, formatPlace, formatPrecision, ROLE_LABELS } from '@/lib/incidents/format';

/**
 * Everything a reader needs to judge one incident, including the sentence it came from.
 * Text is rendered by React, so HTML inside an article shows as text, never as markup.
 */
export function IncidentDetails({ incident, headingLevel = 2 }: { incident: Incident; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const sources = incident.sources ?? [incident.source];
  return (
    <article className="incident-details" data-testid="incident-details">
      <Heading data-testid="incident-title">{incident.title}</Heading>
      <dl>
        <dt>Date</dt>
        <dd data-testid="incident-date">{formatDate(incident)}</dd>
        <dt>Event</dt>
        <dd data-testid="incident-event">
          {incident.event_type} · {incident.sub_event_type}
        </dd>
        <dt>Place</dt>
        <dd data-testid="incident-place">
          {formatPlace(incident.place)}
          <span className="precision" data-testid="incident-precision">
            {' '}
            ({formatPrecision(incident.place)})
          </span>
        </dd>
        <dt>Actors</dt>
        <dd>
          {incident.actors.length === 0 ? (
            'not named in the text'
          ) : (
            <ul className="actors" data-testid="incident-actors">
              {incident.actors.map((a) => (
                <li key={`${a.role}:${a.name}`}>
                  {a.name} <span className="role">({ROLE_LABELS[a.role]})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Fatalities</dt>
        <dd data-testid="incident-fatalities">{formatCasualties(incident.fatalities)}</dd>
        <dt>Injured</dt>
        <dd data-testid="incident-injured">{formatCasualties(incident.injured)}</dd>
      </dl>
      {sources.map((s) => (
        <figure className="source" key={`${s.file}:${s.start}`}>
          <blockquote data-testid="incident-quote">{s.quote}</blockquote>
          <figcaption>
            {s.url ? <a href={s.url}>{s.file}</a> : s.file}
            {s.published ? `, published ${s.published}` : ', publication date unknown'}
          </figcaption>
        </figure>
      ))}
    </article>
  );
}
