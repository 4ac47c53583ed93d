/**
 * Event detection: which ACLED event and sub-event type a sentence reports, from trigger phrases.
 * Rules are tried in order; the first that matches wins, so specific weapons come before generic
 * "attack" and "clash".
 */
import type { EventType, SubEventType } from '../incidents/schema';

export interface EventRule {
  event_type: EventType;
  sub_event_type: SubEventType;
  trigger: RegExp;
  /** Short noun for titles: "IS attack on truffle hunters". */
  noun: string;
}

export const EVENT_RULES: EventRule[] = [
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Chemical weapon', trigger: /\b(?:chemical (?:attack|weapons?)|sarin|chlorine (?:gas|attack)|nerve agent)\b/i, noun: 'chemical attack' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', trigger: /\bsuicide (?:bomb(?:er|ing)?s?|attack(?:er)?|car bomb(?:ing)?|vest)\b|\bblew (?:himself|herself|themselves) up\b/i, noun: 'suicide bombing' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', trigger: /\b(?:air ?strikes?|air raids?|drone (?:strikes?|attacks?)|(?:warplanes?|jets|aircraft|helicopters?) (?:struck|bombed|hit|targeted)|bombed from the air|airstrikes?)\b/i, noun: 'air/drone strike' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', trigger: /\b(?:shell(?:ing|ed|s)|artillery|mortars?|rockets?|missiles?|barrage)\b/i, noun: 'shelling' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', trigger: /\b(?:IEDs?|roadside bombs?|landmines?|land mines?|car bombs?|explosive devices?|bomb (?:exploded|went off|blast)|blast|explosion|detonated)\b/i, noun: 'bombing' },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', trigger: /\bgrenades?\b/i, noun: 'grenade attack' },
  { event_type: 'Violence against civilians', sub_event_type: 'Sexual violence', trigger: /\b(?:raped|rape|sexual (?:violence|assault))\b/i, noun: 'sexual violence' },
  { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance', trigger: /\b(?:abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?|taken hostage|seized \d+ (?:people|civilians))\b/i, noun: 'abduction' },
  { event_type: 'Riots', sub_event_type: 'Mob violence', trigger: /\b(?:mob|lynch(?:ed|ing)?|vigilantes?)\b/i, noun: 'mob violence' },
  { event_type: 'Riots', sub_event_type: 'Violent demonstration', trigger: /\b(?:riot(?:s|ers|ing)?|protesters (?:torched|set fire|threw stones|clashed)|torched)\b/i, noun: 'riot' },
  { event_type: 'Protests', sub_event_type: 'Excessive force against protesters', trigger: /\b(?:fired (?:live ammunition |live rounds )?(?:on|at|into) (?:protesters|demonstrators|crowds?))|(?:protesters|demonstrators) (?:were )?(?:shot|killed)\b/i, noun: 'force against protesters' },
  { event_type: 'Protests', sub_event_type: 'Protest with intervention', trigger: /\b(?:dispersed|tear gas|water cannon|rubber bullets)\b/i, noun: 'protest' },
  { event_type: 'Protests', sub_event_type: 'Peaceful protest', trigger: /\b(?:protest(?:ed|ers|s)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ied|ies)|marched|sit-in)\b/i, noun: 'protest' },
  { event_type: 'Battles', sub_event_type: 'Government regains territory', trigger: /\b(?:recaptured|retook|regained control|retaken|liberated)\b/i, noun: 'recapture' },
  { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', trigger: /\b(?:seized control of|took control of|captured the (?:town|city|village)|overran|overrun)\b/i, noun: 'takeover' },
  { event_type: 'Battles', sub_event_type: 'Armed clash', trigger: /\b(?:clash(?:es|ed)?|fighting|fought|battles?|firefights?|gun ?battles?|encounter|repelled an attack|ambush(?:ed)?|offensive against)\b/i, noun: 'clash' },
  { event_type: 'Strategic developments', sub_event_type: 'Arrests', trigger: /\b(?:arrested|detained|rounded up)\b/i, noun: 'arrests' },
  { event_type: 'Strategic developments', sub_event_type: 'Agreement', trigger: /\b(?:ceasefire|truce|peace (?:deal|agreement)|prisoner (?:swap|exchange)) (?:was |were )?(?:signed|agreed|reached|announced|took effect|exchanged)\b|\bsigned a (?:ceasefire|truce|peace)\b/i, noun: 'agreement' },
  { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', trigger: /\b(?:looted|looting|ransacked|plundered|burned down|razed)\b/i, noun: 'looting' },
  { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use', trigger: /\b(?:defused|intercepted|shot down|dismantled (?:an? )?(?:IED|bomb))\b/i, noun: 'interception' },
  { event_type: 'Violence against civilians', sub_event_type: 'Attack', trigger: /\b(?:attack(?:ed|s)?|massacre|shot dead|gunned down|executed|stabbed|opened fire|killed|killing|slain)\b/i, noun: 'attack' },
];

export function detectEvent(sentence: string): EventRule | null {
  for (const rule of EVENT_RULES) if (rule.trigger.test(sentence)) return rule;
  return null;
}
