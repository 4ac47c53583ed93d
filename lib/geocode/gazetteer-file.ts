/**
 * The gazetteer's on-disk format: one binary file that is usable straight after `readFileSync`,
 * with no parsing step. Places are stored column-wise in typed arrays; names are looked up through
 * two open-addressing hash tables (exact `nameKey` and fuzzy `translitKey`) whose entries point to
 * posting lists of place indices. Loading 200,000 places with a million names is a file read plus a
 * few typed-array views, which is what keeps cold start far below JSON parsing.
 *
 * Layout: "CMGZ" | u32 version | u32 header length | header JSON | padding to 8 | sections…
 */
import { PLACE_LEVELS, type PlaceLevel } from './types';

const MAGIC = 'CMGZ';
const VERSION = 4;
/** Hash table capacity is at least this many times the key count (load factor ≤ 0.5). */
const TABLE_SPARSITY = 2;
/** A posting is `placeIndex << 1 | primaryFlag`; primary means the place's own name. */
const PRIMARY_FLAG = 1;

/**
 * Each place is one 16-byte row (lat, lon, population, codes) rather than seven columns: scoring a
 * candidate reads all of them, and one row is one cache miss where columns cost seven.
 */
const PLACE_WORDS = 4;
/** Packed codes word: country index (8 bits) | level (3) | rank (3) | admin-1 index + 1 (16). */
function packCodes(country: number, level: number, rank: number, admin1: number): number {
  if (country > 0xff || admin1 + 1 > 0xffff) throw new Error(`gazetteer: country ${country} or admin-1 ${admin1} out of packing range`);
  return (((country << 22) | (level << 19) | (rank << 16) | (admin1 + 1)) >>> 0);
}

/** Importance ranks, highest first used as a prior. */
export const RANK = { ordinary: 0, seat: 1, adminSeat: 2, capital: 3 } as const;

export interface GazetteerRecord {
  id: string;
  name: string;
  /** The place's own names (primary name first); exact keys flagged primary. */
  primaryNames: string[];
  alternateNames: string[];
  country: string;
  /** Index into the admin-1 list, or -1. */
  admin1: number;
  level: PlaceLevel;
  lat: number;
  lon: number;
  population: number;
  rank: number;
  bbox?: [number, number, number, number];
  /** For areas: [lat, lon] of the land in each part, in PART_DIRECTIONS order (region.ts). */
  partCentres?: Array<[number, number] | null>;
}

export interface Admin1Entry {
  id: string;
  name: string;
  country: string;
}

interface SectionRef {
  offset: number;
  length: number;
}

interface Header {
  version: number;
  placeCount: number;
  countries: string[];
  admin1: Admin1Entry[];
  /** Place index → bbox, for area places only. */
  bboxes: Record<number, [number, number, number, number]>;
  /** Place index → part centres, for area places only. */
  parts: Record<number, Array<[number, number] | null>>;
  /** Name keys that are never places (people, organisations: data/curated/not-places.json). */
  notPlaceKeys: string[];
  /** Common English words (SCOWL sizes ≤ 35): only notable places may answer to them. */
  commonWords: string[];
  sections: Record<SectionName, SectionRef>;
}

const SECTION_TYPES = {
  /** 4 words per place, one cache line holds four: lat (f32), lon (f32), population, packed codes. */
  places: Uint32Array,
  nameOffsets: Uint32Array,
  nameBytes: Uint8Array,
  idOffsets: Uint32Array,
  idBytes: Uint8Array,
  exactSlots: Uint32Array,
  exactKeyOffsets: Uint32Array,
  exactKeyBytes: Uint8Array,
  exactPostingOffsets: Uint32Array,
  exactPostings: Uint32Array,
  fuzzySlots: Uint32Array,
  fuzzyKeyOffsets: Uint32Array,
  fuzzyKeyBytes: Uint8Array,
  fuzzyPostingOffsets: Uint32Array,
  fuzzyPostings: Uint32Array,
} as const;
type SectionName = keyof typeof SECTION_TYPES;
type Sections = { [K in SectionName]: InstanceType<(typeof SECTION_TYPES)[K]> };

/** FNV-1a over the key's char codes; keys are ASCII by construction (see normalize.ts). */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p <<= 1;
  return p;
}

