'use client';
import { useState, type FormEvent } from 'react';
import { EVENT_TYPE_NAMES, type EventType } from '@/lib/incidents/schema';
import type { IncidentFilter } from '@/lib/incidents/filter';

/** Time range, event type, actor, country and text filters; applied on submit. */
export function FilterBar({ filter, onChange }: { filter: IncidentFilter; onChange: (f: IncidentFilter) => void }) {
  const [draft, setDraft] = useState<IncidentFilter>(filter);
  const set = (patch: Partial<IncidentFilter>) => setDraft((d) => ({ ...d, ...patch }));
  const toggleType = (t: EventType) => {
    const current = new Set(draft.eventTypes ?? []);
    if (current.has(t)) current.delete(t);
    else current.add(t);
    set({ eventTypes: current.size ? [...current] : undefined });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined && v !== '')) as IncidentFilter;
    onChange(clean);
  };
  return (
    <form className="filter-bar" onSubmit={submit} aria-label="Filters">
      <label>
        From <input type="date" name="from" value={draft.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label>
        To <input type="date" name="to" value={draft.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <fieldset className="types">
        <legend>Event type</legend>
        {EVENT_TYPE_NAMES.map((t) => (
          <label key={t}>
            <input type="checkbox" checked={draft.eventTypes?.includes(t) ?? false} onChange={() => toggleType(t)} /> {t}
          </label>
        ))}
      </fieldset>
      <label>
        Actor <input type="text" name="actor" value={draft.actor ?? ''} placeholder="e.g. Islamic State" onChange={(e) => set({ actor: e.target.value || undefined })} />
      </label>
      <label>
        Country{' '}
        <input type="text" name="country" value={draft.country ?? ''} maxLength={2} size={3} placeholder="SY" onChange={(e) => set({ country: e.target.value.toUpperCase() || undefined })} />
      </label>
      <label>
        Search <input type="search" name="q" value={draft.q ?? ''} onChange={(e) => set({ q: e.target.value || undefined })} />
      </label>
      <button type="submit">Apply</button>
    </form>
  );
}
