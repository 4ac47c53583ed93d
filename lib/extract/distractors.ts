/**
 * Sentences that mention violence without reporting an incident: history and anniversaries,
 * generic threats and patterns, aggregate tolls, forecasts and intentions, statements about an
 * incident already reported. Each pattern names the kind of sentence it stands for.
 */
import { rememberRecent } from './remember';

export type RejectReason = 'history' | 'threat' | 'aggregate' | 'forecast' | 'statement' | 'background';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

const THREAT_RE = /\b(?:threaten(?:s|ed)? to|continues? to pose|pose[sd]? (?:a|an ongoing) threat|pattern of|ongoing (?:risk|threat|tensions)|remains? a (?:threat|danger)|threat posed|risk posed|raises? concerns)\b/i;
const AGGREGATE_RE = new RegExp(
  String.raw`\b(?:since the (?:start|beginning|outbreak|onset) of|since (?:the )?(?:war|conflict|coup|fighting|uprising|invasion|unrest|protests|crisis) (?:began|started|erupted)|(?:bloodiest|deadliest) (?:day|week|month|year)|since the (?:war|conflict|coup|invasion)\b|so far this year|earlier this year|over the (?:past|last) (?:\w+ )?(?:days|months|years|weeks|decade)|in recent (?:months|years|weeks)|(?:dozens|hundreds|scores|thousands) of (?:attacks|strikes|raids)|more than \d[\d,]* (?:attacks|strikes|raids)|since (?:${MONTHS}|mid-(?:${MONTHS})|last year|then)|in (?:two|three|several) days of|began (?:a |an |its |their )?(?:air ?strikes|strikes|attacks|campaign|offensive|bombing|raids))\b|^(?:The|This) (?:fighting|war|conflict|violence|unrest|crisis|insurgency) (?:has|have)\b`,
  'i',
);
const FORECAST_RE = /\b(?:could|might|would|will|may) (?:launch|attack|strike|escalate|face|lead|spark|continue|retaliate|respond)\b|\bexpect(?:s|ed)? (?:[\w-]+ ){0,5}?to (?:keep|continue|launch|attack|fight|escalate|intensify|increase|rise|worsen|resume|spread)\b|\b(?:is|was|are|were) (?:highly |very |most )?(?:likely|unlikely)\b|\bwould (?!have been\b)(?:return|continue|hold|stage|march|protest|resume|attack|strike|rise|be (?:held|investigated))\b|\b(?:were|was|are|is) planned\b|\bwould (?:defend|respect|fight|resist|retaliate|respond)\b|\b(?:plans? to|planned to|planning to|plotting to|threatened to|vowed (?:to|that)|intends? to|warned (?:of|that)|is due to|are due to|was due to|promised to|pledged to|to prepare (?:a|an|for)|preparing (?:a|an|for))\b/i;
const STATEMENT_RE = /\b(?:condemned|condemning|denounced|sent condolences|expressed condolences|offered condolences|called for|demanded|denied|rejected the|disputed|dismissed the|described (?:the|it)|called (?:the|it|them)\b(?! (?:emergency|police|army|hotline|fire brigade|in|up|out|off|back)\b)|blamed \w+ for|the first time|was responsible for planning|no (?:group|one) (?:has|had) (?:yet )?claimed|in (?:his|her|a) (?:nightly )?(?:video )?(?:address|speech)|press conference|\b(?:they|officials|police|authorities|the army|the military) suspected\b|concerned (?:by|about|over)|alarmed|reports of|accounts of|reserved the right)\b/i;
/** Descriptions of groups and places, not events. */
const BACKGROUND_RE = /\b(?:recruited|hired|paid|trained)\b[^.]{0,40}\bto carry out\b|\bto (?:escape|flee) the (?:fighting|violence|clashes|attacks?|shelling|bombing)\b|\b(?:made up of|consists of|was formed|founded in|one of the first places|could be heard|were heard|rang out|echoed|heard (?:heavy |sporadic |loud )?(?:gunfire|explosions|blasts|shooting)|(?:protect|defend|guard)\w* (?:\w+ ){0,4}(?:from|against) (?:an? )?(?:attacks?|raids?))\b/i;
const HISTORY_RE = /(?<!\b(?:marking|commemorating|to mark|to commemorate|marked) (?:the )?(?:\w+ )?)\banniversary\b|\bfor (?:years|decades|generations)\b|\b(?:a|one|two|three|several) (?:years?|months) after\b|\bearlier (?:waves?|rounds?|bouts?|phases?) of\b|\blast year\b|\bat the time\b|\bpreviously\b|\bformerly\b|\bearlier in the (?:war|conflict|year)\b|\bin the (?:days|weeks|months) (?:before|leading up to)\b|\b(?:years|decades?) ago\b|\buntil (?:recently|(?:a few|several|two|three|some) (?:days|weeks|months) ago)\b|\bin the (?:early |late |mid-)?(?:19|20)\d0s\b|\byears since\b|\bwas the scene of\b|\b(?:more than|nearly|almost|over) (?:a|one|two|three|\w+) (?:years?|months?) (?:after|since)\b/i;
/** A year with no day or month before it ("in 2011", "since 2016"): history unless it is this year. */
const BARE_YEAR_RE = new RegExp(String.raw`\b(?:in|since|during|from|of|by|until) (?:(?:early|late|mid-?)\s?)?(?:(?:${MONTHS})\s+)?((?:19|20)\d\d)\b`, 'gi');
/** Any year, e.g. "In October 2021", "on 9 May 2023". */
const ANY_YEAR_RE = /\b((?:19|20)\d\d)\b/g;