const utf8 = new TextEncoder();

function encodeStrings(values: string[]): { offsets: Uint32Array<ArrayBuffer>; bytes: Uint8Array<ArrayBuffer> } {
  const encoded = values.map((v) => utf8.encode(v));
  const offsets = new Uint32Array(values.length + 1);
  let total = 0;
  encoded.forEach((e, i) => {
    offsets[i] = total;
    total += e.length;
  });
  offsets[values.length] = total;
  const bytes = new Uint8Array(total);
  encoded.forEach((e, i) => {
    bytes.set(e, offsets[i]!);
  });
  return { offsets, bytes };
}

function buildKeyTable(postingsByKey: Map<string, number[]>) {
  const keys = [...postingsByKey.keys()].sort();
  const { offsets: keyOffsets, bytes: keyBytes } = encodeStrings(keys);
  const capacity = nextPowerOfTwo(Math.max(16, keys.length * TABLE_SPARSITY));
  const slots = new Uint32Array(capacity);
  const postingOffsets = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((key, i) => {
    postingOffsets[i] = total;
    total += postingsByKey.get(key)!.length;
  });
  postingOffsets[keys.length] = total;
  const postings = new Uint32Array(total);
  keys.forEach((key, i) => {
    postings.set(postingsByKey.get(key)!, postingOffsets[i]!);
    let slot = hashKey(key) & (capacity - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
    slots[slot] = i + 1;
  });
  return { slots, keyOffsets, keyBytes, postingOffsets, postings };
}

function addPosting(map: Map<string, number[]>, key: string, posting: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [posting]);
  else if (!list.includes(posting) && !list.includes(posting ^ PRIMARY_FLAG)) list.push(posting);
  else if (posting & PRIMARY_FLAG) {
    // An exact key that is both a primary and an alternate name counts as primary.
    const i = list.indexOf(posting ^ PRIMARY_FLAG);
    if (i >= 0) list[i] = posting;
  }
}

export interface GazetteerInput {
  records: GazetteerRecord[];
  admin1: Admin1Entry[];
  notPlaceKeys: string[];
  commonWords: string[];
  keyFns: { exact: (name: string) => string; fuzzy: (name: string) => string };
}

export function encodeGazetteer({ records, admin1, notPlaceKeys, commonWords, keyFns }: GazetteerInput): Uint8Array {
  const n = records.length;
  const countries = [...new Set(records.map((r) => r.country))].sort();
  const countryIndex = new Map(countries.map((c, i) => [c, i]));
  const exact = new Map<string, number[]>();
  const fuzzy = new Map<string, number[]>();
  const bboxes: Header['bboxes'] = {};
  const parts: Header['parts'] = {};
  const places = new Uint32Array(n * PLACE_WORDS);
  const coords = new Float32Array(places.buffer);
  records.forEach((r, i) => {
    coords[i * PLACE_WORDS] = r.lat;
    coords[i * PLACE_WORDS + 1] = r.lon;
    places[i * PLACE_WORDS + 2] = Math.min(r.population, 0xffffffff);
    places[i * PLACE_WORDS + 3] = packCodes(countryIndex.get(r.country)!, PLACE_LEVELS.indexOf(r.level), r.rank, r.admin1);
    if (r.bbox) bboxes[i] = r.bbox;
    if (r.partCentres) parts[i] = r.partCentres;
    for (const name of r.primaryNames) addPosting(exact, keyFns.exact(name), (i << 1) | PRIMARY_FLAG);
    for (const name of r.alternateNames) addPosting(exact, keyFns.exact(name), i << 1);
    for (const name of [...r.primaryNames, ...r.alternateNames]) addPosting(fuzzy, keyFns.fuzzy(name), i << 1);
  });
  const names = encodeStrings(records.map((r) => r.name));
  const ids = encodeStrings(records.map((r) => r.id));
  const e = buildKeyTable(exact);
  const f = buildKeyTable(fuzzy);
  const sections: Sections = {
    places,
    nameOffsets: names.offsets,
    nameBytes: names.bytes,
    idOffsets: ids.offsets,
    idBytes: ids.bytes,
    exactSlots: e.slots,
    exactKeyOffsets: e.keyOffsets,
    exactKeyBytes: e.keyBytes,
    exactPostingOffsets: e.postingOffsets,
    exactPostings: e.postings,
    fuzzySlots: f.slots,
    fuzzyKeyOffsets: f.keyOffsets,
    fuzzyKeyBytes: f.keyBytes,
    fuzzyPostingOffsets: f.postingOffsets,
    fuzzyPostings: f.postings,
  };

  const refs = {} as Record<SectionName, SectionRef>;
  let offset = 0;
  for (const name of Object.keys(SECTION_TYPES) as SectionName[]) {
    const array = sections[name];
    refs[name] = { offset, length: array.length };
    offset += Math.ceil(array.byteLength / 8) * 8;
  }
  const header: Header = { version: VERSION, placeCount: n, countries, admin1, bboxes, parts, notPlaceKeys, commonWords, sections: refs };
  const headerBytes = utf8.encode(JSON.stringify(header));
  const preamble = 12 + headerBytes.length;
  const dataStart = Math.ceil(preamble / 8) * 8;
  const out = new Uint8Array(dataStart + offset);
  const view = new DataView(out.buffer);
  out.set(utf8.encode(MAGIC), 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const name of Object.keys(SECTION_TYPES) as SectionName[]) {
    const array = sections[name];
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + refs[name].offset);
  }
  return out;
}

