import { describe, expect, it } from 'vitest';
import { encodeGazetteer, Gazetteer, RANK, type GazetteerRecord } from './gazetteer-file';
import { nameKey, translitKey } from './normalize';

function record(over: Partial<GazetteerRecord>): GazetteerRecord {
  return { id: 'gn:1', name: 'X', primaryNames: ['X'], alternateNames: [], country: 'SY', admin1: -1, level: 'city', lat: 0, lon: 0, population: 0, rank: RANK.ordinary, ...over };
}

describe('gazetteer file', () => {
  const bytes = encodeGazetteer({
    records: [
      record({ id: 'gn:170794', name: 'Deir ez-Zor', primaryNames: ['Deir ez-Zor'], alternateNames: ['Dayr az-Zawr', 'Deir al-Zour'], lat: 35.33588, lon: 40.14084, population: 242565, admin1: 0 }),
      record({ id: 'ne1:SYR-1', name: 'Dayr Az Zawr', primaryNames: ['Dayr Az Zawr'], level: 'admin1', admin1: 0, bbox: [38, 34, 41, 36] }),
    ],
    admin1: [{ id: 'ne1:SYR-1', name: 'Dayr Az Zawr', country: 'SY' }],
    notPlaceKeys: ['assad'],
    commonWords: ['police'],
    keyFns: { exact: nameKey, fuzzy: translitKey },
  });

  it('round-trips places, keys and metadata through bytes', () => {
    const g = Gazetteer.fromBytes(bytes);
    expect(g.placeCount).toBe(2);
    const hits = g.exact(nameKey('Deir al-Zour'));
    expect(hits).toEqual([{ place: 0, primary: false }]);
    expect(g.name(0)).toBe('Deir ez-Zor');
    expect(g.id(0)).toBe('gn:170794');
    expect(g.lat(0)).toBeCloseTo(35.33588, 4);
    expect(g.population(0)).toBe(242565);
    expect(g.bbox(1)).toEqual([38, 34, 41, 36]);
    expect(g.notPlaceKeys.has('assad')).toBe(true);
    expect(g.commonWords.has('police')).toBe(true);
  });

  it('marks a place own name as primary and finds fuzzy keys', () => {
    const g = Gazetteer.fromBytes(bytes);
    expect(g.exact('deir ez zor')).toEqual([{ place: 0, primary: true }]);
    expect(g.fuzzy(translitKey('Deir Ezzor')).map((p) => p.place).sort()).toEqual([0, 1]);
    expect(g.exact('nowhere')).toEqual([]);
  });

  it('loads from an unaligned buffer', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(Gazetteer.fromBytes(shifted.subarray(3)).name(1)).toBe('Dayr Az Zawr');
  });

  it('rejects a file that is not a gazetteer', () => {
    expect(() => Gazetteer.fromBytes(new TextEncoder().encode('hello world, not a gazetteer'))).toThrow(/not a gazetteer/);
  });
});
