/** `bbox=west,south,east,north` (degrees, RFC 7946 order) for API viewport queries. */
export type BBoxParse = { ok: true; bbox: [number, number, number, number] | undefined } | { ok: false; error: string };

export function parseBBox(value: string | null): BBoxParse {
  if (value === null || value.trim() === '') return { ok: true, bbox: undefined };
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) return { ok: false, error: `bbox must be four numbers west,south,east,north, got "${value.slice(0, 60)}"` };
  const [w, s, e, n] = parts as [number, number, number, number];
  if (w < -180 || e > 180 || s < -90 || n > 90 || w >= e || s >= n) return { ok: false, error: `bbox ${value.slice(0, 60)} is not a west<east, south<north box within ±180/±90` };
  return { ok: true, bbox: [w, s, e, n] };
}