export interface Posting {
  place: number;
  primary: boolean;
}

const utf8Decoder = new TextDecoder();

/** A loaded gazetteer: read-only views over one buffer. */
export class Gazetteer {
  readonly placeCount: number;
  readonly countries: string[];
  readonly admin1: Admin1Entry[];
  readonly notPlaceKeys: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  /** Area bboxes by place index (a dense array: numeric-keyed objects are slow to read). */
  private readonly bboxes: Array<[number, number, number, number] | undefined>;
  private readonly parts: Header['parts'];
  private readonly s: Sections;
  /** The same rows as `places`, read as 32-bit floats for lat/lon. */
  private readonly coords: Float32Array;
  private readonly names: Array<string | undefined>;
  private readonly ids: Array<string | undefined>;

  private constructor(header: Header, sections: Sections) {
    this.placeCount = header.placeCount;
    this.names = new Array<string | undefined>(header.placeCount);
    this.ids = new Array<string | undefined>(header.placeCount);
    this.notPlaceKeys = new Set(header.notPlaceKeys);
    this.commonWords = new Set(header.commonWords);
    this.countries = header.countries;
    this.admin1 = header.admin1;
    this.bboxes = new Array(header.placeCount);
    for (const [i, box] of Object.entries(header.bboxes)) this.bboxes[Number(i)] = box;
    this.parts = header.parts;
    this.s = sections;
    this.coords = new Float32Array(sections.places.buffer, sections.places.byteOffset, sections.places.length);
  }

  static fromBytes(input: Uint8Array): Gazetteer {
    // Typed-array views need aligned offsets; Node may hand back a pooled, unaligned buffer.
    const bytes = (input.byteOffset % 8 === 0 && input.buffer instanceof ArrayBuffer ? input : input.slice()) as Uint8Array<ArrayBuffer>;
    const magic = utf8Decoder.decode(bytes.subarray(0, 4));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (magic !== MAGIC) throw new Error(`not a gazetteer file (magic "${magic}")`);
    const version = view.getUint32(4, true);
    if (version !== VERSION) throw new Error(`gazetteer file version ${version}, expected ${VERSION}: run npm run build:data`);
    const headerLength = view.getUint32(8, true);
    const header = JSON.parse(utf8Decoder.decode(bytes.subarray(12, 12 + headerLength))) as Header;
    const dataStart = bytes.byteOffset + Math.ceil((12 + headerLength) / 8) * 8;
    const sections = {} as Record<SectionName, unknown>;
    for (const name of Object.keys(SECTION_TYPES) as SectionName[]) {
      const ref = header.sections[name];
      sections[name] = new SECTION_TYPES[name](bytes.buffer, dataStart + ref.offset, ref.length);
    }
    return new Gazetteer(header, sections as Sections);
  }

