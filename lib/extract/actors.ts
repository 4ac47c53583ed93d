/**
 * Actors: a canonical dictionary with aliases and ACLED actor categories, state forces named by
 * nationality ("Russian missiles", "US drone strike" → Military Forces of Russia / of the United
 * States) or by the document's country ("the army", "police"), and patterns for groups the
 * dictionary does not list ("Kokang fighters"). Longest alias wins at a position.
 */
import countries from 'i18n-iso-countries';
import curated from '../../data/curated/places.json' with { type: 'json' };

export type ActorCategory =
  | 'State forces'
  | 'Rebel groups'
  | 'Political militias'
  | 'Identity militias'
  | 'Rioters'
  | 'Protesters'
  | 'Civilians'
  | 'External/Other forces';

interface ActorEntry {
  name: string;
  category: ActorCategory;
  aliases: string[];
}

const ACTORS: ActorEntry[] = [
  { name: 'Islamic State', category: 'Rebel groups', aliases: ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'IS militants', 'IS jihadists', 'ISIS-K', 'Islamic State Khorasan', 'IS-K', 'Islamic State Sahel', 'ISGS', 'Islamic State in the Greater Sahara'] },
  { name: 'Syrian Democratic Forces', category: 'Rebel groups', aliases: ['Syrian Democratic Forces', 'SDF', 'Kurdish-led SDF', 'Kurdish-led forces'] },
  { name: 'Iran-backed militias', category: 'Political militias', aliases: ['Iran-backed militias', 'Iran-backed militia', 'Iranian-backed militias', 'pro-Iranian militias', 'pro-Iran militias', 'Iran-aligned militias', 'Iran-backed groups', 'Kataib Hezbollah', "Kata'ib Hezbollah", 'Islamic Resistance in Iraq'] },
  { name: 'Hezbollah', category: 'Political militias', aliases: ['Hezbollah', 'Hizbollah', 'Hizbullah'] },
  { name: 'Hamas', category: 'Political militias', aliases: ['Hamas', 'Qassam Brigades', 'Al-Qassam Brigades'] },
  { name: 'Palestinian Islamic Jihad', category: 'Political militias', aliases: ['Palestinian Islamic Jihad', 'Islamic Jihad', 'PIJ', 'Al-Quds Brigades'] },
  { name: 'Houthis', category: 'Rebel groups', aliases: ['Houthis', 'Houthi', 'Houthi rebels', 'Ansar Allah', 'Ansarallah'] },
  { name: 'al-Shabaab', category: 'Rebel groups', aliases: ['al-Shabaab', 'Al Shabaab', 'al-Shabab', 'Shabaab'] },
  { name: 'JNIM', category: 'Rebel groups', aliases: ['JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'Jamaat Nusrat al-Islam wal-Muslimin', 'al-Qaeda-linked JNIM'] },
  { name: 'Taliban', category: 'State forces', aliases: ['Taliban'] },
  { name: 'Tehrik-i-Taliban Pakistan', category: 'Rebel groups', aliases: ['Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban'] },
  { name: 'Rapid Support Forces', category: 'Rebel groups', aliases: ['Rapid Support Forces', 'RSF', 'paramilitary RSF'] },
  { name: 'Wagner Group', category: 'External/Other forces', aliases: ['Wagner', 'Wagner Group', 'Wagner mercenaries', 'Africa Corps'] },
  { name: 'Boko Haram', category: 'Rebel groups', aliases: ['Boko Haram'] },
  { name: 'ISWAP', category: 'Rebel groups', aliases: ['ISWAP', 'Islamic State West Africa Province'] },
  { name: 'M23', category: 'Rebel groups', aliases: ['M23', 'M23 rebels', 'March 23 Movement'] },
  { name: 'ADF', category: 'Rebel groups', aliases: ['ADF', 'Allied Democratic Forces'] },
  { name: 'Hayat Tahrir al-Sham', category: 'Rebel groups', aliases: ['Hayat Tahrir al-Sham', 'HTS'] },
  { name: 'Syrian National Army', category: 'Rebel groups', aliases: ['Syrian National Army', 'SNA', 'Turkish-backed Syrian National Army', 'Turkish-backed factions', 'Turkish-backed fighters'] },
  { name: 'PKK', category: 'Rebel groups', aliases: ['PKK', "Kurdistan Workers' Party", 'Kurdistan Workers Party'] },
  { name: 'Myanmar National Democratic Alliance Army', category: 'Rebel groups', aliases: ['Myanmar National Democratic Alliance Army', 'MNDAA'] },
  { name: 'Arakan Army', category: 'Rebel groups', aliases: ['Arakan Army'] },
  { name: 'Pakistan Tehreek-e-Insaf', category: 'Political militias', aliases: ['Pakistan Tehreek-e-Insaf', 'PTI'] },
  { name: 'Military Forces of Iran', category: 'State forces', aliases: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Revolutionary Guard', 'IRGC', 'the Guards'] },
  { name: 'Israeli Settlers', category: 'Identity militias', aliases: ['Israeli settlers', 'Jewish settlers', 'settlers'] },
  { name: 'Protesters', category: 'Protesters', aliases: ['protesters', 'demonstrators', 'protestors', 'marchers'] },
  { name: 'Rioters', category: 'Rioters', aliases: ['rioters'] },
  { name: 'Unidentified Armed Group', category: 'Political militias', aliases: ['gunmen', 'unidentified gunmen', 'armed men', 'unknown assailants', 'assailants', 'bandits', 'armed bandits', 'gangs', 'armed gangs', 'gang members', 'gangsters', 'cartel gunmen', 'cartel members', 'suspected militants', 'unidentified attackers'] },
];

/** Victim phrases that make an incident violence against civilians. */
const CIVILIAN_WORDS = ['civilians', 'civilian', 'truffle hunters', 'truffle gatherers', 'shepherds', 'farmers', 'villagers', 'residents', 'worshippers', 'students', 'schoolchildren', 'schoolgirls', 'children', 'women', 'concertgoers', 'concert-goers', 'passengers', 'fishermen', 'aid workers', 'journalists', 'displaced people', 'refugees', 'pilgrims', 'shoppers', 'herders', 'miners', 'teachers', 'doctors', 'patients', 'families', 'diners', 'traders', 'commuters', 'mourners', 'wedding guests', 'brothers', 'teenager', 'teenagers', 'boys', 'girls', 'motorist', 'motorists', 'road workers', 'workers', 'a man', 'an elderly man', 'a woman'];

/** Words after a nationality that make it that country's armed forces ("Russian missiles"). */
const MILITARY_NOUNS = 'forces|troops|soldiers|army|military|jets|warplanes|aircraft|missiles?|drones?|artillery|navy|air force|strikes?|bombers|shelling|shells|tanks|special forces|marines|gunboats?|helicopters?|airstrikes?|air strikes?|drone strikes?|military strikes?|units?|assaults?|attacks?|offensive|advances?|bombardment|fire|raids?';
/** State forces named without a nationality: they belong to the document's country. */
const DOMESTIC_MILITARY_RE = /\b(?:the army|the military|government forces|government troops|security forces|regime forces|government jets|government warplanes|junta|the junta|military junta|paramilitary Rangers|Rangers|army troops|soldiers|troops|(?:military|army) officers|military (?:air ?strikes?|jets|aircraft|helicopters?|drones?)|an army (?:post|base|convoy|patrol))\b/i;
const DOMESTIC_POLICE_RE = /\b(?:police|riot police|policemen|police officers|gendarmes|gendarmerie)\b/i;

export interface ActorMention {
  name: string;
  category: ActorCategory;
  start: number;
  end: number;
  /** "Military"/"Police" for state forces named without a nationality ("the army", "police"): their country is the incident's. */
  domestic?: 'Military' | 'Police';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Country names as ACLED writes them in "Military Forces of …". */
const COUNTRY_NAME_OVERRIDES: Record<string, string> = {
  US: 'the United States', GB: 'the United Kingdom', PH: 'the Philippines', CF: 'the Central African Republic', AE: 'the United Arab Emirates', NL: 'the Netherlands', GM: 'the Gambia', SS: 'South Sudan', CD: 'the Democratic Republic of Congo', CG: 'Republic of Congo', SY: 'Syria', RU: 'Russia', IR: 'Iran',
  CN: 'China', KP: 'North Korea', KR: 'South Korea', PS: 'Palestine', MM: 'Myanmar', VE: 'Venezuela', BO: 'Bolivia', TZ: 'Tanzania', LA: 'Laos', MD: 'Moldova', CI: "Ivory Coast", TR: 'Turkey',
};

export function countryName(code: string): string {
  return COUNTRY_NAME_OVERRIDES[code] ?? countries.getName(code, 'en') ?? code;
}

const DEMONYMS = Object.entries(curated.demonyms as Record<string, string | null>).filter((e): e is [string, string] => e[1] !== null);
const NATIONALITY = ['US', 'U\\.S\\.', ...DEMONYMS.map(([d]) => escapeRegExp(d))].sort((a, b) => b.length - a.length).join('|');
/** Words allowed between a nationality and the force ("Russian special forces"), and nothing else: "Chinese border town" is not a force. */
const FORCE_ADJECTIVES = '(?:government|regime|special|security|armed|naval|military|army|paramilitary|elite|marine|ground|air|riot|coalition)';
/** A weapon's model between the nationality and the noun: "Russian Kh-22 missile", "Iranian Shahed-136 drones". */
const WEAPON_MODEL = String.raw`(?:[A-Z][A-Za-z]*-?\d+[\w-]*\s+)?`;
const NATIONAL_FORCES_RE = new RegExp(String.raw`\b(${NATIONALITY})(?:-led)?\s+(?:${FORCE_ADJECTIVES}\s+)?${WEAPON_MODEL}(police|${MILITARY_NOUNS})\b`, 'g');
/** "Egyptian and Israeli troops": two nationalities sharing one force noun. */
// Capitalised words first, checked against the demonyms after: an alternation of every nationality twice is slow.
const NATIONAL_PAIR_RE = new RegExp(String.raw`\b(U\.S\.|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+(U\.S\.|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:${FORCE_ADJECTIVES}\s+)?(police|${MILITARY_NOUNS})\b`, 'g');
/** A state acting as a whole: "Azerbaijan launched…", "Israel struck…". */
const STATE_VERBS = 'launched|attacked|struck|bombed|shelled|fired|hit|targeted|invaded|seized|captured|carried out|pounded|retaliated|kept troops|deployed|stationed|withdrew';
const COUNTRY_NAMES = Object.entries(countries.getNames('en', { select: 'all' })).flatMap(([code, names]) => names.map((name) => [name, code] as [string, string]));
const COUNTRY_FORCES_RE = new RegExp(String.raw`\b(${COUNTRY_NAMES.map(([n]) => escapeRegExp(n)).sort((a, b) => b.length - a.length).join('|')})['’]s\s+(?:${FORCE_ADJECTIVES}\s+)?(police|${MILITARY_NOUNS})\b`, 'g');
const COUNTRY_CODE = new Map(COUNTRY_NAMES.map(([n, c]) => [n.toLowerCase(), c]));
const COUNTRY_SUBJECT_RE = new RegExp(String.raw`\b(${COUNTRY_NAMES.map(([n]) => escapeRegExp(n)).sort((a, b) => b.length - a.length).join('|')})\s+(?:has\s+|have\s+|had\s+)?(?:${STATE_VERBS})\b`, 'g');
const POSSESSIVE_RE = /['’]s\s/;
const STATE_VERB_RE = new RegExp(String.raw`\s(?:${STATE_VERBS})\b`);
const COUNTRY_ALTERNATION = COUNTRY_NAMES.map(([n]) => escapeRegExp(n)).sort((a, b) => b.length - a.length).join('|');
/** "India and Pakistan agreed…": two states as the parties of one act. */
const COUNTRY_PAIR_RE = new RegExp(String.raw`\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+and\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:have\s+|had\s+)?(?:agreed|signed|exchanged fire|clashed|traded fire|${STATE_VERBS})\b`, 'g');
const DEMONYM_CODE = new Map<string, string>([['us', 'US'], ['u.s.', 'US'], ...DEMONYMS.map(([d, c]) => [d.toLowerCase(), c] as [string, string])]);

const ALIAS_INDEX = ACTORS.flatMap((a) => a.aliases.map((alias) => ({ alias, actor: a }))).sort((x, y) => y.alias.length - x.alias.length);
const ALIAS_RE = new RegExp(`(?<![\\p{L}\\d-])(?:${ALIAS_INDEX.map(({ alias }) => escapeRegExp(alias)).join('|')})(?![\\p{L}\\d])`, 'giu');
/** "Islamic State-linked Allied Democratic Forces": a group named only to describe the one after it. */
const DESCRIBES_NEXT_RE = /^-(?:linked|affiliated|aligned|inspired|allied|backed)\s+$/;
const ACRONYM_RE = /^[A-Z\d]{2,5}(?:-[A-Z])?$/;
const ALIAS_LOOKUP = new Map(ALIAS_INDEX.map(({ alias, actor }) => [alias.toLowerCase(), actor]));
const UNLISTED_RE = /\b((?:[A-Z\d][\p{L}\d-]+\s){1,3})(militants|rebels|fighters|militia|militiamen|jihadists|insurgents|gunmen|[Cc]artel|gang|Brigades?|Force|Forces|Army|Front|Movement)\b/gu;
/** Proper-noun groups ("Tigray Defence Forces", "444 Brigade") keep their capitals; generic ones ("Kokang fighters") are lowercased. */
const NAMED_KINDS = new Set(['brigade', 'brigades', 'force', 'forces', 'army', 'front', 'movement', 'cartel', 'gang']);
const CIVILIAN_RE = new RegExp(`\\b(${CIVILIAN_WORDS.map(escapeRegExp).join('|')})\\b`, 'i');

function overlapsAny(found: ActorMention[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && f.start < end);
}

/**
 * Actors named in a sentence, in order of appearance. `country` is the document's main country,
 * which owns "the army" and "police" when no nationality is given.
 */
export function findActors(sentence: string, country: string | null = null): ActorMention[] {
  const found: ActorMention[] = [];
  for (const m of sentence.matchAll(NATIONAL_PAIR_RE)) {
    const police = m[3]!.toLowerCase() === 'police';
    const second = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    for (const [nationality, start, end] of [[m[1]!, m.index, m.index + m[1]!.length], [m[2]!, second, m.index + m[0].length]] as const) {
      const code = DEMONYM_CODE.get(nationality.toLowerCase());
      if (code) found.push({ name: `${police ? 'Police' : 'Military'} Forces of ${countryName(code)}`, category: 'State forces', start, end });
    }
  }
  for (const m of sentence.matchAll(COUNTRY_PAIR_RE)) {
    const second = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    for (const [name, start, end] of [[m[1]!, m.index, m.index + m[1]!.length], [m[2]!, second, second + m[2]!.length]] as const) {
      const code = COUNTRY_CODE.get(name.toLowerCase().replace(/^the\s+/, ''));
      if (code && !overlapsAny(found, start, end)) found.push({ name: `Military Forces of ${countryName(code)}`, category: 'State forces', start, end });
    }
  }
  for (const m of sentence.matchAll(NATIONAL_FORCES_RE)) {
    if (overlapsAny(found, m.index, m.index + m[0].length)) continue;
    const code = DEMONYM_CODE.get(m[1]!.toLowerCase());
    if (!code) continue;
    const police = m[2]!.toLowerCase() === 'police';
    found.push({ name: `${police ? 'Police' : 'Military'} Forces of ${countryName(code)}`, category: 'State forces', start: m.index, end: m.index + m[0].length });
  }
  // The country alternations are long: run them only where their cheap tail ("'s", a state verb) occurs.
  for (const m of POSSESSIVE_RE.test(sentence) ? sentence.matchAll(COUNTRY_FORCES_RE) : []) {
    const code = COUNTRY_CODE.get(m[1]!.toLowerCase());
    if (!code || overlapsAny(found, m.index, m.index + m[0].length)) continue;
    const police = m[2]!.toLowerCase() === 'police';
    found.push({ name: `${police ? 'Police' : 'Military'} Forces of ${countryName(code)}`, category: 'State forces', start: m.index, end: m.index + m[0].length });
  }
  for (const m of STATE_VERB_RE.test(sentence) ? sentence.matchAll(COUNTRY_SUBJECT_RE) : []) {
    const code = COUNTRY_CODE.get(m[1]!.toLowerCase());
    if (!code || overlapsAny(found, m.index, m.index + m[1]!.length)) continue;
    found.push({ name: `Military Forces of ${countryName(code)}`, category: 'State forces', start: m.index, end: m.index + m[1]!.length });
  }
  for (const m of sentence.matchAll(ALIAS_RE)) {
    if (overlapsAny(found, m.index, m.index + m[0].length)) continue;
    const actor = ALIAS_LOOKUP.get(m[0].toLowerCase());
    // Acronyms match only as written: "IS" is the group, "is" is a verb.
    if (ACRONYM_RE.test(m[0].toUpperCase()) && m[0] !== m[0].toUpperCase()) continue;
    if (actor) found.push({ name: actor.name, category: actor.category, start: m.index, end: m.index + m[0].length });
  }
  if (country) {
    for (const [re, kind] of [[DOMESTIC_MILITARY_RE, 'Military'], [DOMESTIC_POLICE_RE, 'Police']] as const) {
      const m = re.exec(sentence);
      if (m && !overlapsAny(found, m.index, m.index + m[0].length)) {
        found.push({ name: `${kind} Forces of ${countryName(country)}`, category: 'State forces', start: m.index, end: m.index + m[0].length, domestic: kind });
      }
    }
  }
  for (const m of sentence.matchAll(UNLISTED_RE)) {
    if (overlapsAny(found, m.index, m.index + m[0].length)) continue;
    const lead = m[1]!.trim();
    if (DEMONYM_CODE.has(lead.toLowerCase()) || COUNTRY_CODE.has(lead.toLowerCase()) || /^(?:The|A|An|Armed|Suspected|Government|Security|State|Special|National|United|Pro-government)$/.test(lead)) continue;
    // "About 30 fighters", "Hundreds of gunmen": a count, not a name.
    if (/^(?:About|Around|Some|Nearly|Almost|More|Over|Dozens|Hundreds|Thousands|Scores|Several|\d[\d,]*)\b/.test(lead)) continue;
    const kind = m[2]!.toLowerCase();
    const named = NAMED_KINDS.has(kind);
    const name = named ? `${m[1]!.trim()} ${kind[0]!.toUpperCase()}${kind.slice(1)}` : `${m[1]!.trim()} ${kind}`;
    found.push({ name, category: kind === 'cartel' || kind === 'gang' ? 'Political militias' : 'Rebel groups', start: m.index, end: m.index + m[0].length });
  }
  // "Islamic State gunmen": the generic word belongs to the group named with it.
  const named = found.some((f) => isNonState(f.category) && f.name !== UNIDENTIFIED);
  const parties = found.filter((f) => !(isNonState(f.category) && found.some((g) => g.start > f.end && DESCRIBES_NEXT_RE.test(sentence.slice(f.end, g.start)))));
  return parties.filter((f) => !(named && f.name === UNIDENTIFIED)).sort((a, b) => a.start - b.start);
}

export const UNIDENTIFIED = 'Unidentified Armed Group';

const TARGET_WORD_RE = /\b(?:at|on|against|into)\s+\p{Lu}/u;
const COUNTRY_TARGET_RE = new RegExp(String.raw`\b(?:at|on|against|into)\s+(${COUNTRY_ALTERNATION})\b(?!['’])`);

/** "fired about 180 ballistic missiles at Israel": the state a remote attack was aimed at, as its forces. */
export function targetedState(sentence: string): string | null {
  const m = TARGET_WORD_RE.test(sentence) ? COUNTRY_TARGET_RE.exec(sentence) : null;
  const code = m ? COUNTRY_CODE.get(m[1]!.toLowerCase()) : undefined;
  return code ? `Military Forces of ${countryName(code)}` : null;
}

/** The civilian victims a sentence names ("truffle hunters"), or null. */
export function findCivilianVictims(sentence: string): string | null {
  return CIVILIAN_RE.exec(sentence)?.[1] ?? null;
}

/** "The rebels", "the group": a reference back to the last armed group the article named. */
export const GROUP_REFERENCE_RE = /\b(?:the|its|their) (?:rebels|militants|group|jihadists|insurgents|fighters|paramilitaries|militia|militiamen|extremists|attackers)\b/i;

/** "Al-Shabaab said it was behind the attack": who claims an incident reported before. */
export const CLAIM_RE = /\b(?:claimed (?:responsibility|the attack|the bombing|the strike|that)|said (?:it|they) (?:was|were) behind|said (?:it|they) (?:had )?(?:carried out|fired|launched|conducted|targeted)|said (?:through|via|in) (?:its|a) (?:[\w-]+ ){0,3}(?:news agency|statement|channel|outlet)(?: that)? (?:one|two|several|some|\w+) of its (?:fighters|members|militants)|said\b[^.;]{0,60}?\bthat (?:its|one of its|two of its) (?:fighters|members|militants|men|suicide bombers?) had (?:planted|detonated|carried out|attacked|blown up|fired|launched|killed|stormed|ambushed))\b/i;

/** ACLED's "inter" codes for actor categories (Codebook: 1 state forces … 8 external/other forces). */
export const INTER_CODES: Record<ActorCategory, number> = {
  'State forces': 1,
  'Rebel groups': 2,
  'Political militias': 3,
  'Identity militias': 4,
  Rioters: 5,
  Protesters: 6,
  Civilians: 7,
  'External/Other forces': 8,
};

const CATEGORY_BY_NAME = new Map(ACTORS.map((a) => [a.name, a.category]));

/** The category of a canonical actor name, including the patterned ones ("Military Forces of X"). */
export function actorCategory(name: string): ActorCategory | null {
  if (/^(?:Military|Police) Forces of /.test(name)) return 'State forces';
  if (name === 'Civilians') return 'Civilians';
  return CATEGORY_BY_NAME.get(name) ?? (/\b(?:militants|rebels|fighters|jihadists|insurgents)$/.test(name) ? 'Rebel groups' : /\b(?:militia|militiamen|gunmen)$/.test(name) ? 'Political militias' : null);
}

export function isNonState(category: ActorCategory): boolean {
  return category === 'Rebel groups' || category === 'Political militias' || category === 'Identity militias';
}
