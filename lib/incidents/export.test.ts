import { describe, expect, it } from 'vitest';
import { toCsv, toFeatureCollection, CSV_COLUMNS } from './export';
import type { Incident } from './schema';

const incident: Incident = {
  id: '126ebce5c30ceb0a',
  title: 'Islamic State attack on truffle hunters, Ar Raqqah',
  date: null,
  date_precision: null,
  event_type: 'Violence against civilians',
  sub_event_type: 'Attack',
  actors: [{ name: 'Islamic State', role: 'actor1' }, { name: 'Civilians', role: 'victim' }],
  fatalities: { min: 11, max: null, text: 'at least 11', vague: false },
  injured: null,
  place: { text: 'Raqa province', name: 'Ar Raqqah', country: 'SY', admin1: 'Ar Raqqah', level: 'admin1', lat: 36.0067, lon: 38.9127, geo_precision: 3, id: 'ne1:SYR-136' },
  source: { file: 'seeds/000.txt', url: null, published: '2024-03-26', quote: '=HYPERLINK("x") said "hello", then left', start: 0, end: 10 },
};

describe('exports', () => {
  it('writes ACLED-named CSV columns, quoting and neutralising spreadsheet formulas', () => {
    const [header, row] = toCsv([incident]).split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain(`"'=HYPERLINK(""x"") said ""hello"", then left"`);
    expect(row).toContain(',Islamic State,');
    expect(row).toContain(',Civilian targeting,');
    // ACLED inter codes: 2 rebel group (Islamic State), 7 civilians.
    expect(row).toContain(',Islamic State,,2,Civilians,,7,');
  });

  it('writes GeoJSON in [lon, lat] order and keeps unresolved incidents with a null geometry', () => {
    const unresolved = { ...incident, id: 'aaaaaaaaaaaaaaaa', place: { ...incident.place, lat: null, lon: null, geo_precision: null } };
    const fc = toFeatureCollection([incident, unresolved]);
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [38.9127, 36.0067] });
    expect(fc.features[1]!.geometry).toBeNull();
  });
});
