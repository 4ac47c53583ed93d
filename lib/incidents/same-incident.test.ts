import { describe, expect, it } from 'vitest';
import { isSameIncident } from './same-incident';
import type { Incident } from './schema';

const raqqaProvince = { text: 'Raqa province', name: 'Ar Raqqah', country: 'SY', admin1: 'Ar Raqqah', level: 'admin1' as const, lat: 36.0067, lon: 38.9127, geo_precision: 3 as const, id: 'ne1:SYR-136', bbox: [38.021, 35.249, 39.805, 36.744] as [number, number, number, number] };
const raqqaCity = { text: 'Raqqa', name: 'Ar Raqqah', country: 'SY', admin1: 'Ar Raqqah', level: 'city' as const, lat: 35.95283, lon: 39.00788, geo_precision: 1 as const, id: 'gn:172957' };
const deirEzZor = { text: 'Deir ez-Zor', name: 'Deir ez-Zor', country: 'SY', admin1: 'Dayr Az Zawr', level: 'city' as const, lat: 35.33588, lon: 40.14084, geo_precision: 1 as const, id: 'gn:170794' };

function incident(over: Partial<Incident>): Incident {
  return {
    id: '0000000000000000',
    title: 't',
    date: '2024-03-20',
    date_precision: 'day',
    event_type: 'Violence against civilians',
    sub_event_type: 'Attack',
    actors: [],
    fatalities: { min: 11, max: null, text: 'at least 11', vague: false },
    injured: null,
    place: raqqaProvince,
    source: { file: 'a.txt', url: null, published: '2024-03-21', quote: 'q', start: 0, end: 1 },
    ...over,
  };
}

describe('isSameIncident', () => {
  it('matches a town report with the province report around it', () => {
    expect(isSameIncident(incident({}), incident({ place: raqqaCity, fatalities: { min: 12, max: 12, text: '12', vague: false } }))).toBe(true);
  });

  it('matches a dated report with an undated one published days apart', () => {
    expect(isSameIncident(incident({}), incident({ date: null, date_precision: null, source: { file: 'b.txt', url: null, published: '2024-03-23', quote: 'q', start: 0, end: 1 } }))).toBe(true);
  });

  it('keeps apart different towns, different days, different event types and contradicting tolls', () => {
    expect(isSameIncident(incident({ place: raqqaCity }), incident({ place: deirEzZor }))).toBe(false);
    expect(isSameIncident(incident({}), incident({ date: '2024-03-25' }))).toBe(false);
    expect(isSameIncident(incident({}), incident({ event_type: 'Battles', sub_event_type: 'Armed clash' }))).toBe(false);
    expect(isSameIncident(incident({ fatalities: { min: 2, max: 2, text: 'two', vague: false } }), incident({ fatalities: { min: 40, max: 40, text: '40', vague: false } }))).toBe(false);
  });
});
