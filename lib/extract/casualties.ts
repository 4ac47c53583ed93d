/**
 * Fatality and injury counts as the text states them. Numbers stay as written: "at least 11" is
 * min 11 with no max, "between 20 and 30" is a range, "several" is vague (no number at all), and
 * "no casualties were reported" is zero.
 */
import { blankDateline } from '../articles/dateline';
import type { Casualties } from '../incidents/schema';
import { rememberRecent } from './remember';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  dozen: 12, both: 2,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// A clock time ("13:05 MONUSCO says…") is not a count.
const NUMBER_WORD = `(?:(?<!\\d[:.])(?:\\d{1,3}(?:,\\d{3})+|\\d+)|(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).join('|')}))?|${Object.keys(UNITS).join('|')}|a hundred|(?:\\w+ )?hundreds?)`;
const VAGUE_WORDS = ['several', 'dozens', 'scores', 'hundreds', 'many', 'numerous', 'some', 'a number of', 'multiple', 'a few', 'few'];

export function parseNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d[\d,]*$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w in UNITS) return UNITS[w]!;
  if (w === 'a hundred') return 100;
  const [tens, unit] = w.split(/[- ]/);
  if (tens && tens in TENS) return TENS[tens]! + (unit ? (UNITS[unit] ?? 0) : 0);
  return null;
}

const DEATH = `(?:killed|killing|shot dead|feared dead|dead|died|deaths?|lives|fatalities|slain|massacred|executed|perished|bodies)`;
const HURT = `(?:wounded|wounding|injured|injuring|injuries|hurt|maimed)`;
/** Up to three words naming who ("truffle hunters"), optionally with an aside ("civilians, including 11 children,"). */
/** "three months of killing" is a span of time, not a count of people. */
const NOT_A_COUNT = String.raw`(?!\s+(?:months?|weeks?|days?|years?|hours?|minutes?|decades?)\b)`;
/** "a number of protesters", "a few soldiers": the article "a" is a count only before a person. */
const NOT_ARTICLE_COUNT = String.raw`(?:(?<!\ba)|(?!\s+(?:number|few|handful|lot|series|wave|spate|string|total|dozen|further|host|couple|killing|death|deadly|fatal|second|third|fourth|fifth)\b))`;
// "staff members of Medecins Sans Frontieres were found dead": a longer "of …" only before a passive verb
// (the patterns are case-insensitive, so capitals cannot mark the name).
// "one of its peacekeepers, a Rwandan, had been killed": the aside too.
const PEOPLE = String.raw`(?:[\p{L}-]+(?:,\s+including [^,]{1,40},)?\s+){0,3}(?:of (?:the )?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+(?:,\s+an?\s+[^,.]{1,30},)?\s+(?=(?:were|was|had been|have been)\s))?`;
const QUALIFIER = `(?:at least|more than|over|up to|nearly|almost|about|around|some|roughly|as many as|fewer than|less than|all)`;

interface CountPattern {
  re: RegExp;
  build: (m: RegExpExecArray) => Casualties;
}

function bounded(qualifier: string | undefined, n: number, text: string): Casualties {
  const q = (qualifier ?? '').toLowerCase();
  if (q === 'at least' || q === 'more than' || q === 'over') return { min: n, max: null, text, vague: false };
  if (q === 'up to' || q === 'nearly' || q === 'almost' || q === 'fewer than' || q === 'less than' || q === 'as many as') return { min: null, max: n, text, vague: false };
  // "about 40": ACLED codes the stated figure; the words stay in `text`.
  if (q === 'about' || q === 'around' || q === 'some' || q === 'roughly') return { min: n, max: n, text, vague: false };
  return { min: n, max: n, text, vague: false };
}

