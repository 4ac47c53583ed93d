import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../articles/parse';
import { loadGazetteer } from '../geocode/load';
import { IncidentSchema } from '../incidents/schema';
import { extractIncidents } from './extract';

const g = loadGazetteer();

function extract(file: string, text = readFileSync(file, 'utf8')) {
  const r = parseArticle(file, text);
  if (!r.ok) throw new Error(r.error);
  return extractIncidents(r.article, g);
}

describe('extractIncidents on seed 000', () => {
  const { incidents } = extract('seeds/000_685fd687c93636ea.txt');
  const text = readFileSync('seeds/000_685fd687c93636ea.txt', 'utf8');

  it('finds exactly the three incidents the article reports, each a valid record', () => {
    expect(incidents).toHaveLength(3);
    for (const i of incidents) expect(IncidentSchema.safeParse(i).success).toBe(true);
  });

  it('codes the IS attack on truffle hunters in Raqqa Governorate as an area-level attack on civilians', () => {
    const i = incidents.find((x) => x.source.quote.includes('truffle hunters'))!;
    expect(i.event_type).toBe('Violence against civilians');
    expect(i.sub_event_type).toBe('Attack');
    expect(i.actors).toEqual([{ name: 'Islamic State', role: 'actor1' }, { name: 'Civilians', role: 'victim' }]);
    expect(i.fatalities).toMatchObject({ min: 11, max: null, vague: false });
    expect(i.place).toMatchObject({ text: 'Raqa province', country: 'SY', level: 'admin1', geo_precision: 3 });
    expect(i.date).toBeNull();
  });

  it('codes the Deir ez-Zor clash as a battle with vague fatalities and both sides', () => {
    const i = incidents.find((x) => x.place.text === 'Deir ez-Zor')!;
    expect(i.event_type).toBe('Battles');
    expect(i.fatalities).toMatchObject({ min: null, max: null, vague: true, text: 'several fatalities' });
    const byRole = Object.fromEntries(i.actors.map((a) => [a.name, a.role]));
    expect(byRole['Iran-backed militias']).toBe('actor1');
    expect(byRole['Syrian Democratic Forces']).toBe('actor2');
    expect(byRole['Military Forces of Syria']).toBe('associated');
  });

  it('finds the deadly concert attack in Moscow inside a diplomatic sentence', () => {
    const i = incidents.find((x) => x.place.name === 'Moscow')!;
    expect(i.fatalities).toMatchObject({ vague: true, text: 'deadly' });
    expect(i.source.quote).toContain('deadly concert attack in Moscow');
  });

  it('keeps each incident evidence quote at its character offsets', () => {
    for (const i of incidents) expect(text.slice(i.source.start, i.source.end)).toBe(i.source.quote);
  });

  it('gives the same ids on every run', () => {
    expect(extract('seeds/000_685fd687c93636ea.txt').incidents.map((i) => i.id)).toEqual(incidents.map((i) => i.id));
  });
});

describe('extractIncidents on seed 002', () => {
  it('finds no incident in a diplomatic meeting report with history and a related-article line', () => {
    expect(extract('seeds/002_52d21b0ccbb26ab3.txt').incidents).toEqual([]);
  });
});

