/**
 * Actors: a canonical dictionary with aliases and ACLED actor categories, plus patterns for actors
 * it does not list ("X militants", "gunmen"). Longest alias wins at a position.
 */
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
  { name: 'Islamic State', category: 'Rebel groups', aliases: ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'IS militants', 'IS jihadists', 'Islamic State group jihadists', 'ISIS-K', 'Islamic State Khorasan', 'IS-K'] },
  { name: 'Syrian Democratic Forces', category: 'Rebel groups', aliases: ['Syrian Democratic Forces', 'SDF', 'Kurdish-led SDF', 'Kurdish-led forces'] },
  { name: 'Military Forces of Syria', category: 'State forces', aliases: ['Syrian government forces', 'Syrian army', 'Syrian troops', 'government forces', 'regime forces', 'Syrian regime forces', 'forces loyal to Assad', 'pro-government forces'] },
  { name: 'Iran-backed militias', category: 'Political militias', aliases: ['Iran-backed militias', 'Iran-backed militia', 'Iranian-backed militias', 'pro-Iranian militias', 'pro-Iran militias', 'Iran-aligned militias'] },
  { name: 'Hezbollah', category: 'Political militias', aliases: ['Hezbollah', 'Hizbollah', 'Hizbullah'] },
  { name: 'Hamas', category: 'Political militias', aliases: ['Hamas', 'Qassam Brigades', 'Al-Qassam Brigades'] },
  { name: 'Palestinian Islamic Jihad', category: 'Political militias', aliases: ['Palestinian Islamic Jihad', 'Islamic Jihad', 'PIJ', 'Al-Quds Brigades'] },
  { name: 'Houthis', category: 'Rebel groups', aliases: ['Houthis', 'Houthi', 'Houthi rebels', 'Ansar Allah', 'Ansarallah'] },
  { name: 'al-Shabaab', category: 'Rebel groups', aliases: ['al-Shabaab', 'Al Shabaab', 'al-Shabab', 'Shabaab'] },
  { name: 'JNIM', category: 'Rebel groups', aliases: ['JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'Jamaat Nusrat al-Islam wal-Muslimin'] },
  { name: 'Taliban', category: 'State forces', aliases: ['Taliban'] },
  { name: 'Tehrik-i-Taliban Pakistan', category: 'Rebel groups', aliases: ['Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban'] },
  { name: 'Rapid Support Forces', category: 'Rebel groups', aliases: ['Rapid Support Forces', 'RSF', 'paramilitary RSF'] },
  { name: 'Military Forces of Sudan', category: 'State forces', aliases: ['Sudanese army', 'Sudanese Armed Forces', 'SAF'] },
  { name: 'Wagner Group', category: 'External/Other forces', aliases: ['Wagner', 'Wagner Group', 'Wagner mercenaries', 'Africa Corps'] },
  { name: 'Boko Haram', category: 'Rebel groups', aliases: ['Boko Haram'] },
  { name: 'ISWAP', category: 'Rebel groups', aliases: ['ISWAP', 'Islamic State West Africa Province'] },
  { name: 'M23', category: 'Rebel groups', aliases: ['M23', 'M23 rebels', 'March 23 Movement'] },
  { name: 'ADF', category: 'Rebel groups', aliases: ['ADF', 'Allied Democratic Forces'] },
  { name: 'Hayat Tahrir al-Sham', category: 'Rebel groups', aliases: ['Hayat Tahrir al-Sham', 'HTS'] },
  { name: 'Syrian National Army', category: 'Rebel groups', aliases: ['Syrian National Army', 'SNA', 'Turkish-backed Syrian National Army', 'Turkish-backed factions', 'Turkish-backed fighters'] },
  { name: 'PKK', category: 'Rebel groups', aliases: ['PKK', "Kurdistan Workers' Party", 'Kurdistan Workers Party'] },
  { name: 'Military Forces of Russia', category: 'State forces', aliases: ['Russian forces', 'Russian troops', 'Russian army', 'Russian military', 'Russian warplanes', 'Russian jets'] },
  { name: 'Military Forces of Ukraine', category: 'State forces', aliases: ['Ukrainian forces', 'Ukrainian troops', 'Ukrainian army', 'Ukrainian military', 'Ukraine’s armed forces', "Ukraine's armed forces"] },
  { name: 'Military Forces of Israel', category: 'State forces', aliases: ['Israeli forces', 'Israeli troops', 'Israeli army', 'Israeli military', 'Israel Defense Forces', 'IDF', 'Israeli warplanes', 'Israeli jets'] },
  { name: 'Military Forces of Turkey', category: 'State forces', aliases: ['Turkish forces', 'Turkish troops', 'Turkish army', 'Turkish military', 'Turkish drones', 'Turkish warplanes'] },
  { name: 'Military Forces of the United States', category: 'External/Other forces', aliases: ['US forces', 'U.S. forces', 'US troops', 'U.S. troops', 'American forces', 'US military', 'U.S. military', 'US-led coalition', 'U.S.-led coalition'] },
  { name: 'Unidentified Armed Group', category: 'Political militias', aliases: ['gunmen', 'unidentified gunmen', 'armed men', 'unknown assailants', 'attackers', 'assailants'] },
  { name: 'Protesters', category: 'Protesters', aliases: ['protesters', 'demonstrators', 'protestors'] },
  { name: 'Rioters', category: 'Rioters', aliases: ['rioters', 'mob', 'a mob'] },
];

/** Victim phrases that make an incident violence against civilians. */
const CIVILIAN_WORDS = ['civilians', 'civilian', 'truffle hunters', 'truffle gatherers', 'shepherds', 'farmers', 'villagers', 'residents', 'worshippers', 'students', 'children', 'women', 'concertgoers', 'concert-goers', 'passengers', 'fishermen', 'aid workers', 'journalists', 'displaced people', 'refugees', 'pilgrims', 'shoppers', 'herders', 'miners', 'teachers', 'doctors', 'patients', 'families'];

export interface ActorMention {
  name: string;
  category: ActorCategory;
  start: number;
  end: number;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ALIAS_INDEX = ACTORS.flatMap((a) => a.aliases.map((alias) => ({ alias, actor: a }))).sort((x, y) => y.alias.length - x.alias.length);
const ALIAS_RE = new RegExp(`(?<![\\p{L}\\d-])(?:${ALIAS_INDEX.map(({ alias }) => escape(alias)).join('|')})(?![\\p{L}\\d])`, 'giu');
const ACRONYM_RE = /^[A-Z\d]{2,5}(?:-[A-Z])?$/;
const ALIAS_LOOKUP = new Map(ALIAS_INDEX.map(({ alias, actor }) => [alias.toLowerCase(), actor]));
const UNLISTED_RE = /\b((?:[A-Z][\p{L}-]+\s){1,3})(militants|rebels|fighters|forces|troops|militia|militiamen|jihadists|insurgents|gunmen|soldiers|police)\b/gu;
const CIVILIAN_RE = new RegExp(`\\b(${CIVILIAN_WORDS.map(escape).join('|')})\\b`, 'i');

export function findActors(sentence: string): ActorMention[] {
  const found: ActorMention[] = [];
  for (const m of sentence.matchAll(ALIAS_RE)) {
    const actor = ALIAS_LOOKUP.get(m[0].toLowerCase());
    // Acronyms match only as written: "IS" is the group, "is" is a verb.
    if (ACRONYM_RE.test(m[0].toUpperCase()) && m[0] !== m[0].toUpperCase()) continue;
    if (actor) found.push({ name: actor.name, category: actor.category, start: m.index, end: m.index + m[0].length });
  }
  for (const m of sentence.matchAll(UNLISTED_RE)) {
    if (found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
    const group = m[1]!.trim();
    const kind = m[2]!.toLowerCase();
    const state = kind === 'forces' || kind === 'troops' || kind === 'soldiers' || kind === 'police';
    found.push({ name: `${group} ${kind}`, category: state ? 'State forces' : 'Rebel groups', start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The civilian victims a sentence names ("truffle hunters"), or null. */
export function findCivilianVictims(sentence: string): string | null {
  return CIVILIAN_RE.exec(sentence)?.[1] ?? null;
}