function patternsFor(kind: string): CountPattern[] {
  return [
    {
      // "between 20 and 30 people were killed", "20 to 30 killed"
      re: new RegExp(String.raw`\b(?:between\s+)?(${NUMBER_WORD})\s+(?:and|to|-)\s+(${NUMBER_WORD})\s+${PEOPLE}(?:were\s+|have been\s+|had been\s+)?${kind}\b`, 'iu'),
      build: (m) => {
        const a = parseNumber(m[1]!);
        const b = parseNumber(m[2]!);
        return a !== null && b !== null ? { min: Math.min(a, b), max: Math.max(a, b), text: m[0], vague: false } : null;
      },
    },
    {
      // "put the death toll at between 200 and 400", "the toll rose to 32",
      // "the death toll is at least nine", "the number of people killed in Wednesday's attack … rose to 25"
      re: new RegExp(String.raw`\b(?:toll|number of (?:people |those )?(?:killed|dead))\b[^.]{0,160}?\b(?:at|of|to|reached|is|was)\s+(${QUALIFIER}\s+)?(?:between\s+)?(?!an?\s+(?!hundred\b|dozen\b))(${NUMBER_WORD})(?:\s+(?:and|to)\s+(${NUMBER_WORD}))?\b`, 'iu'),
      build: (m) => {
        const a = parseNumber(m[2]!);
        const b = m[3] ? parseNumber(m[3]) : null;
        if (a === null) return null;
        return b !== null ? { min: Math.min(a, b), max: Math.max(a, b), text: m[0], vague: false } : bounded(m[1]?.trim(), a, m[0]);
      },
    },
    {
      // "the dead ranged from 200 to 400", "estimates from 200 to 400 killed"
      re: new RegExp(String.raw`\b${kind}\b[^.]{0,60}?\bfrom\s+(${NUMBER_WORD})\s+to\s+(${NUMBER_WORD})\b`, 'iu'),
      build: (m) => {
        const a = parseNumber(m[1]!);
        const b = parseNumber(m[2]!);
        return a !== null && b !== null ? { min: Math.min(a, b), max: Math.max(a, b), text: m[0], vague: false } : null;
      },
    },
    {
      // "killing five", "killed at least 11 people", "wounding 12"
      re: new RegExp(String.raw`\b${kind}\b\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\b`, 'iu'),
      build: (m) => {
        const n = parseNumber(m[2]!);
        return n === null ? null : bounded(m[1]?.trim(), n, m[0]);
      },
    },
    {
      // "at least 11 truffle hunters were killed", "Forty-two people died", "death of at least 11"
      re: new RegExp(String.raw`(?<!\bno\s)\b(${QUALIFIER}\s+)?(${NUMBER_WORD})${NOT_ARTICLE_COUNT}${NOT_A_COUNT}\s+${PEOPLE}(?:were\s+|was\s+|(?:have|had)\s+(?:now\s+|since\s+|reportedly\s+)?been\s+|are\s+(?:now\s+)?)?(?:reported\s+|found\s+|confirmed\s+)?${kind}\b`, 'iu'),
      build: (m) => {
        const n = parseNumber(m[2]!);
        return n === null ? null : bounded(m[1]?.trim(), n, m[0]);
      },
    },
    {
      // "stabbing three people to death", "beat two men to death"
      re: new RegExp(String.raw`\b(?:stabb(?:ed|ing)|beat(?:en|ing)?|hack(?:ed|ing)|burn(?:ed|ing|t)|shoot(?:ing)?|shot|crush(?:ed|ing))\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\s+${PEOPLE}to death\b`, 'iu'),
      build: (m) => {
        const n = parseNumber(m[2]!);
        return n === null || !/death/.test(kind) ? null : bounded(m[1]?.trim(), n, m[0]);
      },
    },
    {
      re: new RegExp(String.raw`\b${kind}\s+of\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\b`, 'iu'),
      build: (m) => {
        const n = parseNumber(m[2]!);
        return n === null ? null : bounded(m[1]?.trim(), n, m[0]);
      },
    },
  ];
}

const ORDINALS: Record<string, number> = {
  ...{ second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 },
  ...{ eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20 },
};
/** "A second Chinese soldier died of his wounds", "a seventh victim of the Jaffa shooting has died": the toll is now that ordinal. */
const NTH_DEATH_RE = new RegExp(
  String.raw`\b(?:an?|the) (${Object.keys(ORDINALS).join('|')}) (?:[\p{L}-]+ ){0,3}(?:of (?:the )?(?:[\p{L}'’-]+ ){1,3})?(?:has |had |later )?(?:died|was killed|succumbed)\b`,
  'iu',
);

