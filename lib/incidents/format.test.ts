import { describe, expect, it } from 'vitest';
import { formatCasualties, formatDate, formatPlace, formatPrecision } from './format';

describe('incident wording', () => {
  it('keeps vague tolls vague and ranges as ranges', () => {
    expect(formatCasualties({ min: null, max: null, text: 'several fatalities', vague: true })).toBe('several fatalities (no number given)');
    expect(formatCasualties({ min: 20, max: 30, text: 'between 20 and 30', vague: false })).toBe('20–30');
    expect(formatCasualties({ min: 11, max: null, text: 'at least 11', vague: false })).toBe('at least 11');
    expect(formatCasualties(null)).toBe('not reported');
  });

  it('says "date unknown" rather than inventing one', () => {
    expect(formatDate({ date: null, date_precision: null })).toBe('date unknown');
    expect(formatDate({ date: '2024-03-18', date_precision: 'week' })).toBe('week of 2024-03-18');
  });

  it('names the place with its country and its precision', () => {
    const place = { text: 'Raqa province', name: 'Ar Raqqah', country: 'SY', admin1: 'Ar Raqqah', level: 'admin1' as const, lat: 36, lon: 38.9, geo_precision: 3 as const, id: 'ne1:SYR-136' };
    expect(formatPlace(place)).toBe('Ar Raqqah, Syria');
    expect(formatPrecision(place)).toBe('province-level, ACLED geo-precision 3');
    expect(formatPlace({ ...place, name: null, country: null, level: null, geo_precision: null, id: null, text: 'Xyzzyville' })).toBe('Xyzzyville (unresolved place)');
  });

  it('says which name could not be placed when an incident sits at the area around it', () => {
    const area = { text: 'North Kivu province', name: 'Nord-Kivu', country: 'CD', admin1: 'Nord-Kivu', level: 'admin1' as const, lat: -0.8, lon: 29, geo_precision: 3 as const, id: 'ne1:COD-1', unresolved: 'Kishishe' };
    expect(formatPlace(area)).toBe('Kishishe (not in the gazetteer), in Nord-Kivu, DR Congo');
  });
});
