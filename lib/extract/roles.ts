/**
 * Who did what to whom, ACLED-style: actor roles from the sentence's shape, the event type refined
 * by who is involved (civilians harmed → violence against civilians; territory taken by the state →
 * regained), and crowds coded as protesters or rioters.
 */
import type { Actor, Incident } from '../incidents/schema';
import { UNIDENTIFIED, type ActorMention } from './actors';
import type { EventRule } from './events';

/** "attacks by X", "killed by X", "blamed on X": the agent of a passive or nominal event. */
const BY_AGENT_RE = /\b(?!(?:accompanied|backed|supported|led|joined|escorted|aided|assisted|flanked|reinforced|armed|trained|funded)\b)(?:[a-z]+ed|attacks?|strikes?|raids?|assaults?|offensive|bombardment|shelling|ambush)\s+(?:\w+\s+)?by\s|\bblamed on\s/i;
/** Two sides named together ("fighting between the army and the RSF", "X and Y signed") are opponents, not allies. */
const OPPONENT_EVENTS = new Set(['Armed clash', 'Agreement']);

/** Events whose initiator ACLED records as "Unidentified Armed Group" when the text names none. */
const NEEDS_PERPETRATOR = new Set(['Attack', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb', 'Abduction/forced disappearance', 'Sexual violence']);

/**
 * Roles from the sentence's shape. Actors named before the event word, or after "by", initiate it
 * (actor1, then associated); actors after it are the other side (actor2, then associated). In
 * "X repelled an attack by Y and Z", Y initiates, Z is associated and X is the other side. With no
 * initiator named for an attack, ACLED's "Unidentified Armed Group" stands in.
 */
export function assignRoles(scope: string, rule: EventRule, mentions: ActorMention[], victims: string | null): Actor[] {
  const unique = mentions.filter((m, i) => mentions.findIndex((o) => o.name === m.name) === i);
  const by = BY_AGENT_RE.exec(scope);
  const trigger = rule.trigger.exec(scope);
  const pivot = by ? by.index : (trigger?.index ?? scope.length);
  const initiators = by ? unique.filter((m) => m.start >= by.index) : unique.filter((m) => m.start < pivot);
  const others = unique.filter((m) => !initiators.includes(m));
  if (initiators.length === 0 && NEEDS_PERPETRATOR.has(rule.sub_event_type) && (others.length > 0 || victims)) {
    initiators.push({ name: UNIDENTIFIED, category: 'Political militias', start: 0, end: 0 });
  }
  if (OPPONENT_EVENTS.has(rule.sub_event_type) && others.length === 0 && initiators.length >= 2) others.push(initiators.splice(1, 1)[0]!);
  // "Fighting between the army and the RSF": with nobody named before the event, the first two named after it are its sides.
  if (OPPONENT_EVENTS.has(rule.sub_event_type) && initiators.length === 0 && others.length >= 2) initiators.push(others.shift()!);
  const actors: Actor[] = [];
  initiators.forEach((m, i) => {
    actors.push({ name: m.name, role: i === 0 ? 'actor1' : 'associated' });
  });
  others.forEach((m, i) => {
    actors.push({ name: m.name, role: i === 0 && initiators.length > 0 ? 'actor2' : i === 0 ? 'actor1' : 'associated' });
  });
  const victimEvent = VICTIM_EVENTS.has(rule.event_type) || VICTIM_SUB_EVENTS.has(rule.sub_event_type);
  if (victims && victimEvent && !actors.some((a) => a.name === 'Civilians')) actors.push({ name: 'Civilians', role: 'victim' });
  return actors;
}

/** Sub-event types in which the civilians a sentence names are victims (not bystanders or celebrants). */
const VICTIM_EVENTS = new Set(['Violence against civilians', 'Explosions/Remote violence', 'Riots']);
const VICTIM_SUB_EVENTS = new Set(['Armed clash']);

/** ACLED's coding of who does what: civilians attacked are "Violence against civilians", crowds are protesters or rioters. */
/** Canonical names of state forces ("Military Forces of Syria", "Police Forces of Kenya"). */
export const STATE_FORCES_RE = /^(?:Military|Police) Forces of /;

export const TWO_SIDES_RE = /\b(?:the two sides|both sides|the rival (?:forces|groups|factions))\b/i;
/** ACLED codes an attack on soldiers, bases or checkpoints as a battle: the target is armed. */
/** "Troops killed 27 Maoist insurgents": the dead are fighters, so it was a fight, not an attack on civilians. */
const FIGHTERS_KILLED_RE = /\b(?:killed|killing|shot dead|gunned down|neutrali[sz]ed|eliminated)\s+(?:all\s+|at least\s+|more than\s+|some\s+|about\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?|dozens of|scores of)\s+(?:[\w-]+\s+){0,2}?(?:militants|insurgents|fighters|rebels|gunmen|terrorists|jihadists|Maoists|bandits|separatists|attackers|assailants)\b/i;
const MILITARY_TARGET_RE = /\b(?:attack(?:ed|s)?|raided|stormed|overran)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:military|army|air|naval|police)?\s*(?:base|barracks|garrison|checkpoint|outpost|military post|army post|camp of the army|positions)\b|\b(?:attack(?:ed|s)?|ambushed|raided)\s+(?:the\s+|a\s+|an\s+)?(?:army|military|police|security forces'?|paramilitary)\s+(?:unit|patrol|convoy|detachment|post)s?\b/i;
const CIVILIANS_KILLED_RE = /\b(?:killed|killing|massacred|executed|shot dead|slaughtered)\s+(?:at least\s+|more than\s+|dozens of\s+|hundreds of\s+)?(?:[\w-]+\s+){0,2}?(?:civilians|villagers|residents|worshippers|passengers|children|women|farmers|herders|displaced people)\b/i;
/** "…killed at least 81 people when they stormed a village": a raid on a village that kills people, with no fight told, is an attack on them. */
const VILLAGE_RAID_RE = /\b(?:stormed|raided|swept through|rode into|overran)\s+(?:a|an|the|several|two|three|four)?\s*(?:[\w-]+\s+){0,2}?(?:villages?|towns?|markets?|communit(?:y|ies)|settlements?)\b(?!\s+(?:security|defen[cs]e|guards?|posts?|militias?|volunteers|chiefs?|heads?|councils?))/i;
const PEOPLE_KILLED_RE = /\bkill(?:ed|ing)\s+(?:at least\s+|more than\s+|about\s+|nearly\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+people\b/i;
const FIGHT_VERB_RE = /\b(?:fought|clashed|battled|battling|exchanged fire|fought back)\b/i;
/** Fire exchanged needs two sides, named or not. */
const EXCHANGE_OF_FIRE_RE = /\bexchange[sd]? (?:of )?(?:[\w-]+ ){0,5}fire\b/i;
/** "Heavy gunfire and loud explosions": a firefight, not a bombing. */
const GUNFIRE_AND_BLASTS_RE = /\bgunfire and (?:[\w-]+ )?(?:explosions|blasts)\b|\b(?:explosions|blasts) and (?:[\w-]+ )?gunfire\b/i;
const REMOTE_WEAPONS = new Set(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED']);
const FIGHT_RE = /\b(?:fought|fighting|clash(?:es|ed)?|battles?|gunfights?|exchanged fire|firefights?)\b/i;

export function refineEvent(scope: string, rule: EventRule, victims: string | null, armedActors: number, roles: Actor[]): Pick<Incident, 'event_type' | 'sub_event_type'> {
  // Territory changes hands: to state forces it is regained, to anyone else it is overtaken.
  const initiator = roles.find((a) => a.role === 'actor1')?.name ?? '';
  if (rule.sub_event_type === 'Non-state actor overtakes territory' && STATE_FORCES_RE.test(initiator)) return { event_type: 'Battles', sub_event_type: 'Government regains territory' };
  if (rule.sub_event_type === 'Government regains territory' && initiator && !STATE_FORCES_RE.test(initiator)) return { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' };
  // An "encounter" that harms civilians is an attack on them; two sides fighting stays a battle,
  // unless the sentence says outright that civilians were killed ("…in reprisal for clashes").
  if (rule.sub_event_type === 'Armed clash' && victims && armedActors <= 1 && (!FIGHT_RE.test(scope) || CIVILIANS_KILLED_RE.test(scope))) return { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
  if (rule.sub_event_type === 'Armed clash' && armedActors <= 1 && !FIGHT_RE.test(scope) && VILLAGE_RAID_RE.test(scope) && PEOPLE_KILLED_RE.test(scope)) return { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
  if (rule.sub_event_type === 'Attack' && !victims && (armedActors >= 2 || MILITARY_TARGET_RE.test(scope) || FIGHTERS_KILLED_RE.test(scope))) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  // "Gunmen fought back for hours…, and the army called in helicopter gunships": a battle with air support.
  if (REMOTE_WEAPONS.has(rule.sub_event_type) && ((armedActors >= 1 && FIGHT_VERB_RE.test(scope)) || EXCHANGE_OF_FIRE_RE.test(scope))) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  if (rule.sub_event_type === 'Remote explosive/landmine/IED' && GUNFIRE_AND_BLASTS_RE.test(scope)) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  // Gunmen who torch a police station are not a crowd: ACLED's riots need rioters.
  if (rule.sub_event_type === 'Violent demonstration' && ARMED_MEN_RE.test(scope) && !CROWD_RE.test(scope)) {
    return POLICE_OR_ARMY_SITE_RE.test(scope) ? { event_type: 'Battles', sub_event_type: 'Armed clash' } : { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' };
  }
  return { event_type: rule.event_type, sub_event_type: rule.sub_event_type };
}

const ARMED_MEN_RE = /\b(?:gunmen|armed men|militants|insurgents|rebels|jihadists|gang(?:s|sters)?|gang members|bandits|militiamen|fighters)\b/i;
const CROWD_RE = /\b(?:protest\w*|demonstrat\w*|crowds?|rioters?|riots?|mobs?|youths|students|supporters|marchers|residents)\b/i;
const POLICE_OR_ARMY_SITE_RE = /\b(?:police station|police post|police (?:sub)?station|barracks|military base|army base|checkpoint|garrison|prison|jail)\b/i;

/** Protesters and rioters are actors of their own events (ACLED actor types 6 and 5). */
export function crowdActors(event: Pick<Incident, 'event_type' | 'sub_event_type'>, actors: Actor[]): Actor[] {
  if (event.event_type !== 'Riots' && event.event_type !== 'Protests') return actors;
  const crowd = event.event_type === 'Riots' ? 'Rioters' : 'Protesters';
  // A named group rioting ("Israeli settlers rampaged") stays the initiator; ACLED does not rename it.
  const group = actors.find((a) => a.role === 'actor1' && !STATE_FORCES_RE.test(a.name) && a.name !== 'Protesters' && a.name !== 'Rioters' && a.name !== UNIDENTIFIED);
  if (event.event_type === 'Riots' && group) return actors;
  const others = actors.filter((a) => a.name !== 'Protesters' && a.name !== 'Rioters' && a.role !== 'victim');
  const forceFirst = event.sub_event_type === 'Excessive force against protesters';
  const state = others.filter((a) => STATE_FORCES_RE.test(a.name));
  if (forceFirst) return [...state.map((a, i) => ({ name: a.name, role: i === 0 ? 'actor1' : 'associated' }) as Actor), { name: crowd, role: 'actor2' }];
  return [{ name: crowd, role: 'actor1' }, ...state.map((a, i) => ({ name: a.name, role: i === 0 ? 'actor2' : 'associated' }) as Actor)];
}