/** "A second commando died when he stepped on a mine": told as an incident of its own, the ordinal is one death. */
export function asOwnToll(toll: Casualties): Casualties {
  return toll && NTH_DEATH_RE.test(toll.text) ? { ...toll, min: 1, max: 1 } : toll;
}

const TOLL_UPDATE_RES = [
  new RegExp(String.raw`\b(?:death toll|toll|number of (?:dead|people killed))\b[^.]{0,160}?\b(?:rose|risen|climbed|increased|jumped|reached|grew)\s+to\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\b`, 'iu'),
  new RegExp(String.raw`\b(?:raised|revised|updated)\s+(?:the\s+)?(?:death\s+)?toll\b[^.]{0,40}?\bto\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\b`, 'iu'),
  new RegExp(String.raw`\b(?:later|since|subsequent|following|final|updated|revised)\b[^.]{0,60}\bput (?:the|its) (?:death )?toll at\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\b`, 'iu'),
  // "the confirmed toll was 40": an authoritative figure replaces the first reports.
  new RegExp(String.raw`\b(?:confirmed|final|official|updated|revised|latest)\s+(?:death\s+)?toll\s+(?:was|is|stood at|stands at|had reached|reached)\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\b`, 'iu'),
  // "Hospitals update: the dead now number 11".
  new RegExp(String.raw`\bthe dead (?:now )?(?:number|total)\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\b`, 'iu'),
];

/** "The toll rose to seven", "a second soldier died of his wounds": a later, higher count for the same incident. */
export function parseTollUpdate(sentence: string): Casualties {
  const nth = NTH_DEATH_RE.exec(sentence);
  if (nth) {
    const n = ORDINALS[nth[1]!.toLowerCase()]!;
    return { min: n, max: n, text: nth[0], vague: false };
  }
  // Cheap gate: every pattern needs "toll" or "number".
  if (!/toll|number/i.test(sentence)) return null;
  const m = TOLL_UPDATE_RES.reduce<RegExpExecArray | null>((found, re) => found ?? re.exec(sentence), null);
  if (!m) return null;
  const n = parseNumber(m[2]!);
  return n === null ? null : bounded(m[1]?.trim(), n, m[0]);
}

/**
 * "four police officers and two road workers were killed", "killing one U.S. soldier and two
 * American contractors": the parts add up.
 */
const COORDINATED_BEFORE_RE = new RegExp(String.raw`\b()(${NUMBER_WORD})\s+(?:[\p{L}-]+\s+){1,3}and\s+(${NUMBER_WORD})\s+(?:[\p{L}-]+\s+){1,3}(?:were|had been|have been|was)\s+(?:\w+\s+)?${DEATH}\b`, 'iu');
const COORDINATED_AFTER_RE = new RegExp(String.raw`\b(?:killing|killed)\s+(${QUALIFIER}\s+)?(${NUMBER_WORD})\s+(?:[\p{L}.'’-]+\s+){0,2}[\p{L}'’-]+\s+and\s+(${NUMBER_WORD})\s+(?:[\p{L}.'’-]+\s+){0,2}[\p{L}'’-]+`, 'iu');

const WAS_HURT_RE = new RegExp(String.raw`\b(?:was|were)\s+${HURT}`, 'i');

function coordinatedCount(sentence: string): Casualties {
  const m = COORDINATED_BEFORE_RE.exec(sentence) ?? COORDINATED_AFTER_RE.exec(sentence);
  // "killed five soldiers and a civilian was wounded": the second group was hurt, not killed.
  if (!m || WAS_HURT_RE.test(m[0])) return null;
  const a = parseNumber(m[2]!);
  const b = parseNumber(m[3]!);
  return a === null || b === null ? null : bounded(m[1]?.trim(), a + b, m[0]);
}

