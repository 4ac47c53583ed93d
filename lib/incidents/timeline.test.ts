import { describe, expect, it } from 'vitest';
import { buildTimeline } from './timeline';
import type { Incident } from './schema';

function at(date: string | null, event_type: Incident['event_type'] = 'Battles'): Incident {
  return { date, event_type } as Incident;
}

describe('buildTimeline', () => {
  it('bins by day over a short range and counts undated incidents apart', () => {
    const t = buildTimeline([at('2024-03-01'), at('2024-03-01', 'Protests'), at('2024-03-03'), at(null)]);
    expect(t.unit).toBe('day');
    expect(t.undated).toBe(1);
    expect(t.bins.map((b) => [b.from, b.count])).toEqual([['2024-03-01', 2], ['2024-03-02', 0], ['2024-03-03', 1]]);
    expect(t.bins[0]!.byType).toEqual({ Battles: 1, Protests: 1 });
  });

  it('switches to months over long ranges and never exceeds the bar budget', () => {
    const t = buildTimeline([at('2020-01-15'), at('2024-06-30')], 60);
    expect(t.unit).toBe('month');
    expect(t.bins[0]).toMatchObject({ from: '2020-01-01', to: '2020-01-31', count: 1 });
    expect(t.bins.at(-1)).toMatchObject({ from: '2024-06-01', to: '2024-06-30', count: 1 });
    expect(t.bins.reduce((n, b) => n + b.count, 0)).toBe(2);
  });

  it('uses years when even months would be too many bars', () => {
    const t = buildTimeline([at('2010-05-01'), at('2024-06-30')], 60);
    expect(t.unit).toBe('year');
    expect(t.bins).toHaveLength(15);
    expect(t.bins[0]).toMatchObject({ from: '2010-01-01', to: '2010-12-31', count: 1 });
  });

  it('is empty with only undated incidents', () => {
    expect(buildTimeline([at(null)])).toEqual({ bins: [], unit: 'day', undated: 1 });
  });
});
