'use client';
import { useEffect, useState } from 'react';
import { encodeViewState, type ViewState } from '@/lib/url-state/view-state';

/** Links to share: the incident's permalink, this exact view, and an iframe snippet for embedding. */
export function ShareLinks({ incidentId, state }: { incidentId: string | null; state: ViewState }) {
  const [origin, setOrigin] = useState('');
  useEffect(function readOrigin() {
    setOrigin(window.location.origin);
  }, []);
  const query = encodeViewState(state);
  const viewUrl = `${origin}/${query ? `?${query}` : ''}`;
  const embedUrl = `${origin}/embed${query ? `?${query}` : ''}`;
  const iframe = `<iframe src="${embedUrl}" width="800" height="500" style="border:0" loading="lazy" title="Conflict Map"></iframe>`;
  return (
    <section className="share" aria-label="Share">
      <h3>Share</h3>
      {incidentId ? (
        <label>
          Incident link <input readOnly value={`${origin}/incidents/${incidentId}`} data-testid="incident-permalink" onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      <label>
        This view <input readOnly value={viewUrl} data-testid="view-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <label>
        Embed <textarea readOnly value={iframe} rows={3} data-testid="embed-code" onFocus={(e) => e.currentTarget.select()} />
      </label>
    </section>
  );
}
