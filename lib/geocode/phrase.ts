/**
 * Reads the modifiers reporters put around a place name: "Raqa province", "the Idlib countryside",
 * "northern Syria", "eastern Deir ez-Zor province". The core name is resolved; the modifiers say
 * which kind of place is meant and which part of it.
 */
export type AreaKind = 'admin1' | 'admin2' | 'city';
export type Direction = 'north' | 'south' | 'east' | 'west' | 'northeast' | 'northwest' | 'southeast' | 'southwest' | 'central';

export interface PlacePhrase {
  /** The name without status words and area words, direction kept: "West Bank" of "occupied West Bank". */
  name: string;
  /** The name without its direction too: "Syria" of "northern Syria". */
  core: string;
  kind: AreaKind | null;
  direction: Direction | null;
}

const AREA_SUFFIXES: Record<string, AreaKind> = {
  province: 'admin1',
  provinces: 'admin1',
  governorate: 'admin1',
  oblast: 'admin1',
  region: 'admin1',
  state: 'admin1',
  prefecture: 'admin1',
  department: 'admin1',
  wilaya: 'admin1',
  krai: 'admin1',
  countryside: 'admin1',
  district: 'admin2',
  county: 'admin2',
  raion: 'admin2',
  rayon: 'admin2',
  municipality: 'admin2',
  city: 'city',
  town: 'city',
  village: 'city',
  outskirts: 'city',
  suburbs: 'city',
};

const DIRECTIONS: Record<string, Direction> = {
  north: 'north', northern: 'north', south: 'south', southern: 'south', east: 'east', eastern: 'east',
  west: 'west', western: 'west', central: 'central',
  northeast: 'northeast', northeastern: 'northeast', northwest: 'northwest', northwestern: 'northwest',
  southeast: 'southeast', southeastern: 'southeast', southwest: 'southwest', southwestern: 'southwest',
};

const SUFFIX_RE = new RegExp(`\\s+(${Object.keys(AREA_SUFFIXES).join('|')})$`, 'i');
const PREFIX_KIND_RE = /^(?:the\s+)?(province|governorate|oblast|region|state|city|town|village|district|outskirts|suburbs|countryside)\s+of\s+/i;
/** Control and status adjectives that say nothing about where: "occupied West Bank", "rebel-held Idlib". */
const STATUS_RE = /^(?:(?:israeli|russian|rebel|government|regime|opposition|kurdish|militant|jihadist|turkish|houthi|taliban)[- ](?:occupied|held|controlled|run)|occupied|besieged|war-torn|embattled|restive|annexed)\s+/i;
const DIRECTION_RE = /^(north|south|east|west|northern|southern|eastern|western|central|north[- ]?east(?:ern)?|north[- ]?west(?:ern)?|south[- ]?east(?:ern)?|south[- ]?west(?:ern)?)\s+/i;

/** Any word parsePlacePhrase would act on, tested on a name key (lowercase, single spaces). */
const MODIFIER_WORD_RE = new RegExp(
  `(?:^|\\s)(?:the|of|occupied|held|controlled|run|besieged|torn|embattled|restive|annexed|${Object.keys(AREA_SUFFIXES).join('|')}|${Object.keys(DIRECTIONS).join('|')}|north|south|east|west)(?:\\s|$)`,
);

/** True when a name key carries words that parsePlacePhrase may strip: worth a second look-up. */
export function hasModifierWords(key: string): boolean {
  return MODIFIER_WORD_RE.test(key);
}

export function parsePlacePhrase(text: string): PlacePhrase {
  let core = text.trim().replace(/\s+/g, ' ').replace(/^the\s+/i, '');
  let kind: AreaKind | null = null;
  let direction: Direction | null = null;

  const prefixKind = PREFIX_KIND_RE.exec(core);
  if (prefixKind) {
    kind = AREA_SUFFIXES[prefixKind[1]!.toLowerCase()] ?? null;
    core = core.slice(prefixKind[0].length);
  }
  core = core.replace(STATUS_RE, '');
  const suffixFirst = SUFFIX_RE.exec(core);
  const name = (suffixFirst && suffixFirst.index > 0 ? core.slice(0, suffixFirst.index) : core).replace(/['’]s$/, '');
  const dir = DIRECTION_RE.exec(core);
  if (dir) {
    direction = DIRECTIONS[dir[1]!.toLowerCase().replace(/[- ]/g, '')] ?? null;
    core = core.slice(dir[0].length);
  }
  const suffix = SUFFIX_RE.exec(core);
  if (suffix && suffix.index > 0) {
    kind ??= AREA_SUFFIXES[suffix[1]!.toLowerCase()] ?? null;
    core = core.slice(0, suffix.index);
  }
  core = core.replace(/^the\s+/i, '').replace(/['’]s$/, '');
  return { name, core, kind, direction };
}
