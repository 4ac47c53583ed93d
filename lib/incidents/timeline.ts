/**
 * Incidents over time, binned for a small histogram: days when the range is short, weeks or months
 * when it is long, so the chart never has more than `maxBins` bars. Undated incidents are counted
 * apart, never placed on an invented date.
 */
import type { EventType, Incident } from './schema';

export interface TimeBin {
  /** First and last day covered, inclusive ("YYYY-MM-DD"). */
  from: string;
  to: string;
  count: number;
  byType: Partial<Record<EventType, number>>;
}

export interface Timeline {
  bins: TimeBin[];
  unit: 'day' | 'week' | 'month' | 'year';
  undated: number;
}

const DAY_MS = 86_400_000;

function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function toIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return toDay(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`);
}

function nextMonth(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}

function nextStart(start: number, unit: Timeline['unit']): number {
  if (unit === 'year') return toDay(`${new Date(start * DAY_MS).getUTCFullYear() + 1}-01-01`);
  if (unit === 'month') return nextMonth(start);
  return start + (unit === 'day' ? 1 : 7);
}

export function buildTimeline(incidents: Incident[], maxBins = 60): Timeline {
  const dated = incidents.filter((i): i is Incident & { date: string } => i.date !== null);
  const undated = incidents.length - dated.length;
  if (dated.length === 0) return { bins: [], unit: 'day', undated };
  const days = dated.map((i) => toDay(i.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = last - first + 1;
  const unit = span <= maxBins ? 'day' : span <= maxBins * 7 ? 'week' : span <= maxBins * 30 ? 'month' : 'year';
  // Bin edges: [start, nextStart) in days since the epoch.
  const starts: number[] = [];
  if (unit === 'year') for (let y = new Date(first * DAY_MS).getUTCFullYear(); toDay(`${y}-01-01`) <= last; y++) starts.push(toDay(`${y}-01-01`));
  else if (unit === 'month') for (let d = monthStart(first); d <= last; d = nextMonth(d)) starts.push(d);
  else for (let d = first; d <= last; d += unit === 'day' ? 1 : 7) starts.push(d);
  const bins: TimeBin[] = starts.map((start, i) => {
    const end = (starts[i + 1] ?? nextStart(start, unit)) - 1;
    return { from: toIso(start), to: toIso(end), count: 0, byType: {} };
  });
  dated.forEach((incident, k) => {
    const day = days[k]!;
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > day) i--;
    const bin = bins[i]!;
    bin.count++;
    bin.byType[incident.event_type] = (bin.byType[incident.event_type] ?? 0) + 1;
  });
  return { bins, unit, undated };
}