  /** The places an exact key names, for tools and tests; the resolver reads postings in place. */
  exact(key: string): Posting[] {
    const k = this.exactKey(key);
    return k < 0 ? [] : toPostings(this.s.exactPostings.subarray(this.s.exactPostingOffsets[k]!, this.s.exactPostingOffsets[k + 1]!));
  }

  fuzzy(key: string): Posting[] {
    const k = this.fuzzyKey(key);
    return k < 0 ? [] : toPostings(this.s.fuzzyPostings.subarray(this.s.fuzzyPostingOffsets[k]!, this.s.fuzzyPostingOffsets[k + 1]!));
  }

  /** Index of an exact key, or -1; its postings are exactPostings[exactStart(k) … exactStart(k + 1)). */
  exactKey(key: string): number {
    return this.lookup(key, this.s.exactSlots, this.s.exactKeyOffsets, this.s.exactKeyBytes);
  }

  fuzzyKey(key: string): number {
    return this.lookup(key, this.s.fuzzySlots, this.s.fuzzyKeyOffsets, this.s.fuzzyKeyBytes);
  }

  get exactPostings(): Uint32Array {
    return this.s.exactPostings;
  }

  get fuzzyPostings(): Uint32Array {
    return this.s.fuzzyPostings;
  }

  exactStart(k: number): number {
    return this.s.exactPostingOffsets[k]!;
  }

  fuzzyStart(k: number): number {
    return this.s.fuzzyPostingOffsets[k]!;
  }

  /** Decoded once per place and process: answers repeat the same places (Moscow, Kyiv) all day. */
  name(i: number): string {
    const known = this.names[i];
    if (known !== undefined) return known;
    const name = decodeString(this.s.nameBytes, this.s.nameOffsets[i]!, this.s.nameOffsets[i + 1]!);
    this.names[i] = name;
    return name;
  }

  id(i: number): string {
    const known = this.ids[i];
    if (known !== undefined) return known;
    const id = decodeString(this.s.idBytes, this.s.idOffsets[i]!, this.s.idOffsets[i + 1]!);
    this.ids[i] = id;
    return id;
  }

  lat(i: number): number {
    return this.coords[i * PLACE_WORDS]!;
  }

  lon(i: number): number {
    return this.coords[i * PLACE_WORDS + 1]!;
  }

  population(i: number): number {
    return this.s.places[i * PLACE_WORDS + 2]!;
  }

  rank(i: number): number {
    return (this.s.places[i * PLACE_WORDS + 3]! >>> 16) & 0x7;
  }

  level(i: number): PlaceLevel {
    return PLACE_LEVELS[(this.s.places[i * PLACE_WORDS + 3]! >>> 19) & 0x7]!;
  }

  country(i: number): string {
    return this.countries[this.s.places[i * PLACE_WORDS + 3]! >>> 22]!;
  }

  admin1Index(i: number): number {
    return (this.s.places[i * PLACE_WORDS + 3]! & 0xffff) - 1;
  }

  bbox(i: number): [number, number, number, number] | undefined {
    return this.bboxes[i];
  }

  /** Centre of the land in one part of an area (index in PART_DIRECTIONS), if computed. */
  partCentre(i: number, part: number): { lat: number; lon: number } | undefined {
    const c = this.parts[i]?.[part];
    return c ? { lat: c[0], lon: c[1] } : undefined;
  }

  private lookup(key: string, slots: Uint32Array, keyOffsets: Uint32Array, keyBytes: Uint8Array): number {
    if (!key) return -1;
    const mask = slots.length - 1;
    let slot = hashKey(key) & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const k = entry - 1;
      const start = keyOffsets[k]!;
      if (keyOffsets[k + 1]! - start === key.length && keyEquals(keyBytes, start, key)) return k;
      slot = (slot + 1) & mask;
    }
  }
}

function toPostings(raw: Uint32Array): Posting[] {
  return Array.from(raw, (v) => ({ place: v >>> 1, primary: (v & PRIMARY_FLAG) === PRIMARY_FLAG }));
}

/** TextDecoder has a fixed cost per call; short ASCII strings (most ids and names) skip it. */
function decodeString(bytes: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return utf8Decoder.decode(bytes.subarray(start, end));
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

function keyEquals(bytes: Uint8Array, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (bytes[start + i] !== key.charCodeAt(i)) return false;
  return true;
}