/** Words that make a toll or a count of attacks a running total rather than one incident. */
const TOTAL_CUE_RE = /\b(?:so far|to date|in total|in all|a total of|overall|nationwide|each year|every year|annually|per day|a day on average|on average|tens of thousands|hundreds of thousands|across the (?:country|region)|over the (?:past|last|course of)|in the (?:past|last) (?:\d+|few|two|three|several) (?:days|weeks|months)|since the (?:war|conflict|start|beginning|fighting|offensive)|during the (?:war|conflict))\b/i;
const COUNT_RE = /\b(?:killed|died|dead|deaths|wounded|injured|arrested|detained|attacks|strikes|raids|displaced|toll)\b/i;

/** "A wave of strikes" is a campaign, unless the sentence pins it to a day. */
const SERIES_RE = /\ba (?:string|wave|spate|series) of\b(?! (?:loud |powerful |large |huge )?(?:explosions|blasts))/i;
const DAY_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|yesterday|today|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Aa] few) days later|[Tt]he (?:next|following) day|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})\b/;
/** "In February, soldiers killed…" in an October report: an earlier month, told as background. */
const EARLIER_MONTH_RE = new RegExp(String.raw`^(?:In|Since|By|Until|During) (${MONTHS})\b(?! \d)`);

/** "The protests began in early July": how a movement started, unless it is pinned to a day. */
/** The words of violence, to tell in which clause of a sentence it is told. */
const VIOLENCE_RE = /\b(?:killed|killing|shot|attacked|attack|bombed|bombing|stabbed|clash(?:es|ed)?|fighting|fought|raided|abducted|kidnapped|shelled|struck)\b/i;
/** "in March", "in early March" without a day: a month named on its own. */
const IN_MONTH_RE = new RegExp(String.raw`\b[Ii]n (?:early |late |mid-)?(${MONTHS})\b(?! \d)`);
/** "The crisis began on April 22, when…": how a standoff started is background even with its day. */
const CRISIS_BEGAN_RE = /^The (?:crisis|standoff|stand-off|escalation|row|dispute|confrontation|tensions?) (?:began|started|erupted|was triggered)\b/i;
/** "Four days of hostilities, including…": a span summed up, at the head of its sentence. */
const SPAN_OF_FIGHTING_RE = /^(?:[\w-]+ ){1,2}(?:days|weeks|months|nights) of (?:hostilities|fighting|clashes|strikes|violence|unrest|protests|shelling|bombardment|air strikes)\b/i;
const BEGINNING_RE = /\b(?:protests|demonstrations|fighting|war|violence|unrest|clashes|insurgency|uprising|movement)\s+(?:began|started|erupted|broke out)\b/i;
/** Running tolls in the present perfect: "the crackdown has killed…", "…have been killed in the war". */
const RUNNING_TOLL_RE = /\b(?:exchanges|fighting|war|conflict|crackdown|unrest|violence|protests|clashes|insurgency)\b[^.]{0,40}\b(?:has|have) (?:killed|left)\b|\b(?:has|have) been (?:killed|wounded)\b[^.]{0,60}\b(?:crackdown|war|conflict|unrest|violence|protests|exchanges)\b/i;

