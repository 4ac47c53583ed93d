/** Place levels, finest first. `region` is a part of a larger place ("northern Syria"). */
export const PLACE_LEVELS = ['landmark', 'city', 'admin2', 'admin1', 'region', 'country'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** A resolved place: the contract of DESIGN.md §3.1. */
export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  admin1: string | null;
  level: PlaceLevel;
  lat: number;
  lon: number;
  /** 0..1: how sure the resolver is, relative to the alternatives. */
  score: number;
  /** gn:<GeoNames id>, ne1:<Natural Earth adm1_code>, iso:<alpha-2>, cm:<curated id>. */
  id: string;
  /** [west, south, east, north] for areas (admin-1, region, country); absent for points. */
  bbox?: [number, number, number, number];
  /** GeoNames population for towns (0 when GeoNames has none). */
  population?: number;
  /** How the name matched: the place's own name, one of its alternate names, or a transliteration. */
  match?: 'name' | 'alternate' | 'transliteration';
  /** A national capital (GeoNames PPLC). */
  capital?: true;
}

/** What the document already says, used to disambiguate a name. */
export interface ResolveContext {
  /** ISO alpha-2 codes of countries the document is about, most relevant first. */
  countries?: string[];
  /** Ids of admin-1 areas the document mentions. */
  admin1Ids?: string[];
  /** Other places already resolved in the document. */
  places?: Array<Pick<Place, 'lat' | 'lon' | 'country'>>;
}

export interface Resolution {
  query: string;
  result: Place | null;
  alternatives: Place[];
}