/** "Arouri and six other people were killed": the named person and the others. */
const OTHERS_RE = new RegExp(String.raw`\b\p{Lu}[\p{L}'’-]+,?\s+and\s+(${NUMBER_WORD})\s+(?:others?|other people|of (?:his|her|their) [\p{L}-]+)(?:\s+people)?\s+(?:were|have been|had been)\s+killed\b`, 'u');

function othersCount(sentence: string): Casualties {
  const m = OTHERS_RE.exec(sentence);
  const n = m ? parseNumber(m[1]!) : null;
  return m && n !== null ? { min: n + 1, max: n + 1, text: m[0], vague: false } : null;
}

/**
 * "killed Mohammed Shahin, whom the military described as…", "killing Hallel and Yagel Yaniv,
 * brothers aged 21 and 19": people named after the verb, told apart from groups by the description that follows.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|bin\s+|de\s+)?\p{Lu}[\p{L}'’-]+){0,3}`;
const NAMED_VICTIMS_RE = new RegExp(String.raw`\b(?:killing|killed|assassinating|assassinated|shot dead|shooting dead|shot and killed|gunned down)\s+(${NAME})(?:\s+and\s+(${NAME}))?,\s+(?:a|an|the|whom|who|brothers|sisters|both|aged|\d)\b`, 'u');

function namedVictims(sentence: string): Casualties {
  const m = NAMED_VICTIMS_RE.exec(sentence);
  if (!m) return null;
  const n = m[2] ? 2 : 1;
  return { min: n, max: n, text: m[0], vague: false };
}

/** "Environmental activist Juan López was shot dead", "Sub-Inspector Adnan Qureshi, 32, was killed": one named person. */
const NAMED_DEATH_RE = new RegExp(String.raw`(?<!\b(?:[Tt]he|[Aa]n?|[Nn]o)\s)\b(?!(?:Nobody|None|No|One|It|He|She|This|That|Everyone|Everybody)\b)${NAME}(?:,\s+\d{1,3},)?\s+(?:was|has been|had been)\s+(?:shot dead|killed|assassinated|gunned down|shot and killed|(?:stabbed|beaten|hacked|burned|burnt) to death)\b`, 'u');

function namedDeath(sentence: string): Casualties {
  const m = NAMED_DEATH_RE.exec(sentence);
  return m ? { min: 1, max: 1, text: m[0], vague: false } : null;
}

/** "A Palestinian man, Sameh Aqtash, 37, was shot dead": one named or described person. */
const ONE_PERSON = '(?:man|woman|boy|girl|child|baby|teenager|soldier|officer|policeman|policewoman|civilian|journalist|reporter|student|worker|farmer|peacekeeper|guard|driver|fighter|militant|commander|resident|shepherd|doctor|nurse|teacher|protester|demonstrator|paramedic|settler|official|member|commando|priest|imam|pilot|hostage|gunman|attacker|assailant|constable|sergeant|jawan|trooper)';
const SINGLE_VICTIM_RE = new RegExp(String.raw`\b(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?${ONE_PERSON}\b(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)?(?:,[^,.;]{1,40}){0,3},?\s+(?:was|has been|had been)\s+(?:also\s+)?(?:shot dead|killed|shot and killed|(?:stabbed|beaten|stoned|hacked|burned|burnt) to death|lynched)\b`, 'iu');

function singleVictim(sentence: string): Casualties {
  const m = SINGLE_VICTIM_RE.exec(sentence);
  return m ? { min: 1, max: 1, text: m[0], vague: false } : null;
}

