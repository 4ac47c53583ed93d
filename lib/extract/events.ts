/**
 * Event detection: which ACLED event and sub-event type a sentence reports, from trigger phrases
 * (ACLED Codebook 2023, §"Event types"). Rules are tried in order and the first match wins, so the
 * specific comes before the generic: an intercepted missile is "Disrupted weapons use" before it is
 * a missile attack, a suicide bombing before an explosion, a riot before a protest, and any of them
 * before the catch-all "Attack".
 */
import type { EventType, SubEventType } from '../incidents/schema';

export interface EventRule {
  event_type: EventType;
  sub_event_type: SubEventType;
  trigger: RegExp;
  /** Short noun for titles: "Islamic State attack on truffle hunters". */
  noun: string;
}

const PROTESTERS = `(?:protesters|protestors|demonstrators|crowds?|supporters|followers|students|marchers|youths)`;
/** Crowds that become rioters by what they do (ACLED "Violent demonstration"). */
export const RIOT_ACTS = String.raw`(?:smash(?:ed|ing) (?:\w+ )?windows|attacked|stormed|set fire|set (?:\w+ )?ablaze|set (?:[\w-]+ ){1,4}alight|(?:answered|responded|retaliated) with stones|torched|burned|burnt|ransacked|vandali[sz]ed|smashed|(?:threw|throwing|hurled|hurling) (?:stones|rocks|petrol bombs|molotov|missiles|bottles|bricks|fireworks|objects)|pelted|clashed with|forced (?:open|their way)|broke into|(?:broken|broke) through(?! police)|(?:tearing|tore|pulled|pulling) down|demolish(?:ed|ing)|looted|looting)`;

