import type { Direction } from './phrase';
import type { Place } from './types';

/** Where in a bounding box each direction's part lies, as fractions of its width and height. */
const PART_CENTRE: Record<Direction, [x: number, y: number]> = {
  north: [0.5, 0.75],
  south: [0.5, 0.25],
  east: [0.75, 0.5],
  west: [0.25, 0.5],
  northeast: [0.75, 0.75],
  northwest: [0.25, 0.75],
  southeast: [0.75, 0.25],
  southwest: [0.25, 0.25],
  central: [0.5, 0.5],
};

/**
 * "Northern Syria": the named part of an area, at region precision. Its point is the centre of that
 * part of the area's bounding box and its bbox is that part; a town has no parts, so its point stays.
 */
export function regionOf(place: Place, direction: Direction): Place {
  const label = `${direction === 'central' ? 'central' : `${direction}ern`} ${place.name}`;
  if (!place.bbox) return { ...place, name: label, level: 'region' };
  const [w, s, e, n] = place.bbox;
  const [fx, fy] = PART_CENTRE[direction];
  const lon = w + (e - w) * fx;
  const lat = s + (n - s) * fy;
  const halfW = (e - w) / 4;
  const halfH = (n - s) / 4;
  const round = (v: number) => Math.round(v * 1e3) / 1e3;
  return {
    ...place,
    name: label,
    level: 'region',
    lat: round(lat),
    lon: round(lon),
    bbox: [round(lon - halfW), round(lat - halfH), round(lon + halfW), round(lat + halfH)],
  };
}