/** "The ELN … has attacked police stations": what a group has done over time, unless pinned to a day. */
const PRESENT_PERFECT_RE = /\b(?:has|have) (?:repeatedly |often |frequently |long |also |previously )?(?:attacked|targeted|killed|carried out|fought|clashed|bombed|kidnapped|abducted|shelled)\b/i;
/** "By Friday, police had arrested more than 700 people in connection with the riots": a running count up to a day, over many events. */
const RUNNING_COUNT_RE = /^By (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|now|then|the end of|late|early|mid-)/i;
/** One incident's count rising ("By Sunday evening officials had put the number of dead at 38") is not a running count of many. */
const MANY_EVENTS_RE = /\b(?:riots|protests|unrest|violence|fighting|clashes|war|conflict|attacks|strikes|raids|operations|crackdown|offensive)\b/i;
/** "…since two of his aides were shot dead": the violence is in the clause that dates something else. */
const SINCE_CLAUSE_RE = /\bsince\b/i;
/** "…the massacre was revenge for a clash last week in which villagers killed several bandits": the cause told is an earlier event. */
const CAUSE_CLAUSE_RE = /\b(?:was|were) (?:revenge|retaliation|a reprisal) for\b/i;
/** The incident already told, named back as the subject: "the massacre", "Sunday's attack". */
const NAMED_BACK_RE = /\b(?:the|this|that|\w+'s) (?:\w+ )?(?:massacre|attacks?|killings?|raids?|bombings?|assault)\s*$/i;
/** The past perfect tells what happened before the story ("had captured the town"), unless it names the day. */
const PAST_PERFECT_RE = /(?<!\b(?:who|that|which|where|when)\s(?:\w+\s)?)\bhad (?:been )?(?:captured|seized|taken|fought|overrun|controlled|held|launched|carried out|expelled|driven out|occupied|besieged|attacked|targeted|bombed|shelled)\b/i;

/** "…, and warned that more might be found": what the reporter adds at the end is not the event's tense. */
const REPORTED_TAIL_RE = /,\s+and (?:said|warned|added|noted|cautioned) (?:that )?[^;]*$/i;
/** ", in the bloodiest day since the unrest began": a comparison appended to an incident, not a running total. */
/** "It was the second car bombing in Manbij in three days": a comment that counts, not an event. */
const COMMENT_RE = /^(?:It|This|That) (?:was|is|marked) (?:the|a) (?:\w+ )?(?:first|second|third|fourth|fifth|latest|deadliest|worst|bloodiest|biggest|largest|most)\b/i;
const SUPERLATIVE_TAIL_RE = /,[^,;]{0,25}\b(?:(?:bloodiest|deadliest|worst|biggest|largest|heaviest)\b|the first\b[^,;]*\bsince\b)[^,;]*$/i;
/** "…a weapon used against Tigrayan forces in the war that ended last year": what a relative clause recalls is not the sentence's news. */
const RELATIVE_CLAUSE_RE = /\b(?:that|which|who)\b[^,;.]*/gi;
/** An apposition that describes a place or group (", a town on the coast that militants had held for a decade"). */
const DESCRIBING_CLAUSE_RE = /,\s+(?:a|an|the)\s+[^,;.]*?\b(?:that|which|who)\b[^,;.]*/gi;
/** Only "who"/"which" surely open a relative clause; "that" may open what was said. */
const WHO_CLAUSE_RE = /\b(?:which|who)\b[^,;.]*/gi;

export const rejectReason = rememberRecent(reasonToReject, (text: string, year: number | null, month: number | null = null) => `${year}-${month}\u0000${text}`);

function reasonToReject(fullSentence: string, publishedYear: number | null, publishedMonth: number | null = null): RejectReason | null {
  const sentence = fullSentence.replace(REPORTED_TAIL_RE, '').replace(SUPERLATIVE_TAIL_RE, '');
  const mainClauses = sentence.replace(RELATIVE_CLAUSE_RE, '');
  if (COMMENT_RE.test(sentence.trim())) return 'statement';
  if (BEGINNING_RE.test(sentence) && !DAY_RE.test(sentence)) return 'history';
  if (CRISIS_BEGAN_RE.test(sentence)) return 'history';
  if (SPAN_OF_FIGHTING_RE.test(sentence)) return 'aggregate';
  // "…took Harardhere, a town that militants had controlled for a decade": what a relative clause describes is not the news.
  const described = sentence.replace(DESCRIBING_CLAUSE_RE, '');
  if (PAST_PERFECT_RE.test(described) && !DAY_RE.test(sentence)) return 'history';
  if (PRESENT_PERFECT_RE.test(described) && !DAY_RE.test(sentence)) return 'history';
  if (RUNNING_COUNT_RE.test(sentence.trim()) && COUNT_RE.test(sentence) && MANY_EVENTS_RE.test(sentence)) return 'aggregate';
  const since = SINCE_CLAUSE_RE.exec(sentence);
  if (since && !VIOLENCE_RE.test(sentence.slice(0, since.index)) && VIOLENCE_RE.test(sentence.slice(since.index))) return 'history';
  const cause = CAUSE_CLAUSE_RE.exec(sentence);
  if (cause && NAMED_BACK_RE.test(sentence.slice(0, cause.index))) return 'history';
  // "The insurgents briefly occupied the town in March", in an August report.
  const inMonth = IN_MONTH_RE.exec(sentence);
  if (inMonth && publishedMonth !== null && MONTHS.split('|').indexOf(inMonth[1]!) + 1 !== publishedMonth) return 'history';
  if (RUNNING_TOLL_RE.test(sentence) && !DAY_RE.test(sentence)) return 'aggregate';
  if (TOTAL_CUE_RE.test(sentence) && COUNT_RE.test(sentence)) return 'aggregate';
  if (SERIES_RE.test(sentence) && !DAY_RE.test(sentence)) return 'aggregate';
  const month = EARLIER_MONTH_RE.exec(sentence.trim());
  if (month && publishedMonth !== null && MONTHS.split('|').indexOf(month[1]!) + 1 !== publishedMonth) return 'history';
  if (THREAT_RE.test(sentence)) return 'threat';
  if (HISTORY_RE.test(mainClauses)) return 'history';
  if (publishedYear !== null) {
    const years = [...mainClauses.matchAll(ANY_YEAR_RE)].map((m) => Number(m[1]));
    if (years.length > 0 && years.every((y) => y < publishedYear)) return 'history';
  } else if ([...sentence.matchAll(BARE_YEAR_RE)].length > 0) {
    return 'history';
  }
  if (AGGREGATE_RE.test(sentence)) return 'aggregate';
  // "…bombers who planned to attack the airport": an intention in a relative clause describes someone.
  if (FORECAST_RE.test(sentence.replace(WHO_CLAUSE_RE, ''))) return 'forecast';
  if (STATEMENT_RE.test(sentence)) return 'statement';
  if (BACKGROUND_RE.test(sentence)) return 'background';
  return null;
}

const DIPLOMACY_RE = /\b(?:held (?:\w+ )?(?:talks|discussions)|met with|meeting|condolences|telephone call|phone call|summit|agreed on|underscores?|highlight(?:s|ed)|talks between|bilateral)\b/i;

/** Diplomacy: rejected unless a clause reports violence on its own ("following a deadly attack in X"). */
export function isDiplomatic(sentence: string): boolean {
  return DIPLOMACY_RE.test(sentence);
}

/** "The attack killed ten…", "in those strikes": a sentence that continues the incident before it. */
export const BACK_REFERENCE_RE = /\bthe (?:assault|attack|incident|killings?|raid|strike|bombing|shooting) (?:took place|happened|occurred)\b|\b(?:repelled|repulsed|foiled|thwarted) the (?:attack|assault|raid)\b|\b(?:confirmed|acknowledged|denied carrying out) (?:the|its) (?:\w+ )?(?:strike|attack|raid|bombing|operation)\b|\bthe (?:attack|assault|raid) (?:had been|was|has been) (?:repelled|repulsed|foiled|thwarted)\b|^(?:The|Both|All(?: \w+)?(?: of the)?) (?:attackers|assailants|gunmen|bombers|militants|fighters) (?:were|had been)\b|^(?:He|She) (?:was|had been) (?:later )?(?:shot dead|killed|shot and killed|arrested|captured|detained)\b|\b(?:one|two|three|four|five|six|\d+|all|several) of the (?:attackers|assailants|gunmen|militants|bombers)\b|\b(?:intercepted|shot down|downed|repelled|claimed) (?:them|it|both)\b|^(?:The|This|That|Such|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Both|Its|Their)\s+(?:\w+\s+)?(?:attacks?|incident|clash(?:es)?|strikes?|assault|violence|killings?|bombings?|blasts?|explosions?|fighting|raid|shelling|massacre)\b|\b(?:in|by|during|from) (?:those|these|the|that|this) (?:[\w-]+ ){0,2}(?:strikes?|attacks?|fighting|clashes|violence|blasts?|bombings?|raids?|assault|shelling)\b|\bthe (?:\w+ )?(?:strike|attack|bombing|blast|explosion|raid|massacre|assault|shelling|shooting)(?: on (?:the )?\w+(?: \w+)?)? (?:had |has |have )?(?:killed|left|claimed|wounded|injured)\b|\bthe (?:rockets?|missiles?|drones?|bombs?|car bomb|device|shells?|attack|strike|raid|assault) (?:was|were|had been|has been|have been) (?:an?|the|fired|launched|carried out|planted|detonated)\b/i;

/** "…have been killed in fighting": a toll that refers back, when the sentence names no place or actor. */
export const LOOSE_BACK_REFERENCE_RE = /\b(?:in|during) (?:fighting|clashes|the violence)\b/i;