export const EVENT_RULES: EventRule[] = [
  { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use', trigger: /\b(?:intercepted|shot down|(?:destroyed|downed) (?:\d[\d,]*|[a-z]+) (?:[\w-]+ )?(?:drones|missiles|rockets|UAVs)|defused|dismantled (?:an? )?(?:IED|bomb|explosive)|(?:bomb|explosive device|IED) was (?:defused|found and)|air defen[cs]es? (?:units |systems )?(?:downed|destroyed|engaged|repelled))\b/i, noun: 'interception' },
  { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', trigger: /\b(?:fighters|forces|troops|rebels|militants|soldiers|insurgents|gunmen|gangs?|gang members|militiamen|jihadists)\b(?:[^.]{0,60}?)\b(?:marched|rolled|swept|moved|poured|stormed) into\b|\b(?:seized|captured|took) (?:control of )?(?:more than |at least |about )?(?:[\w-]+ ){0,3}(?:positions|posts|villages|heights|checkpoints|outposts)\b/i, noun: 'takeover' },
  { event_type: 'Strategic developments', sub_event_type: 'Arrests', trigger: /\b(?:arrested|detained)\b[^.]{0,80}\b(?:in connection with|on suspicion of)\b/i, noun: 'arrests' },
  { event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', trigger: /\b(?:burned|burnt|destroyed|laid down) (?:their|its) (?:weapons|arms|guns)\b/i, noun: 'change to group' },
  { event_type: 'Protests', sub_event_type: 'Protest with intervention', trigger: /\btear ?gas\b[^.]{0,60}\bdrones?\b|\bdrones?\b[^.]{0,60}\btear ?gas\b/i, noun: 'protest' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Chemical weapon', trigger: /\b(?:chemical (?:attack|weapons?|strike)|sarin|chlorine (?:gas|attack|bombs?)|nerve agent|toxic gas|poison(?:ous)? gas|gas attack)\b/i, noun: 'chemical attack' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', trigger: /\bsuicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|car bomb(?:ing)?|vest|drone)\b|\bblew (?:himself|herself|themselves) up\b|\bexplosive (?:belts|vests)\b|\b(?:(?:cars?|vehicles?|trucks?|vans?) (?:packed|laden|loaded|rigged|filled) with explosives|explosives-(?:laden|packed) (?:cars?|vehicles?|trucks?|vans?)) (?:rammed|drove|crashed|slammed|smashed)\b/i, noun: 'suicide bombing' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', trigger: /\b(?:air ?strikes?|air raids?|air force (?:strikes?|jets?|raids?|bombing)|aerial (?:bombardment|attack)s?|helicopters?\b[^.]{0,50}?\b(?:opened fire|fired on|strafed)|drones?(?! (?:were |are )?(?:overhead|hovering|circling|buzzing))|UAVs?|gunships?|(?:warplanes?|jets?|aircraft|helicopters?|bombers|planes) (?:have |has |had )?(?:struck|bombed|hit|targeted|attacked|fired|dropped)|bombed from the air|barrel bombs?|(?:an?|the|another) (?:Israeli|U\.S\.|US|American|Russian|Turkish|coalition|Pakistani|Jordanian|Egyptian|Iranian|Ukrainian|Syrian|Iraqi|Nigerian|Sudanese|Ethiopian) strike (?:hit|struck|killed|targeted|destroyed|on)\b)\b/i, noun: 'air/drone strike' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', trigger: /\b(?:pounded|bombarded|bombardment|shell(?:ing|ed|s)?|artillery|mortars?|rockets?|(?<!\b(?:threw|throwing|thrown|hurled|hurling)\s)missiles?|barrages?|howitzers?|Grads?|HIMARS)\b/i, noun: 'shelling' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', trigger: /(?<!\b(?:stun|smoke|tear[- ]gas|flash|sound|concussion|rocket-propelled|rocket propelled) )\bgrenades?\b/i, noun: 'grenade attack' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', trigger: /(?<!\barmed with (?:[\w-]+,? (?:and )?){0,5})\b(?:IEDs?|roadside bombs?|landmines?|land mines?|bombs?|explosive devices?|bombings?|blasts?|explosions?|exploded|detonated|booby[- ]trap(?:ped)?|blew up|blown up|(?:packed|laden|loaded|rigged|filled) with explosives|explosives-(?:laden|packed))\b/i, noun: 'bombing' },
  { event_type: 'Violence against civilians', sub_event_type: 'Sexual violence', trigger: /\b(?:raped|rapes?|sexual (?:violence|assault|abuse)|sexually assaulted|paraded (?:\w+ )?naked|(?:walk|walked|parade|paraded) naked|stripped naked)\b/i, noun: 'sexual violence' },
  { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance', trigger: /\b(?:abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken hostage|(?:took|seized) (?:\w+ ){0,2}hostages?|forcibly disappeared|(?:took|taken|carried off|marched off|led away) (?:away )?(?:at least |more than |about )?(?:\d+|[a-z]+-?[a-z]*|dozens of|hundreds of|scores of) (?:[a-z]+ )?(?:children|pupils|students|schoolchildren|schoolgirls|schoolboys|villagers|women|girls|boys|passengers|worshippers|residents|farmers))\b/i, noun: 'abduction' },
  // "…accelerated a small car into the back of a union procession": a ramming is an attack on the crowd, not a protest.
  { event_type: 'Violence against civilians', sub_event_type: 'Attack', trigger: /\b(?:drove|driven|driving|ploughed|plowed|accelerated|slammed|smashed|crashed) (?:a |an |his |her |the )?(?:[\w-]+ ){0,2}?(?:car|truck|vehicle|van|lorry|pickup|SUV) (?:[\w-]+ ){0,4}?into (?:the back of )?(?:a |the )?(?:[\w-]+ ){0,3}?(?:crowds?|procession|march|marchers|protesters|demonstrators|pedestrians|people|revellers|shoppers|market)\b/i, noun: 'attack' },
  { event_type: 'Riots', sub_event_type: 'Mob violence', trigger: /\b(?:mobs?\b|stoned to death|(?:hundreds|dozens|scores|thousands) of (?:local |angry |armed )?(?:men|residents|villagers|youths) (?:[\p{L}-]+ ){0,2}?(?:attacked|beat|stormed|lynched|set upon)\b|rampaged|went on a rampage|lynch(?:ed|ing|ings)?|vigilante (?:attack|killing)s?|beaten to death by (?:a )?(?:crowd|residents)|(?:a |the )?crowds? (?:[\p{L}-]+ ){0,8}?(?:beat|stoned|burned|burnt|lynched|killed|set fire to)\b[^.]{0,40}?\b(?:suspect|suspected|men|man|members|alleged|thie(?:f|ves))\p{L}*)/iu, noun: 'mob violence' },
  { event_type: 'Riots', sub_event_type: 'Violent demonstration', trigger: new RegExp(String.raw`\b(?:killed|shot dead|shot|attacked|beaten|stabbed) by (?:${PROTESTERS}|rioters)\b|(?<!\bin connection with the )\b(?:riots?|rioters|rioting)\b(?!\s+(?:police|squads?|gear|control|units?|officers)|\s+(?:were|was|have been|had been|are)\s+(?:jailed|sentenced|charged|convicted|prosecuted|arrested))|(?<!\b(?:from|into|on|at|among|in) (?:the |a )?)\b(?:${PROTESTERS}|(?:several |a few )?(?:thousands?|hundreds?|dozens?)(?: of)? (?:people|protesters|demonstrators|men|youths))\b[^.]{0,120}?\b${RIOT_ACTS}|\b(?:stormed|torched|ransacked|set fire to)\b[^.]{0,80}?\b(?:residence|parliament|Congress|presidential palace|palace|Supreme Court|ministry|embass(?:y|ies)|building|offices?|headquarters|police station|gates?)\b|\bburning (?:tyres|tires|barricades)\b|\b(?:police|officers)\s+(?:were\s+)?pelted with\b|\b(?:set on fire|set ablaze|torched) during (?:clashes|protests|riots|demonstrations|unrest)\b|\b(?:pulled|tore|knocked) down (?:the )?(?:[\w-]+ ){0,3}(?:barriers|barricades|fences|gates)\b`, 'i'), noun: 'riot' },
  { event_type: 'Protests', sub_event_type: 'Excessive force against protesters', trigger: new RegExp(String.raw`\b(?:fired|opened fire|shot)\b[^.]{0,40}?\b(?:on|at|into)\s+(?:the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?${PROTESTERS}|\b${PROTESTERS}\s+(?:were|was)\s+(?:shot|killed)|\b(?:killed|shot dead|shot and killed) (?:[\w-]+ ){0,2}?${PROTESTERS}|\b(?:killed|shot dead|died)\b[^.]{0,60}?\b(?:break up|broke up|disperse|dispersed|crack(?:ed)? down on)\b[^.]{0,30}?\b(?:protests?|demonstrations?|rall(?:y|ies)|marches|crowds?)\b`, 'i'), noun: 'force against protesters' },
  { event_type: 'Protests', sub_event_type: 'Protest with intervention', trigger: /\b(?:(?<!\b(?:they|crowds?|protesters|demonstrators|marchers|students) )dispersed(?! (?:peacefully|calmly|quietly|without|on their own|of their own))|tear ?gas|water cannons?|rubber bullets|baton[- ]charged|detained (?:\w+ )?(?:protesters|demonstrators))\b/i, noun: 'protest' },
  { event_type: 'Protests', sub_event_type: 'Peaceful protest', trigger: /\b(?:crowds?|supporters|hundreds|thousands)\b(?![^.]{0,80}\b(?:funerals?|burials?|prayers?|mourn\w*|celebrat\w*|match|concert|festival)\b)[^.]{0,60}?\b(?:gathered|massed|converged) (?:outside|in front of)\b|\b(?:protest(?:ed|ers|s|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ied|ies)|marched|marching|marches|marchers|sit-ins?|(?<!prayer )vigils?|took to the streets|poured into the streets|walked out of (?:classes|lectures|schools?|work)|staged a walkout)\b|\b(?:thousands|hundreds|crowds)\b[^.]{0,40}\bfilled\b[^.]{0,40}\b(?:square|streets|avenue)\b|\bgathered (?:outside|in front of)\b[^.]{0,60}\b(?:demanding|to demand|calling for|chanting)\b/i, noun: 'protest' },
  { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory', trigger: /\b(?:fell without a fight|without (?:a fight|resistance|firing a shot)|handed (?:[\w-]+ ){0,4}?over\b|withdrew from (?:the )?(?:town|city|base|positions?)|abandoned (?:their )?posts)\b/i, noun: 'handover of territory' },
  { event_type: 'Strategic developments', sub_event_type: 'Agreement', trigger: /\bagreed\b[^.]{0,40}?\b(?:to|on)\s+(?:an? |the )?(?:[\w-]+ )?(?:ceasefire|cease-fire|truce|peace|prisoner (?:swap|exchange))\b|\bagreed (?:on \w+ )?to (?:stop|halt|end|cease) (?:all )?(?:firing|fighting|hostilities|military action|attacks)\b|\bagreed (?:on \w+ )?to (?:hand over|surrender|withdraw from|evacuate)\b/i, noun: 'agreement' },
  { event_type: 'Strategic developments', sub_event_type: 'Arrests', trigger: /\b(?:arrested|captured|detained) (?:the )?(?:former )?(?:(?:prime minister|president|leader|commander|opposition leader|drug lord|son of) )?(?:[A-Z][\w'’-]+ ){1,3}/, noun: 'arrest' },
  // "…before guards regained control": order restored in a prison is not territory; regaining it needs "of" a place.
  { event_type: 'Battles', sub_event_type: 'Government regains territory', trigger: /\b(?:recaptured|retook|regained control(?! of (?:the )?(?:prison|jail|penitentiary|facility|situation|building))(?=\s+(?:of|over)\b)|retaken|liberated|(?:pushed|drove|driven) (?:[\w-]+ ){0,3}out of(?! (?:the |a )?(?:building|compound|premises|offices?|palace|square|streets?|hall|parliament|stadium|church|mosque)\b)(?! (?:[\w-]+ ){1,3}in (?:[\w-]+ ){0,2}(?:vehicles|cars|trucks|convoys?|helicopters?|ambulances?)\b)|(?:troops|soldiers|forces|army) (?:entered|moved into|raised (?:the|their) flag))\b/i, noun: 'recapture' },
  { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', trigger: /\b(?:(?:seized|took|taken|gained) (?:full |complete |effective )?control (?:of|over)|(?:fighters|rebels|militants|insurgents|jihadists) (?:entered|stormed into)|seized the (?:town|city|village|base)|captured the (?:town|city|village|base|border)|overran|overrun|fell to)\b/i, noun: 'takeover' },
  // "…and there was no fighting in the town": a fight denied is none.
  { event_type: 'Battles', sub_event_type: 'Armed clash', trigger: /(?<!\b(?:no|without|any)\s(?:serious |heavy |major |real )?)\b(?:clash(?:es|ed)?|fighting(?! for (?:his|her|their) li(?:fe|ves))|fought|battles?|battl(?:ed|ing)|firefights?|gun ?battles?|gunfights?|shoot-?outs?|exchanges? of fire|came under (?:[\w-]+ )?fire|encounters?|repelled|ambush(?:ed)?|offensive|assaults?|skirmish(?:es)?|exchanged fire|stormed)\b/i, noun: 'clash' },
  { event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', trigger: /\b(?:joined forces|formed an alliance|merged with|split from|pledged allegiance)\b/i, noun: 'change to group' },
  { event_type: 'Strategic developments', sub_event_type: 'Arrests', trigger: /\b(?:arrested|detained|rounded up(?! (?:their |the )?victims)|taken into custody)\b/i, noun: 'arrests' },
  { event_type: 'Strategic developments', sub_event_type: 'Agreement', trigger: /\b(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|prisoner (?:swap|exchange)|humanitarian (?:pause|corridor)|declaration)\b[^.]{0,60}?\b(?:signed|agreed|reached|announced|took effect|came into force|exchanged|brokered)\b|\bsigned (?:a|an|the) (?:ceasefire|truce|peace|declaration|deal|agreement|accord)\b/i, noun: 'agreement' },
  { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', trigger: /\b(?:looted|looting|ransacked|plundered|pillaged|burned down|razed|demolished|hijacked|set (?:[\w-]+ ){0,3}(?:on fire|ablaze|alight)|torched|(?:burned|burnt|set fire to|setting fire to|torching) (?:[\w-]+ ){0,3}(?:cars|vehicles|buses|houses|homes|shops|buildings|churches|a church|schools|mosques|a mosque|villages))\b/i, noun: 'looting' },
  { event_type: 'Strategic developments', sub_event_type: 'Headquarters or base established', trigger: /\b(?:established|set up|opened) (?:a |an |its |their )?(?:new )?(?:base|headquarters|outpost|military post)\b|\bkept (?:troops|forces|soldiers) (?:at|in) (?:[\w-]+ ){0,3}(?:positions|posts|outposts|bases)\b/i, noun: 'new base' },
  { event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', trigger: /\b(?:merged with|split from|pledged allegiance|announced (?:its|their) dissolution|suspended (?:its|their) (?:military )?(?:operations|attacks)|(?:appointed|named|swore in) (?:a )?new (?:military |army )?(?:high command|chief of staff|army chief|commander in chief))\b/i, noun: 'change to group' },
  { event_type: 'Strategic developments', sub_event_type: 'Other', trigger: /\b(?:inmates|prisoners|detainees) (?:\w+ )?(?:escaped|broke out|were freed)\b|\b(?:jailbreak|prison ?break|mass (?:jail|prison) ?break|mass escape)\b/i, noun: 'jailbreak' },
  { event_type: 'Strategic developments', sub_event_type: 'Other', trigger: /(?<!\bsince (?:the )?(?:[\w-]+ ){0,2})\b(?:seized power|staged a coup|coup attempt|attempted coup|overthrew|toppled the (?:president|government))\b/i, noun: 'coup' },
  { event_type: 'Violence against civilians', sub_event_type: 'Attack', trigger: /\b(?:attack(?:ed|s)?|massacred?|shot dead|gunned down|executed|stabbed|stabbings?|opened fire|fired (?:on|at)|killed|killing|slain|hacked to death|beheaded|shot and killed|burned alive|burned to death|rammed|ran over|tortured|raided|found dead|found (?:shot|murdered|beheaded|with gunshot wounds)|shots (?:were |had been |have been )?fired|shot at|fired upon|came under sniper fire|bodies (?:of [\w ]{1,40})?(?:were|was) (?:found|discovered))\b/i, noun: 'attack' },
];

export function detectEvent(sentence: string): EventRule | null {
  for (const rule of EVENT_RULES) if (rule.trigger.test(sentence)) return rule;
  return null;
}

/** The first rule of a sub-event type, for a scope whose reading is corrected after detection. */
export function ruleFor(subEventType: SubEventType): EventRule {
  const rule = EVENT_RULES.find((r) => r.sub_event_type === subEventType);
  if (!rule) throw new Error(`no event rule for sub-event type "${subEventType}"`);
  return rule;
}

/** Death words that say how many died, not what happened: "were killed", "died", "the dead". */
const DEATH_WORDS_RE = /\b(?:(?:were|was|had been|have been|has been|been|are|is)\s+(?:\w+\s+)?(?:(?:injured|wounded|hurt) or )?(?:killed|shot dead|found dead)|died|dead|deaths|death toll|(?:those|people) killed)\b/gi;
/** "…were killed by Islamic State fighters": a passive sentence that names its perpetrator tells an event. */
// "killed by Israeli fire", "by gunfire": fire is how they died, not who did it.
const BY_AGENT_RE = /\b(?:killed|shot dead)\s+by\b(?!\s+(?:[\w-]+\s+)?(?:fire|gunfire|live fire|live rounds|bullets)\b)/i;

/**
 * "Seventeen people were killed in Kathmandu and more than 400 injured, hospitals said": a sentence
 * whose only event words are deaths states a toll. It tells how an event ended; it is not one.
 */
export function isTollStatement(sentence: string): boolean {
  if (BY_AGENT_RE.test(sentence)) return false;
  const stripped = sentence.replace(DEATH_WORDS_RE, ' ');
  return stripped !== sentence && detectEvent(stripped) === null;
}
