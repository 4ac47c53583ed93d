import type { Direction } from './phrase';
import type { Place } from './types';

/** Directions in the order their part centres are stored in the gazetteer. */
export const PART_DIRECTIONS: Direction[] = ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central'];

/**
 * The part of an area's bounding box each direction names, as [x0, y0, x1, y1] fractions of its
 * width and height from the south-west corner. "Northern X" is the northern 40% of X.
 */
export const PART_BOX: Record<Direction, [number, number, number, number]> = {
  north: [0, 0.6, 1, 1],
  south: [0, 0, 1, 0.4],
  east: [0.6, 0, 1, 1],
  west: [0, 0, 0.4, 1],
  northeast: [0.5, 0.5, 1, 1],
  northwest: [0, 0.5, 0.5, 1],
  southeast: [0.5, 0, 1, 0.5],
  southwest: [0, 0, 0.5, 0.5],
  central: [0.3, 0.3, 0.7, 0.7],
};

export function partBBox([w, s, e, n]: [number, number, number, number], direction: Direction): [number, number, number, number] {
  const [x0, y0, x1, y1] = PART_BOX[direction];
  const round = (v: number) => Math.round(v * 1e3) / 1e3;
  return [round(w + (e - w) * x0), round(s + (n - s) * y0), round(w + (e - w) * x1), round(s + (n - s) * y1)];
}

/**
 * "Northern Syria": the named part of an area, at region precision. Its point is the centre of the
 * area's land inside that part (computed from the outline at build time, so "western Libya" is not
 * placed in the sea); its bbox is the part. A town has no parts, so its point stays.
 */
export function regionOf(place: Place, direction: Direction, partCentre?: { lat: number; lon: number }): Place {
  const label = `${direction === 'central' ? 'central' : `${direction}ern`} ${place.name}`;
  if (!place.bbox) return { ...place, name: label, level: 'region' };
  const bbox = partBBox(place.bbox, direction);
  const centre = partCentre ?? { lon: (bbox[0] + bbox[2]) / 2, lat: (bbox[1] + bbox[3]) / 2 };
  return { ...place, name: label, level: 'region', lat: Math.round(centre.lat * 1e3) / 1e3, lon: Math.round(centre.lon * 1e3) / 1e3, bbox };
}
