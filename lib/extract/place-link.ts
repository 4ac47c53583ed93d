/**
 * Where an incident happened: the place mentions of its own sentence ranked by how the text points
 * at them (locatives, action verbs, "city of"), skipping origins, venues and the dateline; else its
 * section heading's, its paragraph's, the province the article frames an unknown village in, or
 * the article's recurring place. Near a town ("20 km west of X") is ACLED geo-precision 2.
 */
import type { Article, Sentence } from '../articles/parse';
import type { PlaceMention } from '../geocode/geoparse';
import type { Place } from '../geocode/types';
import type { PlaceRef } from '../incidents/schema';

/** A sentence, or the clause of one, that reports an incident. */
export interface Scope {
  text: string;
  start: number;
  end: number;
}

export interface Located {
  mentions: PlaceMention[];
  countries: string[];
  datelineEnd: number;
}

const PRECISION_BY_LEVEL: Record<Place['level'], 1 | 2 | 3> = { landmark: 1, city: 1, admin2: 2, region: 2, admin1: 3, country: 3 };
const LEVEL_ORDER = ['landmark', 'city', 'admin2', 'admin1', 'region', 'country'];
/** A place after these words is where someone came from or went, not where the incident was. */
const ORIGIN_DESTINATION_RE = /\b(?:from|toward|towards|fled to|flew to|flown to|returned to|travell?ed to|evacuated to|moved to|headed to|based in|-based)\s+(?:the\s+)?$/i;
/** "Reports are coming in from Rangpur": news from a place is news of what happened there. */
const REPORTS_FROM_RE = /\b(?:reports?|news|word|footage|images|videos?)\s+(?:(?:is|are)\s+)?(?:(?:coming|come)\s+(?:in\s+)?)?from\s+(?:the\s+)?$/i;
/** A place after these words is where the incident happened. */
const LOCATIVE_RE = /\b(?:in|at|near|close to|next to|beside|outside|inside|on|into|of|around|across|north of|south of|east of|west of|entered|captured|recaptured|retook|struck|hit|shelled|bombed|attacked|stormed|seized|overran|raided)\s+(?:the\s+)?(?:\w+\s+)?$/i;
/** Where talks or statements happened is not where the incident did ("after talks in Kunming"). */
const VENUE_BEFORE_RE = /\b(?:talks|meeting|negotiations|summit|conference|hosted|mediated|brokered|press|statement|said)\b[^.]{0,35}$/i;
const TERRAIN_AFTER_RE = /^\s+(?:River|river|Sea|sea|Gulf|gulf|Lake|lake|Valley|valley|Mountains?|mountains?|Strait|strait)\b/;
/** "the Ibn Sina hospital in Jenin", "Kabul Bank": a name on a building is not where the building stands. */
const FACILITY_AFTER_RE = /^\s+(?:hospital|Hospital|mosque|Mosque|school|School|university|University|bank|Bank|prison|Prison|stadium|Stadium|church|Church|hotel|Hotel)\b/;
const SETTLEMENT_BEFORE_RE = /\b(?:city|town|village|port|capital|district|neighbourhood|neighborhood|suburb|camp) of\s+$/i;
/** "Zaranj, the capital of Nimroz": the province after it only frames the town named before it. */
const FRAME_OF_BEFORE_RE = /\S,\s+(?:the\s+)?(?:[\w-]+\s+)?(?:capital|main town|largest city|seat|administrative cent(?:re|er)) of\s+(?:the\s+)?$/i;