const FATALITY_PATTERNS = patternsFor(DEATH.replace('(?:', '(?:death|')); // "the death of at least 11"
const INJURY_PATTERNS = patternsFor(HURT);
/** Nobody hurt means nobody killed either: "no one was injured" is zero for both. */
const NONE_RE = /\bno (?:casualties|deaths|fatalities|injuries|one was (?:killed|hurt|injured))\b|\bwithout casualties\b|\b(?:no (?:one|people)|nobody) (?:was|were) (?:killed|hurt|injured)/i;
const NO_INJURIES_RE = /\bno (?:casualties|injuries|one was (?:hurt|injured))\b|\bwithout casualties\b|\bno (?:one|people) (?:was|were) (?:hurt|injured)/i;
const UNKNOWN_RE = /\bno (?:word|information|details|figures?|toll|count|numbers?) (?:on|about|of|for) (?:the )?(?:casualties|deaths|fatalities|dead|victims)\b/i;
const VAGUE_DEATH_RE = new RegExp(String.raw`\b(${VAGUE_WORDS.join('|')})\s+(?:[\p{L}-]+\s+){0,5}?(?:were\s+|are\s+)?${DEATH}\b|\b(?:killing|killed)\s+(?:at least\s+)?(several|dozens|scores|hundreds|many)\b|\b(several|multiple|heavy|many) (?:fatalities|casualties|deaths)\b|\bkill(?:ing|ed) and (?:wound|injur)(?:ing|ed) (several|dozens|scores|hundreds|many)\b`, 'iu');
/** Words that say people died without any number; used only when nothing more specific is written. */
const DEADLY_RE = /\b(?:deadly|fatal|lethal)\b/i;
const VAGUE_HURT_RE = new RegExp(String.raw`\b(several|dozens|scores|hundreds|many|numerous|some|multiple)\s+(?:[\p{L}-]+\s+){0,2}(?:were\s+)?${HURT}|\bkill(?:ing|ed) and (?:wound|injur)(?:ing|ed) (several|dozens|scores|hundreds|many)\b`, 'iu');

function firstMatch(patterns: CountPattern[], text: string): Casualties {
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (m) {
      const c = p.build(m);
      if (c) return c;
    }
  }
  return null;
}

/** "…, in which five soldiers also died": a second group of dead in the same sentence adds to the first. */
const ALSO_KILLED_RE = new RegExp(String.raw`\b(${NUMBER_WORD})\s+(?:[\p{L}-]+\s+){0,3}?(?:also (?:died|were killed)|were also killed)\b`, 'iu');

/**
 * "…killed 18 members of a commando that attacked the palace, and one soldier died in the
 * fighting": a clause of its own with another group's dead in the same fight adds to the first
 * count ("two of them died" would be part of it, not more).
 */
const SECOND_GROUP_DIED_RE = new RegExp(String.raw`[,;]\s+(?:and|while)\s+(${NUMBER_WORD})\s+(?!of\b)(?:[\p{L}-]+\s+){0,3}?(?:died|(?:was|were|had been|have been) killed)\s+(?:in|during)\s+the\s+(?:fighting|clash(?:es)?|attack|battle|gunfight|exchange of fire|shootout)\b`, 'iu');

/** "killing eight commandos and their civilian driver", "five Maoists were killed, … along with a head constable": one more. */
const AND_ONE_MORE_RE = new RegExp(String.raw`^[^.;]{0,60}?\b(?:and|along with|as well as)\s+(?:their|his|her|its|a|an|one)\s+(?:[\p{L}'’-]+\s+){0,3}?${ONE_PERSON}\b(?!\s+(?:was|were|had been|has been|is)\b)`, 'iu');

/**
 * "…killing 14, before opening fire on officers, who shot him dead", "…and then shot himself",
 * "54 people had been killed, not including the bomber": the lone attacker died too, and ACLED counts him.
 */
export const LONE_ATTACKER_DIED_RE = /\b(?:who|police|officers|troops|soldiers|guards) (?:then |later )?(?:shot|killed) (?:him|her) (?:dead\b)?|\bbefore (?:being|he was|she was) (?:shot dead|killed|shot and killed)\b|\b(?:then |later )?(?:shot|killed) (?:himself|herself)\b|\bturn(?:ed|ing) the gun on (?:himself|herself)\b|\bnot (?:including|counting) the (?:suicide )?(?:bomber|attacker|gunman|assailant|shooter)\b/i;

/** "Three of the gunmen were shot dead; the fourth was captured wounded and died in hospital." */
const THE_LAST_ONE_DIED_RE = /^[^.]{0,40}?[;,]\s+(?:and\s+)?the (?:second|third|fourth|fifth|sixth|other|last)\b[^.;]{0,60}?\b(?:died|was killed|was shot dead)\b/i;

