'use client';
import { useCallback, useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { MapIncident } from '@/lib/incidents/map-incident';
import type { IncidentFilter } from '@/lib/incidents/filter';
import { encodeViewState, type ViewState } from '@/lib/url-state/view-state';
import { IncidentMap } from './map/map-loader';
import type { MapView } from './map/view-events';
import { FilterBar } from './filter-bar';
import { IncidentList } from './incident-list';
import { IncidentDetails } from './incident-details';
import { ShareLinks } from './share-links';
import { Timeline } from './timeline';

interface Props {
  basePath: '/' | '/embed';
  initialState: ViewState;
  incidents: MapIncident[];
  tiles: { url: string; attribution: string } | null;
  embedded?: boolean;
}

/**
 * The dashboard's state is the URL: filters reload the data on the server (router.push), while
 * pans, zooms and selection only rewrite the address (history.replaceState) so they stay shareable.
 */
export function Dashboard({ basePath, initialState, incidents, tiles, embedded = false }: Props) {
  const router = useRouter();
  const [state, setState] = useState<ViewState>(initialState);
  const byId = useMemo(() => new Map(incidents.map((m) => [m.incident.id, m.incident])), [incidents]);
  const selected = state.selected ? (byId.get(state.selected) ?? null) : null;

  const writeUrl = useCallback(
    (next: ViewState) => {
      const query = encodeViewState(next);
      window.history.replaceState(null, '', query ? `${basePath}?${query}` : basePath);
    },
    [basePath],
  );

  const update = useCallback(
    (change: (s: ViewState) => ViewState) => {
      setState((s) => {
        const next = change(s);
        writeUrl(next);
        return next;
      });
    },
    [writeUrl],
  );

  const onViewChange = useCallback((v: MapView) => update((s) => ({ ...s, lat: v.lat, lon: v.lon, zoom: v.zoom })), [update]);
  const onSelect = useCallback((id: string | null) => update((s) => ({ ...s, selected: id })), [update]);
  const onFilter = useCallback(
    (filter: IncidentFilter) => {
      const next = { ...state, filter, selected: null };
      setState(next);
      const query = encodeViewState(next);
      router.push(query ? `${basePath}?${query}` : basePath);
    },
    [basePath, router, state],
  );

  const view = initialState.lat !== null && initialState.lon !== null ? { lat: initialState.lat, lon: initialState.lon, zoom: initialState.zoom ?? 6 } : null;

  return (
    <div className={embedded ? 'dashboard embedded' : 'dashboard'}>
      {embedded ? null : (
        <header className="topbar">
          <a className="brand" href="/">
            Conflict Map
          </a>
          {/* Keyed by the filter so the form shows a filter set elsewhere (timeline, URL). */}
          <FilterBar key={encodeViewState({ lat: null, lon: null, zoom: null, filter: state.filter, selected: null })} filter={state.filter} onChange={onFilter} />
        </header>
      )}
      <main className="workspace">
        <section className="map-pane" aria-label="Map of incidents">
          <IncidentMap incidents={incidents} selectedId={state.selected} view={view} sharedSelection={view ? initialState.selected : null} tiles={tiles} onSelect={onSelect} onViewChange={onViewChange} />
          <Legend />
        </section>
        <aside className="side-pane" aria-label={selected ? 'Incident details' : 'Incidents'}>
          {selected ? (
            <>
              <button type="button" className="back" onClick={() => onSelect(null)}>
                ← All incidents
              </button>
              <IncidentDetails incident={selected} />
              {embedded ? <a href={`/incidents/${selected.id}`} target="_blank" rel="noopener">Open on Conflict Map</a> : <ShareLinks incidentId={selected.id} state={state} />}
            </>
          ) : (
            <>
              <Timeline incidents={incidents.map((m) => m.incident)} onRange={(from, to) => onFilter({ ...state.filter, from, to })} />
              <IncidentList incidents={incidents.map((m) => m.incident)} onSelect={onSelect} />
            </>
          )}
          {embedded || selected ? null : <ShareLinks incidentId={null} state={state} />}
        </aside>
      </main>
    </div>
  );
}

function Legend() {
  return (
    <div className="legend" role="note" aria-label="Legend">
      <span>
        <i className="legend-dot" /> town-level location
      </span>
      <span>
        <i className="legend-ring" /> province/region/country-level: area outlined
      </span>
    </div>
  );
}