describe('unknown places', () => {
  it('keeps an incident at an unknown place as unresolved, with a warning', () => {
    const { incidents, warnings } = extract('x.txt', 'date 2024-05-02\n\nA bomb exploded in Xyzzyville on Tuesday, killing three people.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.place.geo_precision).toBeNull();
    expect(incidents[0]!.date).toBe('2024-04-30');
    expect(warnings.some((w) => w.includes('no known place'))).toBe(true);
  });

  it('places a neighbourhood the gazetteer lacks at the town its paragraph names, as near that town, keeping the name', () => {
    const { incidents, warnings } = extract('b.txt', 'date 2021-10-15\n\nBEIRUT - Lebanon mourned on Friday.\n\nThe worst street violence in Beirut in years broke out on Thursday. Snipers fired on a crowd at the Tayouneh roundabout, killing six people.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.place).toMatchObject({ name: 'Beirut', level: 'city', geo_precision: 2, unresolved: 'Tayouneh' });
    expect(warnings.some((w) => w.includes('"Tayouneh" is not in the gazetteer'))).toBe(true);
  });

  it('places "reports are coming in from Rangpur" at Rangpur: news from a place is not an origin', () => {
    const incidents = only('date 2024-07-16\n\n09:55 Students clashed with police in Dhaka on Monday, and the capital was calm this morning.\n\n14:50 Reports are coming in from Rangpur that police have opened fire on a student procession at the university gate.');
    expect(incidents.map((i) => i.place.name)).toEqual(['Dhaka', 'Rangpur']);
  });

  it('places a village the gazetteer lacks at the province its sentence names, keeping the village name', () => {
    const [massacre] = extract('k.txt', 'date 2022-12-01\n\nM23 rebels killed at least 131 civilians in the village of Kishishe, in North Kivu province, on Tuesday.').incidents;
    expect(massacre!.place).toMatchObject({ name: 'Nord-Kivu', level: 'admin1', geo_precision: 3, unresolved: 'Kishishe' });
  });
});

function only(text: string) {
  return extract('t.txt', text).incidents;
}

describe('extraction regressions', () => {
  it('lets a follow-up sentence fill in the toll of the incident before it, keeping both quotes', () => {
    const [i, ...rest] = only('date 2024-08-03\n\nA suicide bomber struck a beach restaurant in Mogadishu late on Friday. The attack killed 32 civilians and wounded 63, police said.');
    expect(rest).toHaveLength(0);
    expect(i!.sub_event_type).toBe('Suicide bomb');
    expect(i!.fatalities).toMatchObject({ min: 32, max: 32 });
    expect(i!.injured).toMatchObject({ min: 63, max: 63 });
    expect(i!.sources!.map((s) => s.quote)).toHaveLength(2);
  });

  it('takes the initiator from a claim in a later sentence', () => {
    const [i] = only('date 2022-10-30\n\nTwo car bombs exploded outside a ministry in Mogadishu on Saturday, killing at least 100 people.\n\nAl-Shabaab said it was behind the attack.');
    expect(i!.actors.find((a) => a.role === 'actor1')?.name).toBe('al-Shabaab');
    expect(i!.fatalities).toMatchObject({ min: 100, max: null });
  });

  it('codes protesters who storm a building as rioters in a violent demonstration', () => {
    const [i] = only('date 2024-06-26\n\nProtesters stormed the parliament building in Nairobi on Tuesday and set part of it on fire.');
    expect(i).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
    expect(i!.actors[0]).toEqual({ name: 'Rioters', role: 'actor1' });
  });

  it('does not report history with a month and year as an incident', () => {
    expect(only('date 2024-03-12\n\nIn October 2021, a gang kidnapped 17 missionaries east of Port-au-Prince.')).toEqual([]);
  });

  it('does not read a headline as an incident', () => {
    expect(only('date 2024-03-12\nDozens killed in attack on market in Maiduguri\n\nThe city was calm on Monday, officials said.')).toEqual([]);
  });

  it('places an incident at an unknown village in the province the article names, and says so', () => {
    const { incidents, warnings } = extract('t.txt', "date 2022-12-01\n\nM23 rebels took control of Congo's North Kivu province capital region last year.\n\nM23 fighters killed at least 131 civilians in Kishishe on Tuesday.");
    const killing = incidents.find((i) => i.fatalities?.min === 131)!;
    expect(killing.place).toMatchObject({ level: 'admin1', country: 'CD', geo_precision: 3 });
    expect(warnings.some((w) => w.includes('"Kishishe" is not in the gazetteer'))).toBe(true);
  });

  it('names a group once when a generic word follows its name ("Islamic State gunmen")', () => {
    const [i] = only('date 2024-05-02\n\nIslamic State gunmen attacked an army post in Diyala province on Tuesday, killing four soldiers.');
    expect(i!.actors.map((a) => a.name)).not.toContain('Unidentified Armed Group');
    expect(i!.actors[0]).toEqual({ name: 'Islamic State', role: 'actor1' });
  });

  it('keeps a relative date unknown when the article has no date line, even if the lead has a date', () => {
    const incidents = only('Rangers arrested Imran Khan in Islamabad on 9 May 2023.\n\nOn Wednesday, protesters in Peshawar set fire to a radio station.');
    expect(incidents[0]!.date).toBe('2023-05-09');
    expect(incidents[1]!.date).toBeNull();
  });

  it('marks an incident near a town, not in it, as approximate (geo-precision 2)', () => {
    const [i] = only('date 2021-06-24\n\nAn air strike hit a market about 20 km west of Mekelle on Tuesday, killing 51 people.');
    expect(i!.place).toMatchObject({ name: "Mek'ele", level: 'city', geo_precision: 2 });
  });

  it('codes an attack on a military base as a battle, and adds the attackers killed to the toll', () => {
    const [i, ...rest] = only(
      'date 2020-01-06\n\nMilitants attacked an army base near Lamu on Sunday, killing two soldiers.\n\nLocal officials confirmed the raid.\n\nThe army said its troops had repelled the attack and killed three of the assailants.',
    );
    expect(rest).toHaveLength(0);
    expect(i).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash' });
    expect(i!.fatalities).toMatchObject({ min: 5, max: 5 });
  });

  it('does not read "riot police" as a riot', () => {
    const [i] = only('date 2022-10-01\n\nCrowds chanted against the government in Tehran on Saturday, and riot police fired tear gas to break them up.');
    expect(i).toMatchObject({ event_type: 'Protests', sub_event_type: 'Protest with intervention' });
  });

  it('codes civilians killed in reprisal for clashes as an attack on civilians, not a battle', () => {
    const [i] = only('date 2022-12-01\n\nM23 rebels killed at least 50 civilians in Kishishe on Tuesday in reprisal for clashes with rival armed groups.');
    expect(i).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
  });

  it('codes territory seized by state troops as regained even when artillery is mentioned', () => {
    const [i] = only("date 2023-09-20\n\nAzerbaijan's troops seized more than 60 separatist military posts on Tuesday and destroyed dozens of artillery pieces.");
    expect(i).toMatchObject({ event_type: 'Battles', sub_event_type: 'Government regains territory' });
  });

  it('lets a later live-blog entry that refers back to the blast revise the toll upwards', () => {
    const [i, ...rest] = only(
      'date 2023-01-30\n\n13:40 A suicide bomber blew himself up in a mosque in Peshawar, killing at least 28 people.\n\n14:00 Rescue teams are at work.\n\n15:00 Hospitals appealed for blood.\n\n16:00 Roads were closed.\n\n22:45 At least 59 people were killed and 157 wounded in the blast, officials say.',
    );
    expect(rest).toHaveLength(0);
    expect(i!.fatalities).toMatchObject({ min: 59, max: null });
    expect(i!.injured).toMatchObject({ min: 157, max: 157 });
  });

  it('keeps an incident whose sentence ends by comparing it with the past ("the bloodiest day since …")', () => {
    const [i] = only('date 2022-10-01\n\nPolice opened fire on protesters in Zahedan on Friday, killing at least 19 people, in the bloodiest day since the unrest erupted.');
    expect(i).toMatchObject({ sub_event_type: 'Excessive force against protesters' });
    expect(i!.fatalities).toMatchObject({ min: 19, max: null });
  });

  it('keeps an incident whose relative clause recalls an earlier war', () => {
    const [i] = only('date 2023-08-16\n\nWhen a drone struck the main square of Finote Selam on Sunday, killing at least 26 people, it used a weapon that the army deployed in the war that ended last year.');
    expect(i).toMatchObject({ sub_event_type: 'Air/drone strike', date: '2023-08-13' });
  });

  it('reads children taken from a school as an abduction, and people found dead as killed', () => {
    const [abduction] = only('date 2024-03-11\n\nArmed men broke into a boarding school in Gidan Bakuso, in Sokoto state, on Saturday and took 15 children.');
    expect(abduction).toMatchObject({ sub_event_type: 'Abduction/forced disappearance' });
    const [killing] = only('date 2021-06-26\n\nThree staff members of Medecins Sans Frontieres were found dead beside their vehicle near Abiy Addi on Thursday.');
    expect(killing!.fatalities).toMatchObject({ min: 3, max: 3 });
  });

  it('lets a follow-up sentence that names a town inside the incident area tell where it happened', () => {
    const [i] = only(
      'date 2022-10-01\n\nOn Wednesday, the Guards fired missiles and drones at bases of Kurdish opposition groups in northern Iraq, killing 13 people. The party said its offices near Erbil had been hit.',
    );
    expect(i!.place).toMatchObject({ name: 'Erbil', level: 'city', geo_precision: 2 });
  });

  it('places an incident "close to" a town near it, and reads "north-eastern Jordan" as naming Jordan', () => {
    const [i] = only('date 2024-02-03\n\nA drone attack on Sunday hit a small US base in north-eastern Jordan close to the Rukban camp on the Syrian border, killing three US soldiers.');
    expect(i!.place).toMatchObject({ name: 'Rukban', country: 'JO', geo_precision: 2 });
  });

  it('keeps the earlier event of an "…, hours after …" clause as its own incident, placed by its sentence', () => {
    const incidents = only('date 2023-02-27\n\nSettlers rampaged through the town of Huwara in the occupied West Bank on Sunday night, hours after a gunman shot dead two brothers in the town.');
    const shooting = incidents.find((i) => i.source.quote.startsWith('a gunman'));
    expect(shooting).toMatchObject({ sub_event_type: 'Attack', fatalities: { min: 2, max: 2 } });
    expect(shooting!.place.name).toMatch(/Huwara|uwwārah/);
  });

  it('does not split "began shortly after dawn" into two incidents', () => {
    expect(only('date 2023-11-28\n\nThe assault on Djibo began shortly after dawn on Sunday and the fighting lasted several hours.')).toHaveLength(1);
  });

  it('codes a protest that police later broke up as one protest with intervention', () => {
    const incidents = only(
      'date 2024-11-30\n\n08:05 Thousands of people rallied outside parliament in Tbilisi for a second night on Friday.\n\n08:20 Riot police moved in late on Friday with water cannon and tear gas to clear the avenue in Tbilisi.',
    );
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Protest with intervention', date: '2024-11-29' });
  });

  it('counts arrests of rioters that day as part of the riot (codebook: police action against the crowd is one incident with it)', () => {
    const incidents = only('date 2024-11-30\n\nProtesters hurled stones at police and set fire to barricades in Tbilisi on Friday. The ministry said 107 people were detained.');
    expect(incidents.map((i) => i.sub_event_type)).toEqual(['Violent demonstration']);
  });

  it('reads a mass escape from prison as a strategic development', () => {
    const [i] = only("date 2025-01-28\n\nThousands of inmates escaped from Goma's Munzenze central prison in eastern Congo on Monday as the city fell.");
    expect(i).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Other' });
  });

  it('places an incident in a world city even when its country is never named (Copenhagen, Beirut)', () => {
    const [i] = only("date 2024-10-02\n\nTwo explosions went off near Israel's embassy in Copenhagen early on Wednesday, and police were investigating whether hand grenades had been thrown.");
    expect(i).toMatchObject({ sub_event_type: 'Grenade' });
    expect(i!.place).toMatchObject({ name: 'Copenhagen', country: 'DK' });
  });

  it('codes a crowd smashing windows and throwing missiles as a riot, not a missile attack', () => {
    const [i] = only('date 2024-08-10\n\nLast Sunday, several hundred people marched on a hotel near Rotherham, smashing windows and throwing missiles at police.');
    expect(i!.event_type).toBe('Riots');
  });

  it('does not read rioters being jailed, or gangs recruited to carry out bombings, as incidents', () => {
    expect(only('date 2024-08-10\n\nThe first rioters were jailed in Liverpool on Wednesday.')).toHaveLength(0);
    expect(only('date 2024-10-02\n\nGang members in Stockholm have been recruited over social media to carry out shootings and bombings for money, police say.')).toHaveLength(0);
  });

  it('dates a claimed bombing by the day it happened, not the day of the claim, and reads explosive belts as suicide bombs', () => {
    const [i] = only("date 2024-01-05\n\nIslamic State claimed responsibility on Thursday for Wednesday's twin bombings in the Iranian city of Kerman, saying two of its members had detonated explosive belts among crowds marking the anniversary of Soleimani's death.");
    expect(i).toMatchObject({ sub_event_type: 'Suicide bomb', date: '2024-01-03' });
  });

  it('places rocket fire where it was aimed, not where it was launched from', () => {
    const [i] = only('date 2024-05-27\n\nOn Sunday, militants fired a barrage of rockets from Rafah towards the Tel Aviv area.');
    expect(i!.place).toMatchObject({ name: 'Tel Aviv', country: 'IL' });
  });

  it('keeps an unknown place "in the Bolan Pass" as unresolved and frames it in the province the article names', () => {
    const { incidents, warnings } = extract('t.txt', 'date 2025-03-12\n\nThe train had left Quetta, in Balochistan province, for Peshawar.\n\nAttackers blew up a section of railway track near a tunnel in the Bolan Pass on Tuesday.');
    expect(incidents[0]!.place).toMatchObject({ name: 'Baluchistan', level: 'admin1', country: 'PK', geo_precision: 3 });
    expect(warnings.some((w) => w.includes('"Bolan Pass" is not in the gazetteer'))).toBe(true);
  });

  it('reads an agreement between two states, anchored by the states themselves', () => {
    const [i] = only('date 2025-05-11\n\nIndia and Pakistan agreed on Saturday to stop all firing and military action on land, in the air and at sea, a foreign ministry official said in New Delhi.');
    expect(i).toMatchObject({ sub_event_type: 'Agreement', date: '2025-05-10' });
  });

  it('keeps an air strike whose sentence ends "the first … since 2016"', () => {
    const [i] = only('date 2024-11-30\n\nRussian and Syrian warplanes struck rebel positions in and around Aleppo on Saturday, the first Russian air strikes on the city since 2016.');
    expect(i).toMatchObject({ sub_event_type: 'Air/drone strike', date: '2024-11-30' });
  });

  it('names both sides when two nationalities share one force noun, or two states act together', () => {
    const [clash] = only('date 2024-05-28\n\nEgyptian and Israeli troops exchanged fire near the Rafah crossing on Monday morning, killing an Egyptian soldier.');
    expect(clash!.actors.filter((a) => a.role === 'actor1' || a.role === 'actor2').map((a) => a.name).sort()).toEqual(['Military Forces of Egypt', 'Military Forces of Israel']);
  });

  it('infers the other side: a town taken from the state the article names, missiles fired at a state', () => {
    const [taken] = only('date 2024-11-30\n\nHayat Tahrir al-Sham took control of most of Aleppo on Saturday. The Syrian army said it had redeployed.');
    expect(taken!.actors).toContainEqual({ name: 'Military Forces of Syria', role: 'actor2' });
    const [missiles] = only('date 2024-10-02\n\nIran fired about 180 ballistic missiles at Israel on Tuesday evening.');
    expect(missiles!.actors).toEqual([
      { name: 'Military Forces of Iran', role: 'actor1' },
      { name: 'Military Forces of Israel', role: 'actor2' },
    ]);
  });

  it('codes "seized the port of X" as territory taken, and keeps troops "accompanied by" allies as the initiators', () => {
    const [port] = only('date 2020-08-13\n\nIslamist insurgents have seized the port of Mocimboa da Praia in northern Mozambique after several days of fighting with government forces.');
    expect(port).toMatchObject({ sub_event_type: 'Non-state actor overtakes territory' });
    const [kidal] = only("date 2023-11-15\n\nMalian troops, accompanied by fighters from Russia's Wagner Group, took control of Kidal from the rebels on Tuesday.");
    expect(kidal).toMatchObject({ sub_event_type: 'Government regains territory' });
    expect(kidal!.actors[0]).toEqual({ name: 'Military Forces of Mali', role: 'actor1' });
  });

  it('keeps a story\'s first incident told before any place, placed by the article, with the later toll estimate', () => {
    const incidents = only(
      "date 2023-04-14\n\nVillagers gathered in a field in Myanmar's Sagaing region.\n\nShortly after eight o'clock, a fighter jet dropped bombs directly onto the crowd. Volunteers said at least 100 people had been killed. Counts compiled over the following week put the toll at more than 160.\n\nThe military confirmed the air strike.",
    );
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Air/drone strike', fatalities: { min: 160, max: null } });
    expect(incidents[0]!.place.name).toBe('Sagaing');
  });

  it('places an attack on a building at the town it stands in, not at a town the building is named after ("the Ibn Sina hospital in Jenin")', () => {
    const incidents = extract('roundup.txt', 'date 2024-01-30\n\nBAGHDAD - Iraqi militias said on Monday they would halt attacks in Iraq, after talks in Baghdad and Erbil.\n\nIsraeli special forces stormed the Ibn Sina hospital in Jenin before dawn on Tuesday and shot dead three Palestinian men.').incidents;
    const raid = incidents.find((i) => i.source.quote.includes('Ibn Sina'));
    expect(raid!.place).toMatchObject({ text: 'Jenin', country: 'PS' });
  });

  it('dates "Hours later, …" by the incident before, as an incident of its own', () => {
    const incidents = only('date 2024-08-10\n\nLast Sunday, rioters attacked a hotel housing asylum seekers near Rotherham.\n\nHours later, rioters attacked another hotel in Tamworth, starting a fire.');
    expect(incidents.map((i) => i.date)).toEqual(['2024-08-04', '2024-08-04']);
  });

  it('does not report what a group has done over time, running counts, or violence told only to date something else', () => {
    const background = [
      'The ELN, the largest remaining rebel group in Colombia, has attacked police stations and pipelines.',
      'Central Nigeria has for years been plagued by clashes between herders and farmers in Plateau state.',
      'By Friday, police in England had arrested more than 700 people in connection with the riots.',
      'He has been in hiding outside Mozambique since two of his aides were shot dead in Maputo.',
      'The insurgents briefly occupied Mocimboa da Praia in March, raising their flag over the town.',
      'Hundreds of people crossed into Rwanda through the Gisenyi border post to escape the fighting.',
      'Local officials in Niger said they suspected the Islamic State in the Greater Sahara of the attack.',
    ];
    for (const sentence of background) expect(only(`date 2024-08-10\n\n${sentence}`), sentence).toHaveLength(0);
  });

  it('splits ", but …" when it tells a second event of another kind', () => {
    const incidents = only('date 2025-02-18\n\nLebanese soldiers moved into border villages in southern Lebanon on Tuesday as Israeli forces withdrew, but Israel kept troops at five hilltop positions inside Lebanese territory.');
    expect(incidents.map((i) => i.sub_event_type).sort()).toEqual(['Headquarters or base established', 'Non-violent transfer of territory']);
    expect(incidents.find((i) => i.sub_event_type === 'Headquarters or base established')!.actors[0]).toEqual({ name: 'Military Forces of Israel', role: 'actor1' });
  });

  it('splits ", and …" when each clause names its own day, even in a sentence with an agreement', () => {
    const incidents = only(
      'date 2018-04-08\n\nBEIRUT, April 8 (Reuters) - A suspected poison gas attack on the rebel-held town of Douma killed dozens of people on Saturday night, medics said, and the last insurgent group in eastern Ghouta agreed on Sunday to hand over the town.',
    );
    expect(incidents.map((i) => [i.sub_event_type, i.date])).toEqual([
      ['Chemical weapon', '2018-04-07'],
      ['Agreement', '2018-04-08'],
    ]);
  });

  it('reads a seven-day ceasefire agreed "on Sunday", homes set on fire, and drones destroyed by air defences', () => {
    expect(only("date 2024-11-25\n\nWarring tribes in Pakistan's Kurram district agreed on Sunday to a seven-day ceasefire.")[0]).toMatchObject({ sub_event_type: 'Agreement' });
    expect(only('date 2024-11-25\n\nOn Friday, armed men set fire to dozens of shops and homes in the bazaar of Bagan, in Kurram district.')[0]).toMatchObject({ sub_event_type: 'Looting/property destruction' });
    expect(only("date 2025-03-12\n\nRussia's defence ministry said on Tuesday it had destroyed 337 Ukrainian drones over the Moscow region.")[0]).toMatchObject({ sub_event_type: 'Disrupted weapons use' });
  });

  it('codes one event per country when a strike hit "in northern Iraq and Syria", but not for actors joined by "and"', () => {
    const strikes = only('date 2024-10-24\n\nTurkish warplanes struck Kurdish militant targets in northern Iraq and Syria overnight.');
    expect(strikes.map((i) => i.place.country).sort()).toEqual(['IQ', 'SY']);
    expect(new Set(strikes.map((i) => i.id)).size).toBe(2);
    const intercepted = only('date 2024-10-02\n\nOn Tuesday, most of the missiles fired at Tel Aviv were intercepted by Israel and the United States.');
    expect(intercepted).toHaveLength(1);
  });

  it('keeps the last place named in a roundup section for a sentence that names none', () => {
    const incidents = only('date 2024-05-19\n\nAFGHANISTAN\n\nKABUL - Gunmen opened fire on tourists in the central city of Bamiyan on Friday, killing six people.\n\nPolice said seven suspects had been arrested at the scene.\n\nKYRGYZSTAN\n\nBISHKEK - A mob attacked foreign students overnight.');
    expect(incidents.find((i) => i.sub_event_type === 'Arrests')!.place.country).toBe('AF');
  });

  it('gives a toll told after an agreement to the attack before it, and reads "stabbing three people to death"', () => {
    const [attack] = only(
      'date 2018-04-08\n\nA suspected poison gas attack on the town of Douma in Syria killed dozens of people on Saturday night, medics said, and the last rebel group there agreed on Sunday to hand over the town. Rescuers said at least 40 people had died.',
    );
    expect(attack).toMatchObject({ sub_event_type: 'Chemical weapon', fatalities: { min: 40, max: null } });
    const [stabbing] = only('date 2024-08-25\n\nA man is suspected of stabbing three people to death and wounding eight others at a street festival in Solingen, Germany, on Friday.');
    expect(stabbing).toMatchObject({ sub_event_type: 'Attack', fatalities: { min: 3, max: 3 } });
  });

  it('codes hundreds of men attacking students as mob violence, and protesters attacking embassies as a riot', () => {
    const [mob] = only('date 2024-05-18\n\nHundreds of local men attacked hostels housing foreign students in Bishkek, Kyrgyzstan, overnight on Friday.');
    expect(mob).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    const [riot] = only('date 2025-01-28\n\nIn Kinshasa, hundreds of protesters attacked several embassies on Tuesday.');
    expect(riot).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
  });

  it('reads marches, walkouts, filled squares and relatives gathered to demand answers as protests', () => {
    const texts = [
      'Smaller marches took place on Saturday in Morelia, without incident.',
      'Hundreds of students from private universities walked out of classes in Dhaka on Monday.',
      "On Sunday, tens of thousands of people again filled Yerevan's Republic Square.",
      'Relatives gathered outside the morgue in Machala on Tuesday demanding information.',
    ];
    for (const text of texts) expect(only(`date 2025-11-10\n\n${text}`)[0]).toMatchObject({ event_type: 'Protests', sub_event_type: 'Peaceful protest' });
  });

  it('reads an attack on an army unit as a battle, and does not take "since the military seized power" for a coup', () => {
    const [tabatol] = only('date 2024-03-21\n\nTwenty-nine Nigerien soldiers were killed on Monday when a large force of militants attacked an army unit near Tabatol, in the Tahoua region, the heaviest loss since the military seized power in July.');
    expect(tabatol).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash' });
  });

  it('reads a raid that killed people in a village as an attack on them, and not the police who gave a toll as a side', () => {
    const [mafa] = only("date 2024-09-04\n\nSuspected Boko Haram fighters killed at least 81 people when they stormed a village in Nigeria's Yobe state, a state official said on Tuesday, more than doubling an earlier toll given by police.");
    expect(mafa).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    expect(mafa!.actors.map((a) => a.name)).not.toContain('Police Forces of Nigeria');
  });

  it('reads a tram set on fire while riot police were pelted with fireworks as a riot, not as property destruction', () => {
    const [riot] = only('date 2024-11-12\n\nA tram was set on fire and riot police were pelted with fireworks in the Nieuw-West district of Amsterdam on Monday evening.');
    expect(riot).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
  });

  it('reads a car driven into a procession as an attack on the people in it, not as their protest', () => {
    const [ramming] = only('date 2025-02-14\n\nIn Munich, a man accelerated a small car into the back of a procession of union members who were marching through the city centre on Thursday.');
    expect(ramming).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
  });

  it('reads a coup, crowds taking to the streets, a stoning, and stun grenades as what they are', () => {
    expect(only('date 2023-08-30\n\nMilitary officers in Gabon said they seized power early on Wednesday.')[0]).toMatchObject({ sub_event_type: 'Other', actors: [{ name: 'Military Forces of Gabon', role: 'actor1' }] });
    expect(only('date 2023-08-30\n\nHundreds of people poured into the streets of Libreville on Wednesday to celebrate.')[0]).toMatchObject({ sub_event_type: 'Peaceful protest' });
    expect(only('date 2023-08-31\n\nIn Goma, a police officer was stoned to death by members of the sect on Wednesday.')[0]).toMatchObject({ sub_event_type: 'Mob violence', fatalities: { min: 1, max: 1 } });
    expect(only('date 2023-01-09\n\nIn Brasilia on Sunday, police fired tear gas and stun grenades to clear the protesters from the buildings.')[0]!.sub_event_type).not.toBe('Grenade');
  });

  it('reads air force strikes, helicopters opening fire, tear gas from drones, storming Congress, and detention on suspicion', () => {
    const first = (text: string) => only(`date 2024-01-10\n\n${text}`)[0]!;
    expect(first('A Nigerian Air Force strike killed at least 16 people in Zamfara state on Tuesday.').sub_event_type).toBe('Air/drone strike');
    expect(first('In Moura, in central Mali, one military helicopter flew low over the town and opened fire on Sunday.').sub_event_type).toBe('Air/drone strike');
    expect(first('At the Shambhu crossing in Punjab, police fired tear gas shells from drones at protesters on Tuesday.').sub_event_type).toBe('Protest with intervention');
    expect(first('On Sunday, thousands of his followers stormed Congress in Brasilia.').event_type).toBe('Riots');
    expect(first('A 29-year-old man had been detained in a village outside Moscow on suspicion of planting the bomb, investigators said on Wednesday.').sub_event_type).toBe('Arrests');
    expect(first('About 30 fighters of the PKK burned their weapons near Sulaymaniyah in Iraq on Friday.')).toMatchObject({ sub_event_type: 'Change to group/activity', actors: [{ name: 'PKK', role: 'actor1' }] });
  });

  it('keeps an incident whose sentence ends with what officials warned, and "Two days later" pins a day', () => {
    const [ambush] = only('date 2024-02-19\n\nPolice in Papua New Guinea said they had recovered 49 bodies after an ambush in Enga province before dawn on Sunday, and warned that more might be found in the bush.');
    expect(ambush).toMatchObject({ sub_event_type: 'Armed clash', fatalities: { min: 49 } });
    const incidents = only('date 2025-04-20\n\nRSF fighters stormed the Zamzam camp in North Darfur on Friday, killing more than 400 people.\n\nTwo days later, the RSF said it had taken full control of Zamzam.');
    expect(incidents.map((i) => i.sub_event_type)).toContain('Non-state actor overtakes territory');
  });

  it('codes a soldier shot dead by protesters as a riot', () => {
    expect(only('date 2024-07-31\n\nIn Venezuela, a soldier was shot dead by protesters in Aragua state on Tuesday.')[0]).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
  });

  it('adds the dead of the other side, a lone attacker shot dead and those "also killed" to the toll (ACLED counts every death)', () => {
    const [sousse] = only('date 2015-06-27\n\nA gunman killed 38 people at a beach resort near Sousse on Friday. He was shot dead by police in a nearby street.');
    expect(sousse!.fatalities).toMatchObject({ min: 39, max: 39 });
    const [siege] = only('date 2025-03-13\n\nPakistani troops killed all 33 separatist militants who had held passengers of a train hostage near Quetta on Wednesday. Four paramilitary soldiers died in the operation.');
    expect(siege!.fatalities).toMatchObject({ min: 37, max: 37 });
    const [ambush] = only('date 2023-07-31\n\nA Fatah commander, Abu Ashraf al-Armoushi, and four of his companions were killed in an ambush in Sidon on Sunday. A member of the Islamist group was also killed.');
    expect(ambush!.fatalities).toMatchObject({ min: 6, max: 6 });
    const [bangui] = only('date 2021-01-14\n\nRebels attacked army positions on the outskirts of Bangui on Wednesday. The prime minister said 30 rebels had been killed. MINUSCA said one of its peacekeepers, a Rwandan, had been killed and another wounded.');
    expect(bangui!.fatalities).toMatchObject({ min: 31, max: 31 });
  });

  it('reads a car packed with explosives that rammed a bus as a suicide bombing, and "fighting for his life" as no fight', () => {
    const [bombing] = only("date 2025-05-22\n\nA car packed with explosives rammed into a bus carrying pupils to an army-run school in Khuzdar, in Pakistan's Balochistan province, on Wednesday morning, officials said.");
    expect(bombing).toMatchObject({ event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' });
    const shooting = only('date 2025-06-08\n\nA gunman opened fire on opposition senator Miguel Uribe in a park in Bogota on Saturday, and he was fighting for his life on Sunday.');
    expect(shooting.map((i) => i.sub_event_type)).toEqual(['Attack']);
  });

  it('reads a fight retold in other words in the same paragraph as that fight, unless the text marks another event', () => {
    const story = 'date 2022-08-10\n\nADEN - The fighting that tore through Ataq this week was between two forces loyal to the same council.\n\nThe clashes in Ataq erupted on Monday, after units of the Special Security Forces refused to hand over their positions. ';
    const retold = only(`${story}Residents described heavy machine-gun fire and mortar rounds falling around the governorate building in Ataq.`);
    expect(retold.map((i) => i.sub_event_type)).toEqual(['Armed clash']);
    expect(retold[0]!.sources).toHaveLength(3);
    const later = only(`${story}Hours later, mortar rounds fell around the governorate building in Ataq.`);
    expect(later.map((i) => i.sub_event_type).sort()).toEqual(['Armed clash', 'Shelling/artillery/missile attack']);
    const ownToll = only(`${story}Mortar rounds fell around the governorate building in Ataq, killing four civilians.`);
    expect(ownToll).toHaveLength(2);
  });

  it('gives "a second commando died" in an event of another kind one death, not the running count', () => {
    const incidents = only('date 2025-05-22\n\nIndian security forces killed 27 Maoist insurgents in a gunbattle in Bijapur on Wednesday. A second commando died on Wednesday evening when he stepped on a bomb planted by the Maoists.');
    const mine = incidents.find((i) => i.sub_event_type === 'Remote explosive/landmine/IED');
    expect(mine?.fatalities).toMatchObject({ min: 1, max: 1 });
    expect(incidents.find((i) => i !== mine)?.fatalities).toMatchObject({ min: 27, max: 27 });
  });

  it('does not take an intention in a relative clause for a forecast ("bombers who planned to attack")', () => {
    const [strike] = only('date 2021-08-30\n\nOn Sunday, a US drone strike hit a car in Kabul. The Pentagon said the car carried bombers who planned to attack the airport, but relatives said the strike killed ten members of one family.');
    expect(strike!.fatalities).toMatchObject({ min: 10, max: 10 });
  });

  it('merges an assault retold in other words on the same day and place, but not two different counts', () => {
    const retold = only('date 2018-09-23\n\nGunmen opened fire on a military parade in Ahvaz on Saturday, killing 25 people.\n\nIn Ahvaz on Saturday, a suicide bomber blew himself up near the stands.');
    expect(retold).toHaveLength(1);
    expect(retold[0]!.fatalities).toMatchObject({ min: 25 });
    const two = only('date 2025-03-05\n\nMilitants rammed explosives-laden vehicles into the wall of the cantonment in Bannu on Tuesday, killing 13 civilians. Attackers then fought soldiers in Bannu on Tuesday, and all 16 militants were killed.');
    expect(two).toHaveLength(2);
  });

  it('takes a group that says one of its fighters detonated his vest as the initiator of the bombing before', () => {
    const [bomb, ...rest] = only('date 2023-07-31\n\nA suicide bomber struck a political rally in Khar, in Bajaur district, on Sunday, killing 54 people.\n\nIslamic State Khorasan Province (ISKP) said in a statement on its Amaq news agency that one of its fighters had detonated his explosive vest in the middle of the crowd.');
    expect(rest).toHaveLength(0);
    expect(bomb!.actors.find((a) => a.role === 'actor1')?.name).toBe('Islamic State');
  });

  it('takes a claim by a group the dictionary lacks, and the blame laid by a government, for the incident before', () => {
    const [ambush, ...rest] = only('date 2024-06-12\n\nMilitants opened fire on an army post in Doda district on Tuesday night, wounding six soldiers.\n\nKashmir Tigers, a group police consider a front for Jaish-e-Mohammad, claimed the attack.');
    expect(rest).toHaveLength(0);
    expect(ambush!.actors.find((a) => a.role === 'actor1')?.name).toBe('Kashmir Tigers');
    const [church, ...others] = only('date 2022-06-06\n\nGunmen attacked a Catholic church in Owo on Sunday, killing 40 worshippers.\n\nThe same day, the federal government blamed the attack on the Islamic State West Africa Province (ISWAP), the jihadist group that operates around Lake Chad.');
    expect(others).toHaveLength(0);
    expect(church!.actors.find((a) => a.role === 'actor1')?.name).toBe('ISWAP');
  });

  it('reads details of the weapon and comments on an attack as part of it, not as new incidents', () => {
    const incidents = only('date 2025-02-04\n\nA car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij on Monday, killing 20 people.\n\nIt was the second car bombing in Manbij in three days. The minister said the bomb had been planted by the SDF.');
    expect(incidents).toHaveLength(1);
  });

  it('codes a crowd that burns tyres as rioters, and police dispersing a riot as its other side, not a second event', () => {
    expect(only('date 2022-09-22\n\nDemonstrators blocked streets with burning tyres and barricades across Port-au-Prince on Wednesday.')[0]).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
    const riot = only('date 2023-08-16\n\nSupporters of the opposition set fire to the offices of the ruling party in Novi Sad on Tuesday night. Riot police fired tear gas and stun grenades to disperse them in Novi Sad.');
    expect(riot).toHaveLength(1);
    expect(riot[0]!.actors).toEqual([{ name: 'Rioters', role: 'actor1' }, { name: 'Police Forces of Serbia', role: 'actor2' }]);
  });

  it('reads a toll stated later for a place already told as the toll of that incident, not a new one', () => {
    const [protest, ...rest] = only('date 2025-09-09\n\nPolice fired live rounds at protesters outside parliament in Kathmandu on Monday.\n\nIn Pokhara, students marched peacefully.\n\nSeventeen people were killed in Kathmandu and more than 400 injured, hospitals said.');
    expect(rest.map((i) => i.place.name)).toEqual(['Pokhara']);
    expect(protest!.fatalities).toMatchObject({ min: 17, max: 17 });
    const [crash] = only('date 2025-08-22\n\nA police helicopter was attacked with a drone near Amalfi on Thursday. Eight officers were initially reported dead. By nightfall the national police said 13 officers had been killed.');
    expect(crash!.fatalities).toMatchObject({ min: 13, max: 13 });
  });

  it('does not take a tally since some day for the toll of the incident before', () => {
    const [clash] = only('date 2023-09-20\n\nAzerbaijani troops shelled Armenian positions near Stepanakert on Tuesday, killing two soldiers.\n\nThe ombudsman says at least 200 people have been killed since Tuesday.');
    expect(clash!.fatalities).toMatchObject({ min: 2, max: 2 });
  });

  it('codes one protest per town when a sentence names two towns where it happened', () => {
    const towns = only('date 2022-10-05\n\nSmaller protests by women in Herat and Mazar-i-Sharif on Monday were dispersed by Taliban fighters.').map((i) => i.place.name);
    expect(towns).toEqual(['Herāt', 'Mazār-e Sharīf']);
  });

  it('takes arrests of protesters as police action against that protest, not an event of its own', () => {
    const [protest, ...rest] = only('date 2024-05-28\n\nOn Monday, protesters blocked streets across central Yerevan. Riot police dragged them away and by the afternoon the Interior Ministry said 284 people had been detained in Yerevan.');
    expect(rest).toHaveLength(0);
    expect(protest).toMatchObject({ sub_event_type: 'Protest with intervention' });
  });

  it('dates an event told in a "…, a day after …" clause the day before the day of its sentence', () => {
    const incidents = only('date 2023-01-09\n\nBrazilian police dismantled a camp of Bolsonaro supporters in Brasilia on Monday and detained about 1,200 people, a day after thousands of his followers stormed Congress.');
    expect(incidents.map((i) => [i.sub_event_type, i.date])).toEqual(
      expect.arrayContaining([
        ['Violent demonstration', '2023-01-08'],
        ['Arrests', '2023-01-09'],
      ]),
    );
  });

  it('dates a sentence without a date of its own by the paragraph before it rather than the lead', () => {
    const incidents = only('date 2023-01-09\n\nPolice detained 1,200 people at a camp in Brasilia on Monday.\n\nOn Sunday afternoon, rioters stormed Congress in Brasilia.\n\nPolice fired tear gas and stun grenades to clear the buildings.');
    expect(incidents.map((i) => [i.sub_event_type, i.date])).toEqual([
      ['Arrests', '2023-01-09'],
      ['Violent demonstration', '2023-01-08'],
    ]);
  });

  it('codes only the earlier event when the head of a "…, two days after …" sentence reports none', () => {
    const incidents = only('date 2025-07-18\n\nAuthorities extended a curfew in Gopalganj on Friday, two days after supporters of the Awami League attacked a rally in the town, setting off clashes in which five people have now been killed.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ date: '2025-07-16', fatalities: { min: 5, max: 5 } });
  });

  it('dates a sentence without a date of its own by the story a few paragraphs back, not the lead', () => {
    const incidents = only(
      'date 2025-07-18\n\nA curfew was extended in Gopalganj on Friday.\n\nOn Wednesday morning, a crowd attacked a police vehicle in Gopalganj and set it on fire.\n\nThe local official\'s convoy was also attacked.\n\nPolice and troops fired tear gas and live rounds as the fighting spread through Gopalganj.',
    );
    expect(incidents.map((i) => i.date)).toEqual(['2025-07-16']);
  });

  it('does not read stun or sound grenades, weapons carried, or people driven away in army vehicles as events of their own', () => {
    const incidents = only(
      'date 2025-07-18\n\nOn Wednesday, hundreds of men armed with sticks, bricks and crude bombs attacked a rally in Gopalganj. Police fired tear gas and sound grenades. Party leaders were later driven out of the district in army armoured vehicles. Rioters broke down the doors of the town hall before police pushed them back out of the building.',
    );
    // One event: the crowd's attack on the rally, with the police response as part of it.
    expect(incidents.map((i) => [i.sub_event_type, i.date])).toEqual([['Violent demonstration', '2025-07-16']]);
  });

  it('reads a live blog toll "killed by Israeli fire" as the toll of the raid, and aircraft that "have struck" as an air strike', () => {
    const incidents = only(
      'date 2025-01-21\n\n12:10 Israeli forces launched a raid on Jenin refugee camp on Tuesday, and armed men in the camp fought back.\n\n12:32 Residents report drones overhead.\n\n13:15 The health ministry says six people have been killed by Israeli fire in Jenin.\n\n13:40 The military says aircraft have struck militants in the camp.',
    );
    expect(incidents.map((i) => i.sub_event_type)).not.toContain('Attack');
    expect(incidents[0]).toMatchObject({ fatalities: { min: 6, max: 6 } });
    expect(incidents.some((i) => i.sub_event_type === 'Air/drone strike' && i.source.quote.includes('aircraft have struck'))).toBe(true);
    expect(incidents.some((i) => i.source.quote.includes('drones overhead'))).toBe(false);
  });

  it('places an event in the town named before "the capital of <province>", not in the province', () => {
    const [fall] = only('date 2021-08-07\n\nZaranj, the capital of Nimroz on the Iranian border, was taken by the Taliban on Friday almost without a fight.');
    expect(fall!.place).toMatchObject({ name: 'Zaranj', level: 'city' });
  });

  it('codes police firing on a crowd that had turned violent as part of the riot, not a second incident', () => {
    const incidents = only('date 2024-06-26\n\nProtesters stormed parliament in Nairobi on Tuesday and set part of the building on fire. Police opened fire on the protesters in Nairobi, killing at least five.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Violent demonstration', fatalities: { min: 5 } });
  });
  it('codes a salvo partly shot down as one attack, and one shot down entirely as one interception by the defender', () => {
    const partly = only('date 2024-10-02\n\nIran fired about 180 ballistic missiles at Israel on Tuesday evening. Most of the missiles were intercepted by Israel and the United States, the Israeli military said.');
    expect(partly.map((i) => i.sub_event_type)).toEqual(['Shelling/artillery/missile attack']);
    const stopped = only('date 2021-08-30\n\nEarly on Monday, five rockets were fired towards the airport in Kabul from a car. A US missile defence system intercepted them. Islamic State said it had fired them.');
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatchObject({ sub_event_type: 'Disrupted weapons use', date: '2021-08-30' });
    expect(stopped[0]!.actors).toEqual([
      { name: 'Military Forces of the United States', role: 'actor1' },
      { name: 'Islamic State', role: 'actor2' },
    ]);
  });

  it('merges a retelling that names the province inside the region the lead named, and keeps the finer place', () => {
    const incidents = only('date 2025-03-22\n\nMilitants surrounded a mosque in western Niger on Friday and shot dead 44 worshippers. Fighters of Islamic State opened fire on worshippers at the mosque in Tillabéri region during Friday prayers.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.place).toMatchObject({ name: 'Tillabéri', level: 'admin1' });
    expect(incidents[0]!.fatalities).toMatchObject({ min: 44, max: 44 });
  });
  it('counts the dead "in the unrest" in the riot they died in, not as an attack of their own', () => {
    const incidents = only('date 2018-08-02\n\nOpposition supporters threw stones and burned cars in central Harare on Wednesday after the election results were delayed.\n\nA police spokeswoman said three people were killed in the unrest in Harare.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Violent demonstration', fatalities: { min: 3, max: 3 } });
  });
  it('codes gang gunmen who sweep into a town and burn its police station as a takeover, not a riot', () => {
    const [takeover] = only('date 2025-04-01\n\nGunmen from a gang coalition swept into Mirebalais before dawn on Monday and set fire to the police station.');
    expect(takeover).toMatchObject({ event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' });
    const [arson] = only('date 2025-04-01\n\nGunmen set fire to the police station in Mirebalais on Monday.');
    expect(arson!.event_type).not.toBe('Riots');
  });

  it('reads a clash reported after residents "called the emergency line" as a clash, with its dead and captured gunmen', () => {
    const incidents = only('date 2025-07-01\n\nMarines clashed with gunmen in Culiacancito on Monday night, after residents called the emergency line to report armed men firing at houses. One of the gunmen was killed and eight were detained.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Armed clash', fatalities: { min: 1, max: 1 } });
  });
  it('keeps apart a strike and the drone shot down "hours" before it, told in one sentence, and reads "an Israeli strike hit a car" as an air strike', () => {
    const incidents = only('date 2024-02-26\n\nIsraeli warplanes struck targets near Baalbek on Monday, killing two fighters, hours after Hezbollah shot down a large Israeli drone over the south of the country. Later on Monday an Israeli strike hit a car near Tyre, killing one person.');
    expect(incidents.map((i) => i.sub_event_type).sort()).toEqual(['Air/drone strike', 'Air/drone strike', 'Disrupted weapons use']);
  });
  it('merges a lead dated only by the article with a later paragraph that retells it on its stated day, and takes that day', () => {
    const incidents = only('date 2020-12-31\n\nThe coalition spokesman spoke to reporters in Riyadh on Thursday.\n\nCoalition jets carried out air strikes on Houthi positions in Sanaa, residents said.\n\nThe strikes were heard across the city.\n\nResidents reported at least four air raids on Sanaa early on Wednesday, including near the airport.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Air/drone strike', date: '2020-12-30' });
  });
  it('reads "Islamic State-linked ADF" as the ADF alone, and worshippers at a prayer vigil as victims, not protesters', () => {
    const [attack, ...rest] = only('date 2025-07-28\n\nFighters of the Islamic State-linked Allied Democratic Forces (ADF) stormed a church in Komanda, Ituri, on Sunday, killing worshippers who had gathered for a prayer vigil.');
    expect(rest).toHaveLength(0);
    expect(attack).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    expect(attack!.actors.filter((a) => a.role === 'actor1').map((a) => a.name)).toEqual(['ADF']);
  });
  it('keeps "the attackers … then set fire to houses" in the attack they carried out', () => {
    const incidents = only('date 2025-07-28\n\nADF fighters stormed a church in Komanda, Ituri, on Sunday, killing at least 21 worshippers.\n\nThe attackers, armed with guns and machetes, struck at around 1 a.m. and then set fire to several houses and shops near the church before withdrawing into the bush.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Attack', fatalities: { min: 21 } });
    expect(incidents[0]!.title).toMatch(/^ADF attack on worshippers/);
  });
  it('dates "the following day" from the last day the story told, as an incident of its own', () => {
    const incidents = only('date 2025-10-30\n\nRSF fighters attacked the village of Um Sumeima near Bara on Saturday, killing 20 residents.\n\nThe following day, the paramilitaries raided several neighbouring villages, killing dozens more.');
    expect(incidents.map((i) => i.date)).toEqual(['2025-10-25', '2025-10-26']);
  });
  it('reads "By Tuesday night … 64 killed" as the raid\'s running toll, and "put the official toll at 121" as its revision', () => {
    const incidents = only('date 2025-10-31\n\nAbout 2,500 police officers raided the Penha and Alemao complexes in Rio de Janeiro on Tuesday, and gang members fought back with rifles.\n\nBy Tuesday night the state government said 64 people had been killed, four of them police officers. On Thursday the state\'s civil police put the official toll at 121.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.fatalities).toMatchObject({ min: 121, max: 121 });
  });
  it('takes "By Sunday evening officials had put the number of dead at 38" as the attack\'s higher toll, not a running count of many events', () => {
    const incidents = only('date 2025-07-28\n\nADF fighters stormed a church in Komanda, Ituri, on Sunday, killing at least 21 worshippers.\n\nBy Sunday evening local officials had put the number of dead at 38.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.fatalities).toMatchObject({ min: 38, max: 38 });
  });
  it('reads "government forces took Harardhere, a town militants had controlled for a decade" after "the militants withdrew … there was no fighting" as territory changing hands without a fight, and no clash', () => {
    const incidents = only('date 2023-01-20\n\nOn Monday, government forces backed by local clan fighters took Harardhere, a town on Somalia\'s Indian Ocean coast that Islamist militants had controlled for more than a decade.\n\nThe militants withdrew before the troops arrived, residents said, and there was no fighting in the town.');
    expect(incidents.map((i) => i.sub_event_type)).toEqual(['Non-violent transfer of territory']);
  });
  it('counts "it estimated that about 30 fighters were killed and … no civilians were injured or killed" in the strike before', () => {
    const incidents = only('date 2023-01-22\n\nThe U.S. military said it had carried out an air strike near Galcad on Friday in support of Somali forces. It estimated that about 30 al-Shabaab fighters were killed and said its initial assessment was that no civilians were injured or killed.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Air/drone strike', fatalities: { min: 30, max: 30 } });
  });
  it('treats an event dated months before the report as background, unless the story opens with it', () => {
    const incidents = only('date 2023-11-13\n\nRSF fighters overran the army base at Ardamata, outside El Geneina, on November 4.\n\nOn June 14, the state governor, Khamis Abakar, was shot dead in El Geneina hours after accusing the RSF of genocide.');
    expect(incidents.map((i) => i.date)).toEqual(['2023-11-04']);
    const feature = only('date 2023-12-20\n\nOn the afternoon of November 14, police shot dead Camilo Catrillanca, 24, in Temucuicui, in Chile\'s Araucania region.');
    expect(feature.map((i) => i.date)).toEqual(['2023-11-14']);
  });
  it('reads "the massacre was revenge for a clash last week in which villagers killed several bandits" as the cause, not another incident', () => {
    const incidents = only('date 2025-08-20\n\nGunmen killed 27 worshippers at a mosque in Mantau, Katsina state, on Tuesday.\n\nResidents said the massacre was revenge for a clash last week in which villagers and local vigilantes killed several bandits who had come to raid the community.');
    expect(incidents).toHaveLength(1);
  });
  it('gives "the Zaporizhzhia toll has risen to three" to the Zaporizhzhia strike, not to the live blog\'s latest incident', () => {
    const incidents = only('date 2023-03-02\n\n07:40 A Russian missile slammed into a residential building in Zaporizhzhia before dawn, killing one person.\n\n10:05 Gunmen abducted several people in the village of Sushany in Russia\'s Bryansk region, the governor says.\n\n12:20 The Zaporizhzhia toll has risen to three, regional officials say.');
    const strike = incidents.find((i) => i.place.name?.startsWith('Zaporizh'));
    expect(strike?.fatalities).toMatchObject({ min: 3, max: 3 });
    expect(incidents.find((i) => i !== strike)?.fatalities ?? null).toBeNull();
  });
  it('does not read guards regaining control of a prison as territory regained', () => {
    const incidents = only('date 2022-08-12\n\nA brawl between inmates of two rival gangs broke out in a prison in Ciudad Juarez on Thursday. Two prisoners were killed and four wounded before guards regained control, state officials said.');
    expect(incidents.map((i) => i.sub_event_type)).not.toContain('Government regains territory');
  });
  it('gives a rising count in a live blog to the incident whose count it raises, not to the latest one', () => {
    const incidents = only('date 2024-07-27\n\n18:40 A rocket struck a football pitch in Majdal Shams, in the Israeli-occupied Golan Heights, killing nine children.\n\n19:30 An Israeli drone strike on the village of Kfar Kila in southern Lebanon killed four Hezbollah fighters, the group said.\n\n20:30 Hospitals update: the dead now number 11.\n\n23:05 A twelfth victim has died of her wounds, the town council says.');
    const pitch = incidents.find((i) => i.place.name === 'Majdal Shams');
    expect(pitch?.fatalities).toMatchObject({ min: 12, max: 12 });
    expect(incidents.find((i) => i !== pitch)?.fatalities).toMatchObject({ min: 4, max: 4 });
  });
  it('gives an "updated toll" for a town to the incident there that it raises, and reads "until a few days ago" as background', () => {
    const incidents = only('date 2025-01-21\n\n13:15 The Palestinian health ministry says six people have been killed by Israeli fire in Jenin.\n\n13:40 The military says aircraft have struck militants in Jenin refugee camp.\n\n15:10 Catch up: until a few days ago, it was Palestinian Authority security forces who were fighting in Jenin camp.\n\n17:45 Updated toll: the Palestinian health ministry now says nine people were killed in Jenin.');
    expect(incidents).toHaveLength(2);
    expect(incidents.map((i) => i.fatalities?.min ?? null)).toEqual([9, null]);
  });
  it('adds the attackers shot dead in a later sentence, and the one who died in hospital, to the toll', () => {
    const incidents = only('date 2018-09-23\n\nFour gunmen opened fire on a military parade in Ahvaz on Saturday. Twenty-five people were killed, officials said. Three of the gunmen were shot dead at the scene; the fourth was captured wounded and died in hospital.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.fatalities).toMatchObject({ min: 29, max: 29 });
  });
  it('reads "The sharpest clashes came on Friday night." as a lead-in that the next sentence tells, not as a clash of its own', () => {
    const incidents = only('date 2025-03-24\n\nThe sharpest clashes came on Friday night. As crowds outside Istanbul city hall swelled, groups of young protesters hurled bottles, stones and flares at lines of riot police.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ sub_event_type: 'Violent demonstration', date: '2025-03-21' });
    expect(incidents[0]!.sources).toHaveLength(2);
  });
  it('keeps "The attack began at 7 p.m., when two car bombs exploded" as the bombing it tells', () => {
    const incidents = only('date 2022-08-21\n\nThe attack began at about 7 p.m. on Friday, when two car bombs exploded outside the Hayat hotel in Mogadishu. Gunmen then stormed the building and fought security forces for hours.');
    expect(incidents[0]!.sub_event_type).toBe('Remote explosive/landmine/IED');
  });
  it('codes a crowd breaking through a gate or tearing a house down as a riot, and students breaking through police barricades to march as a protest', () => {
    const house = only('date 2025-02-05\n\n21:25 In Khulna, a crowd led by student activists has started tearing down the home of Sheikh Hasina\'s cousins, witnesses say.');
    expect(house.map((i) => i.sub_event_type)).toEqual(['Violent demonstration']);
    const gate = only('date 2025-02-05\n\n20:20 In Dhaka, the crowd has broken through the main gate of the house on Road 32 and is inside the compound.');
    expect(gate.map((i) => i.sub_event_type)).toEqual(['Violent demonstration']);
    const march = only('date 2025-03-24\n\nOn Wednesday, students at Istanbul University broke through police barricades to march on city hall, and police fired tear gas.');
    expect(march.map((i) => i.event_type)).toEqual(['Protests']);
  });
  it('does not date a live-blog entry by a date decades old told just before it', () => {
    const incidents = only('date 2025-02-05\n\n18:10 Some background: the house on Road 32 was the home of Hasina\'s father, Sheikh Mujibur Rahman. He and most of his family were killed there by army officers on August 15, 1975. Hasina later turned it into a museum.\n\n19:55 Several hundred students are protesting at the end of Road 32 in Dhaka, chanting slogans against Hasina.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.date).not.toBe('1975-08-15');
  });
  it('reads "On Thursday, the deputy minister said 20 people had been killed" as the raised toll of the massacre told before', () => {
    const incidents = only('date 2022-10-08\n\nGunmen killed the mayor of San Miguel Totolapan and at least 17 other people at the town hall on Wednesday, officials said, putting the toll at 18.\n\nOn Thursday, Deputy Security Minister Ricardo Mejia said 20 people had been killed.');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.fatalities).toMatchObject({ min: 20, max: 20 });
  });
  it('codes a protest whose crowd "threw stones" or was dispersed in the next sentences by what it became, and one that "dispersed peacefully" as peaceful', () => {
    const riot = only('date 2022-10-01\n\nHundreds of supporters gathered outside the French embassy in Ouagadougou on Saturday. They threw stones over the walls and set fire to barriers at the entrance.');
    expect(riot.map((i) => i.sub_event_type)).toEqual(['Violent demonstration']);
    expect(riot[0]!.actors[0]).toEqual({ name: 'Rioters', role: 'actor1' });
    const dispersed = only('date 2025-07-17\n\nHundreds of students rallied at Shahbagh in Dhaka on Wednesday night, blocking the intersection. Police fired tear gas to disperse them.');
    expect(dispersed.map((i) => i.sub_event_type)).toEqual(['Protest with intervention']);
    const peaceful = only('date 2025-07-17\n\nHundreds of students rallied at Shahbagh in Dhaka on Wednesday night, blocking the intersection. They dispersed peacefully after midnight, police said.');
    expect(peaceful.map((i) => i.sub_event_type)).toEqual(['Peaceful protest']);
  });
  it('does not make a protest a riot for what a crowd did on a later day', () => {
    const incidents = only('date 2025-09-10\n\nPolice shot dead two protesters in Itahari on Monday afternoon.\n\nOn Tuesday, crowds defied a curfew in Kathmandu. They set fire to the parliament complex and the Supreme Court.');
    const itahari = incidents.find((i) => i.place.name?.includes('ahari'));
    expect(itahari?.sub_event_type).toBe('Excessive force against protesters');
  });
  it('codes security forces killing militants, and a fight with gunfire, explosions, artillery or rocket-propelled grenades, as an armed clash', () => {
    const cases = [
      'date 2024-03-20\n\nSecurity forces killed six militants in the Sambaza area of Zhob district on Tuesday, the army said.',
      'date 2023-01-26\n\n10:42 Heavy gunfire and loud explosions are being reported from the old city of Nablus, where Israeli troops entered this morning.',
      'date 2023-08-05\n\nIn Gondar, residents reported heavy gunfire and the sound of artillery on Friday near the airport, as Fano units clashed with federal soldiers.',
      'date 2023-07-31\n\nA Fatah commander and four of his companions were killed in an ambush in the Ain al-Hilweh camp on Sunday, setting off heavy exchanges of machinegun and rocket-propelled grenade fire with militants.',
    ];
    for (const text of cases) expect(only(text).map((i) => i.sub_event_type)).toEqual(['Armed clash']);
  });
  it('codes troops entering a city the other side withdrew from as a non-violent transfer, and one taken after fighting as regained', () => {
    const entered = only('date 2022-11-12\n\nUkrainian soldiers entered the southern city of Kherson on Friday to crowds of residents waving flags, hours after Moscow said it had completed the withdrawal of its forces across the Dnipro River.');
    expect(entered.map((i) => i.sub_event_type)).toEqual(['Non-violent transfer of territory']);
    const fought = only('date 2022-11-12\n\nUkrainian soldiers recaptured the village of Snihurivka on Friday after two days of heavy fighting, and Russian troops withdrew to the east.');
    expect(fought.map((i) => i.sub_event_type)).toEqual(['Government regains territory']);
  });
  it('gives "the Turkish strikes had hit bakeries…, killing 12 civilians" to the strikes on Syria told earlier, not to the attack told since', () => {
    const incidents = only('date 2024-10-24\n\nTurkish warplanes struck Kurdish militant targets in northern Iraq and Syria overnight, the defence ministry said on Thursday.\n\nThe strikes followed an attack on the TUSAS headquarters near Ankara, where two attackers killed five people on Wednesday.\n\nThe Kurdish-led Syrian Democratic Forces said the Turkish strikes had hit bakeries and power stations in northeast Syria, killing 12 civilians.');
    const syria = incidents.find((i) => i.sub_event_type === 'Air/drone strike' && i.place.country === 'SY');
    expect(syria?.fatalities).toMatchObject({ min: 12, max: 12 });
    expect(incidents.filter((i) => i.place.country === 'SY')).toHaveLength(1);
  });
  it('gives a live blog\'s "Poltava update: the toll has risen to 51" to the strike there, not to an interception placed there since', () => {
    const incidents = only('date 2024-09-03\n\n10:48 Two Russian ballistic missiles struck a military institute in Poltava, killing 41 people.\n\nWednesday 06:00 Air defences shot down several drones over Poltava, the air force says.\n\nWednesday 09:10 Poltava update: officials say the toll from Tuesday\'s strike has risen to 51 dead.');
    const strike = incidents.find((i) => i.event_type === 'Explosions/Remote violence');
    expect(strike?.fatalities).toMatchObject({ min: 51, max: 51 });
  });
});