function withAlsoKilled(counted: NonNullable<Casualties>, sentence: string): Casualties {
  const after = sentence.slice(sentence.indexOf(counted.text) + counted.text.length);
  const attackerToo = counted.vague || counted.min === null ? null : LONE_ATTACKER_DIED_RE.exec(after);
  if (attackerToo) return plusOne(counted, attackerToo[0]);
  const lastOne = counted.vague || counted.min === null ? null : THE_LAST_ONE_DIED_RE.exec(after);
  if (lastOne) return plusOne(counted, lastOne[0]);
  const oneMore = counted.vague || counted.min === null ? null : AND_ONE_MORE_RE.exec(after);
  if (oneMore) return plusOne(counted, oneMore[0], '');
  const second = counted.vague || counted.min === null ? null : SECOND_GROUP_DIED_RE.exec(after);
  const more = second ? parseNumber(second[1]!) : null;
  if (second && more !== null) return plusCount(counted, more, second[0]);
  const also = ALSO_KILLED_RE.exec(sentence);
  const n = also ? parseNumber(also[1]!) : null;
  if (!also || n === null || sentence.indexOf(counted.text) + counted.text.length > also.index) return counted;
  const plus = (a: number | null) => (a === null ? null : a + n);
  return { min: plus(counted.min), max: plus(counted.max), text: `${counted.text}; ${also[0]}`, vague: false };
}

function plusOne(counted: NonNullable<Casualties>, why: string, joiner = '; '): Casualties {
  return plusCount(counted, 1, why, joiner);
}

function plusCount(counted: NonNullable<Casualties>, n: number, why: string, joiner = '; '): Casualties {
  const more = (a: number | null) => (a === null ? null : a + n);
  return { min: more(counted.min), max: more(counted.max), text: `${counted.text}${joiner}${why}`, vague: false };
}

/** Police say "dozens" were killed: a quoted vague word is still that word (same length, so offsets hold). */
const QUOTED_VAGUE_RE = /["“”‘’](several|dozens|scores|hundreds|many|a few|some)["“”‘’]/gi;

function plain(text: string): string {
  return blankDateline(text).replace(QUOTED_VAGUE_RE, ' $1 ');
}

/** The deaths a sentence states: a count, a bound, a stated zero, a vague word, or null. */
export const parseFatalities = rememberRecent(countFatalities, (text: string) => text);

function countFatalities(text: string): Casualties {
  const sentence = plain(text);
  if (UNKNOWN_RE.test(sentence)) return null;
  const nth = NTH_DEATH_RE.exec(sentence);
  if (nth) return { min: ORDINALS[nth[1]!.toLowerCase()]!, max: ORDINALS[nth[1]!.toLowerCase()]!, text: nth[0], vague: false };
  const counted = coordinatedCount(sentence) ?? othersCount(sentence) ?? firstMatch(FATALITY_PATTERNS, sentence) ?? singleVictim(sentence) ?? namedVictims(sentence) ?? namedDeath(sentence);
  if (counted) return withAlsoKilled(counted, sentence);
  const none = NONE_RE.exec(sentence);
  if (none) return { min: 0, max: 0, text: none[0], vague: false };
  const vague = VAGUE_DEATH_RE.exec(sentence) ?? DEADLY_RE.exec(sentence);
  if (vague) return { min: null, max: null, text: vague[0], vague: true };
  return null;
}

export const parseInjured = rememberRecent(countInjured, (text: string) => text);

function countInjured(text: string): Casualties {
  const sentence = plain(text);
  const counted = firstMatch(INJURY_PATTERNS, sentence);
  if (counted) return counted;
  const none = NO_INJURIES_RE.exec(sentence);
  if (none) return { min: 0, max: 0, text: none[0], vague: false };
  const vague = VAGUE_HURT_RE.exec(sentence);
  if (vague) return { min: null, max: null, text: vague[0], vague: true };
  return null;
}
