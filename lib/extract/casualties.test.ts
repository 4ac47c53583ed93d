import { describe, expect, it } from 'vitest';
import { parseFatalities, parseInjured, parseTollUpdate } from './casualties';

describe('parseFatalities', () => {
  it('does not read the clock time of a live-blog entry as a count', () => {
    expect(parseFatalities('13:05 MONUSCO says three of its personnel have been killed in Butembo.')).toMatchObject({ min: 3, max: 3 });
  });

  it.each([
    ['resulted in the death of at least 11 truffle hunters', 11, null, false],
    ['Forty-two people were killed', 42, 42, false],
    ['killing eleven civilians', 11, 11, false],
    ['between 20 and 30 people were killed', 20, 30, false],
    ['more than 100 people died', 100, null, false],
    ['The strike killed five and wounded 12, including four children.', 5, 5, false],
    ['resulting in several fatalities', null, null, true],
    ['a deadly concert attack', null, null, true],
    ['dozens were killed', null, null, true],
    ['No casualties were reported.', 0, 0, false],
    ['killing one U.S. soldier and two American contractors', 3, 3, false],
    ['A Palestinian man, Sameh Aqtash, 37, was shot dead in the nearby village', 1, 1, false],
    ['medics said a number of protesters were killed', null, null, true],
    ['a dozen people were killed', 12, 12, false],
    ['fired on crowds, killing and wounding dozens of people', null, null, true],
    ['No one was killed in the blast.', 0, 0, false],
    ['The health ministry says 10 Palestinians are now confirmed dead and 102 have been treated.', 10, 10, false],
    ['An eleventh Palestinian has died of wounds sustained in the raid', 11, 11, false],
    ['QUETTA, Pakistan, March 12 - Pakistani troops killed all 33 militants', 33, 33, false],
    ['Arouri and six other people were killed on Tuesday', 7, 7, false],
    ['a drone strike killed Mohammed Shahin, whom the military described as a commander', 1, 1, false],
    ['killing Hallel and Yagel Yaniv, brothers aged 21 and 19', 2, 2, false],
    ['is suspected of stabbing three people to death and wounding eight', 3, 3, false],
    ['Taliban gunmen shot dead Dawa Khan Menapal, the head of the media centre, in Kabul', 1, 1, false],
    ['Suspected jihadists killed about 40 farmers and fishermen on Sunday', 40, 40, false],
    ['The death toll from a suicide bombing at a political rally in northwestern Pakistan rose to 54 on Monday', 54, 54, false],
    ['A second person has died from wounds suffered when a grenade exploded', 2, 2, false],
    ['Both attackers were killed by security forces', 2, 2, false],
    ['MINUSCA said one of its peacekeepers, a Rwandan, had been killed and another wounded.', 1, 1, false],
    ['A member of the Islamist group was also killed on Sunday', 1, 1, false],
    ['A Fatah commander, Abu Ashraf al-Armoushi, and four of his companions were killed', 5, 5, false],
    ['All 16 militants were killed in the gunfight that followed, in which five soldiers also died', 21, 21, false],
    ['19:20 The death toll is at least nine, according to MDA.', 9, null, false],
    ["The number of people killed in Wednesday's attack on Aden airport, which struck moments after the cabinet landed, rose to 25", 25, 25, false],
    ['Police say "dozens" of people were killed in the early hours', null, null, true],
    ['rebels blew up a vehicle on Monday, killing eight commandos and their civilian driver', 9, 9, false],
    ['In a gunfight on Saturday, five rebels were killed, police said, along with a head constable', 6, 6, false],
    ['The blast killed five soldiers and a civilian was wounded', 5, 5, false],
    ['the ministry says air strikes killed “dozens” of fighters', null, null, true],
    ['Environmental activist Juan López was shot dead on Saturday night in the northern town of Tocoa', 1, 1, false],
    ['On Saturday, police Sub-Inspector Adnan Qureshi was killed by a shot to the chest in Islamgarh', 1, 1, false],
    ['Nobody was killed in the blast, police said', 0, 0, false],
    // Another group's dead in the same fight, told in a clause of its own; "two of them died" is part of the first count.
    ['Security forces killed 18 members of a commando that attacked the palace, and two soldiers died in the fighting', 20, 20, false],
    ['Gunmen killed 12 villagers, and two of them died in the attack on the church', 12, 12, false],
    // The attacker's own death counts too (ACLED counts every death of the event).
    ['A man drove a truck into crowds on Bourbon Street, killing 14 people, before opening fire on police officers, who shot him dead', 15, 15, false],
    ['A gunman killed 12 people in a series of shootings in Cetinje, and then shot himself as police surrounded him', 13, 13, false],
    ['the officer said that 54 people had been killed, not including the bomber', 55, 55, false],
    ['Three of the gunmen were shot dead at the scene; the fourth was captured wounded and died in hospital', 4, 4, false],
  ])('%s', (text, min, max, vague) => {
    expect(parseFatalities(text)).toMatchObject({ min, max, vague });
  });

  it('keeps the words as written', () => {
    expect(parseFatalities('resulting in several fatalities')?.text).toBe('several fatalities');
  });

  it('says nothing when the text says nothing, or says there is no word', () => {
    expect(parseFatalities('Militants attacked a checkpoint.')).toBeNull();
    expect(parseFatalities('There was no word on casualties.')).toBeNull();
  });
});

describe('parseInjured', () => {
  it('reads injuries separately from deaths', () => {
    expect(parseInjured('The strike killed five and wounded 12.')).toMatchObject({ min: 12, max: 12 });
    expect(parseInjured('dozens were injured')).toMatchObject({ vague: true });
    expect(parseInjured('five were killed')).toBeNull();
    expect(parseInjured('No one was injured.')).toMatchObject({ min: 0, max: 0 });
    expect(parseFatalities('No one was injured.')).toMatchObject({ min: 0, max: 0 });
  });
});

describe('parseTollUpdate', () => {
  it('reads a higher count for the incident before', () => {
    expect(parseTollUpdate('The death toll rose to 59 on Tuesday.')).toMatchObject({ min: 59, max: 59 });
    expect(parseTollUpdate('A second Chinese soldier died of his wounds on Monday.')).toMatchObject({ min: 2, max: 2 });
    expect(parseTollUpdate('Counts compiled over the following week put the toll at more than 160.')).toMatchObject({ min: 160, max: null });
    expect(parseTollUpdate("On Thursday, the state's health commissioner said the confirmed toll was 40.")).toMatchObject({ min: 40, max: 40 });
    expect(parseTollUpdate('Police said 30 people were arrested.')).toBeNull();
    expect(parseTollUpdate('20:30 Hospitals update: the dead now number 11, all of them aged between 10 and 16.')).toMatchObject({ min: 11, max: 11 });
    expect(parseTollUpdate('23:05 A twelfth victim has died of her wounds, the town council says.')).toMatchObject({ min: 12, max: 12 });
    expect(parseTollUpdate('Ichilov hospital says a seventh victim of the Jaffa shooting has died of their wounds.')).toMatchObject({ min: 7, max: 7 });
  });
});

