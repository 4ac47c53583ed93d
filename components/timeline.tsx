'use client';
import { useMemo } from 'react';
import { EVENT_COLORS } from '@/lib/incidents/colors';
import type { EventType, Incident } from '@/lib/incidents/schema';
import { buildTimeline } from '@/lib/incidents/timeline';

const HEIGHT = 56;

function plural(n: number): string {
  return `${n} incident${n === 1 ? '' : 's'}`;
}
const BAR_GAP = 1;

/**
 * Incidents over time as stacked bars by event type. Each bar is a button: choosing it narrows the
 * time filter to its days. Undated incidents are counted beside the chart, not placed on it.
 */
export function Timeline({ incidents, onRange }: { incidents: Incident[]; onRange: (from: string, to: string) => void }) {
  const timeline = useMemo(() => buildTimeline(incidents), [incidents]);
  if (timeline.bins.length === 0) {
    return timeline.undated > 0 ? <p className="timeline-note">{plural(timeline.undated)} without a date</p> : null;
  }
  const max = Math.max(...timeline.bins.map((b) => b.count));
  const width = 100 / timeline.bins.length;
  const first = timeline.bins[0]!;
  const last = timeline.bins.at(-1)!;
  return (
    <figure className="timeline" aria-label="Incidents over time">
      <div className="timeline-bars" style={{ height: HEIGHT }}>
        {timeline.bins.map((bin) => (
          <button
            key={bin.from}
            type="button"
            className="timeline-bar"
            style={{ width: `calc(${width}% - ${BAR_GAP}px)` }}
            title={`${bin.from === bin.to ? bin.from : `${bin.from} – ${bin.to}`}: ${plural(bin.count)}`}
            aria-label={`${bin.from} to ${bin.to}: ${plural(bin.count)}; show only these dates`}
            disabled={bin.count === 0}
            onClick={() => onRange(bin.from, bin.to)}
          >
            {(Object.entries(bin.byType) as Array<[EventType, number]>).map(([type, n]) => (
              <span key={type} style={{ height: `${(n / max) * HEIGHT}px`, background: EVENT_COLORS[type] }} />
            ))}
          </button>
        ))}
      </div>
      <figcaption>
        <span>{first.from}</span>
        <span>
          by {timeline.unit}
          {timeline.undated > 0 ? ` · ${timeline.undated} undated` : ''}
        </span>
        <span>{last.to}</span>
      </figcaption>
    </figure>
  );
}