const AREA_LEVELS = new Set<Place['level']>(['admin2', 'admin1', 'region']);
/** A name worth showing beside its area: not a day ("Wednesday's"), an acronym ("SBU") or a possessive. */
const LIKELY_PLACE_NAME_RE = /^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}[^'’]*$/u;

/** Where rockets or shells were aimed ("fired rockets towards the Tel Aviv area") is where a remote attack happened. */
const TARGET_BEFORE_RE = /\b(?:towards?|at)\s+(?:the\s+)?$/i;

/**
 * Ranks the places in a span: where the incident happened first, then the finest. `remote` marks
 * an explosion or remote attack, which happens where it was aimed, not where it was fired from.
 */
export function placeIn(article: Article, located: Located, start: number, end: number, remote = false): PlaceMention | null {
  const inSpan = located.mentions.filter((m) => m.start >= start && m.end <= end && m.start >= located.datelineEnd);
  const best = rankPlaces(article, located, inSpan.filter((m) => m.place), remote);
  // With no known place in the span, an unknown name in a place's position is the (unresolved) place.
  return best ?? inSpan.find((m) => !m.place) ?? null;
}

function rankPlaces(article: Article, located: Located, mentions: PlaceMention[], remote: boolean): PlaceMention | null {
  // "in Burkina Faso's Sanmatenga province": the country only frames the finer place.
  const finer = mentions.filter((m) => m.place?.level !== 'country');
  const isTarget = (before: string) => remote && TARGET_BEFORE_RE.test(before);
  const scored = (finer.length > 0 ? finer : mentions)
    .filter((m) => {
      const before = article.text.slice(Math.max(0, m.start - 25), m.start);
      return isTarget(before) || REPORTS_FROM_RE.test(article.text.slice(Math.max(0, m.start - 40), m.start)) || !ORIGIN_DESTINATION_RE.test(before);
    })
    .filter((m) => !VENUE_BEFORE_RE.test(article.text.slice(Math.max(0, m.start - 30), m.start)))
    .map((m) => {
      const before = article.text.slice(Math.max(0, m.start - 25), m.start);
      const p = m.place!;
      const after = article.text.slice(m.end, m.end + 12);
      // "the Dnipro River", "the Red Sea": water and terrain, not where people were.
      if (TERRAIN_AFTER_RE.test(after)) return { m, score: -Infinity };
      if (FRAME_OF_BEFORE_RE.test(article.text.slice(Math.max(0, m.start - 45), m.start))) return { m, score: -10 };
      const score =
        (LOCATIVE_RE.test(before) || isTarget(before) ? 3 : 0) +
        (SETTLEMENT_BEFORE_RE.test(before) ? 1 : 0) -
        (FACILITY_AFTER_RE.test(after) ? 2 : 0) +
        (located.countries.indexOf(p.country) === 0 ? 1 : 0) +
        p.score -
        LEVEL_ORDER.indexOf(p.level) * 0.4;
      return { m, score };
    });
  scored.sort((a, b) => b.score - a.score || a.m.start - b.m.start);
  const best = scored[0];
  return best && best.score > -Infinity ? best.m : null;
}

function dominantPlace(located: Located): PlaceMention | null {
  const counts = new Map<string, { n: number; m: PlaceMention }>();
  for (const m of located.mentions) {
    if (!m.place || m.place.level === 'country') continue;
    const entry = counts.get(m.place.id) ?? { n: 0, m };
    entry.n++;
    counts.set(m.place.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.m ?? null;
}

/** The first province or region the article names in its main country: the frame for places it cannot resolve. */
function framingArea(located: Located): PlaceMention | null {
  const main = located.countries[0];
  return located.mentions.find((m) => m.place && (m.place.level === 'admin1' || m.place.level === 'region') && m.place.country === main) ?? null;
}

/** A place for an incident; `unresolved` keeps a name the gazetteer does not know when the place is the area around it. */
export type LinkedPlace = PlaceMention & { unresolved?: string };

/**
 * An unknown name placed at what frames it: the province the article is set in, else a known place
 * in its paragraph ("Tayouneh" in a Beirut story), else the place it keeps returning to in its
 * main country; left unresolved when there is none. The name is kept so the reader sees which place was meant.
 */
function withinFramingArea(article: Article, located: Located, unknown: PlaceMention, block: { start: number; end: number }): LinkedPlace {
  const known = (m: PlaceMention | null) => (m?.place && m.place.level !== 'country' ? m : null);
  const recurring = () => {
    const dominant = known(dominantPlace(located));
    return dominant?.place?.country === located.countries[0] ? dominant : null;
  };
  const frame = framingArea(located) ?? known(placeIn(article, located, block.start, block.end)) ?? recurring();
  return frame ? { ...frame, unresolved: unknown.text } : unknown;
}

export function linkPlace(article: Article, located: Located, scope: Scope, sentence: Sentence, remote = false): LinkedPlace | null {
  const own = placeIn(article, located, scope.start, scope.end, remote);
  // "in the village of Kishishe, in North Kivu province": the province is where the map can put
  // it; the village the gazetteer lacks is kept so the reader sees which place was meant.
  if (own?.place && AREA_LEVELS.has(own.place.level)) {
    const unknown = located.mentions.find((m) => !m.place && m.start >= scope.start && m.end <= scope.end && LIKELY_PLACE_NAME_RE.test(m.text));
    return unknown ? { ...own, unresolved: unknown.text } : own;
  }
  if (own?.place && own.place.level !== 'country') return own;
  // "in the villages of Kishishe and Bambo, in Rutshuru territory": unknown to the gazetteer, so the
  // incident is placed at the province the article frames it in, at province precision.
  if (own && !own.place) return withinFramingArea(article, located, own, article.blocks[sentence.block]!);
  const headingBlock = [...article.blocks.slice(0, sentence.block)].reverse().find((b) => b.kind === 'heading');
  const fromHeading = headingBlock ? placeIn(article, located, headingBlock.start, headingBlock.end) : null;
  if (fromHeading?.place && fromHeading.place.level !== 'country') return fromHeading;
  const block = article.blocks[sentence.block]!;
  const fromParagraph = placeIn(article, located, block.start, block.end);
  if (fromParagraph?.place && fromParagraph.place.level !== 'country') return fromParagraph;
  if (fromParagraph && !fromParagraph.place) return withinFramingArea(article, located, fromParagraph, block);
  // In a section of its own (a roundup's "AFGHANISTAN"), the last place named so far in that section.
  if (headingBlock && !own?.place) {
    const inSection = located.mentions.filter((m) => m.place && m.place.level !== 'country' && m.start >= headingBlock.end && m.end <= scope.start);
    const recent = inSection[inSection.length - 1];
    if (recent) return recent;
  }
  // Only a country in the sentence: the place the article keeps returning to in that country is
  // the better guess (a wire story about Mogadishu that says "in Somalia" once).
  const dominant = dominantPlace(located);
  if (own?.place && dominant?.place?.country === own.place.country) return dominant;
  return own ?? dominant ?? fromParagraph;
}

/** "20 km west of Mekelle", "near Kherson", "on the outskirts of Goma": near the town, not in it (ACLED geo-precision 2). */
const NEAR_BEFORE_RE = /\b(?:near|close to|next to|outside|outskirts of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of|km (?:from|of))\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$/i;

export function placeRef(article: Article, mention: LinkedPlace | null): PlaceRef {
  const p = mention?.place;
  if (!p) return { text: mention?.text ?? '', name: null, country: null, admin1: null, level: null, lat: null, lon: null, geo_precision: null, id: null };
  // A town standing in for an unknown name in or near it ("Tayouneh" placed at Beirut) is as uncertain as "near the town".
  const near = (p.level === 'city' || p.level === 'landmark') && (mention!.unresolved !== undefined || NEAR_BEFORE_RE.test(article.text.slice(Math.max(0, mention!.start - 30), mention!.start)));
  const ref: PlaceRef = { text: mention!.text, name: p.name, country: p.country, admin1: p.admin1, level: p.level, lat: p.lat, lon: p.lon, geo_precision: near ? 2 : PRECISION_BY_LEVEL[p.level], id: p.id };
  if (p.bbox && p.level !== 'city' && p.level !== 'landmark') ref.bbox = p.bbox;
  if (mention!.unresolved) ref.unresolved = mention!.unresolved;
  return ref;
}

