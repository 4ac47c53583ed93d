import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './load';
import { resolve } from './resolve';
import { geoparse } from './geoparse';
import { distanceKm } from '../geo/distance';

// Uses the real global gazetteer (npm run build:data; the test command builds it first).
const g = loadGazetteer();

const km = distanceKm;

const DEIR_EZ_ZOR = { lat: 35.33588, lon: 40.14084 };
const RAQQA_CITY = { lat: 35.95283, lon: 39.00788 };

describe('resolve', () => {
  it.each(['Deir ez-Zor', 'Deir al-Zour', 'Dayr az-Zawr', 'Deir Ezzor'])('resolves %s to the city of Deir ez-Zor', (q) => {
    const r = resolve(g, q).result!;
    expect(r.country).toBe('SY');
    expect(r.level).toBe('city');
    expect(km(r, DEIR_EZ_ZOR)).toBeLessThan(25);
  });

  it.each(['Raqa', 'Raqqa', 'Ar-Raqqah', 'Al-Raqqa'])('resolves %s to the city of Raqqa', (q) => {
    const r = resolve(g, q).result!;
    expect(r.country).toBe('SY');
    expect(km(r, RAQQA_CITY)).toBeLessThan(25);
  });

  it('resolves "X province" to the admin-1 area, with its bbox', () => {
    const r = resolve(g, 'Raqa province').result!;
    expect(r.level).toBe('admin1');
    expect(r.id).toMatch(/^ne1:/);
    expect(r.bbox).toHaveLength(4);
    expect(resolve(g, 'Idlib countryside').result!.level).toBe('admin1');
    expect(resolve(g, 'Kharkiv oblast').result!.level).toBe('admin1');
  });

  it('resolves Kiev and Kyiv to the same place, and Moscow to Russia', () => {
    expect(resolve(g, 'Kiev').result!.id).toBe(resolve(g, 'Kyiv').result!.id);
    expect(resolve(g, 'Moscow').result!.country).toBe('RU');
  });

  it('uses the document context to choose between same-named places', () => {
    expect(resolve(g, 'Tripoli', { countries: ['LB'] }).result!.country).toBe('LB');
    expect(resolve(g, 'Tripoli', { countries: ['LY'] }).result!.country).toBe('LY');
  });

  it('resolves a directional phrase to that part of the area at region precision', () => {
    const north = resolve(g, 'northern Syria').result!;
    const south = resolve(g, 'southern Syria').result!;
    expect(north.level).toBe('region');
    expect(north.lat).toBeGreaterThan(south.lat);
  });

  it('returns null, not a far-away guess, for names that are not places', () => {
    for (const q of ['Islamic State', 'Assad', 'Hunters', 'Police', 'Hamas', 'Monday', 'Xyzzyville', 'Tayyip']) {
      expect(resolve(g, q).result, q).toBeNull();
    }
  });

  it('ranks alternatives and scores answers between 0 and 1', () => {
    const r = resolve(g, 'Tripoli');
    expect(r.alternatives.length).toBeGreaterThan(0);
    expect(r.result!.score).toBeGreaterThan(0);
    expect(r.result!.score).toBeLessThanOrEqual(1);
    expect(r.alternatives.every((a) => a.score <= r.result!.score)).toBe(true);
  });
});

describe('geoparse', () => {
  it('does not take a district named in a story about one country for a namesake district in a country the text never names', () => {
    const text = "In Afghanistan's Badakhshan province, Taliban forces fired on villagers in Argo district on Monday.";
    const argo = geoparse(g, text).mentions.find((m) => m.text.startsWith('Argo'));
    expect(argo?.place?.country).not.toBe('SD');
  });

  it('finds place mentions with spans and skips people, organisations and metonyms', () => {
    const text = 'President Bashar al-Assad met Putin at the Kremlin. The Kremlin said the Islamic State attacked hunters in Raqa province and near Deir ez-Zor.';
    const { mentions } = geoparse(g, text);
    const names = mentions.map((m) => m.text);
    expect(names).toContain('Raqa province');
    expect(names).toContain('Deir ez-Zor');
    expect(names).not.toContain('Assad');
    expect(names).not.toContain('Islamic State');
    // "the Kremlin" as a place, "The Kremlin said" as the government: one mention only.
    expect(names.filter((n) => n === 'Kremlin')).toHaveLength(1);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a capital that speaks or acts ("Moscow has repurposed", "Kyiv rejects") as its government, not a place', () => {
    const text = 'A Russian missile hit Zaporizhzhia; it was an S-300, a weapon Moscow has repurposed to hit ground targets. Kyiv rejects the claim. Drones struck Kyiv overnight, and Kyiv officials said two people died.';
    const names = geoparse(g, text).mentions.map((m) => m.text);
    expect(names.filter((n) => n === 'Moscow')).toHaveLength(0);
    expect(names.filter((n) => n === 'Kyiv')).toHaveLength(2);
  });

  it('reads "in Van" in a story about Turkey as the town, and "a van" or "Van" opening a sentence as a word', () => {
    const text = 'ANKARA - Turkey banned gatherings. Crowds gathered outside the party offices in Van on Tuesday. A van was burned. Van police said nothing.';
    const vans = geoparse(g, text).mentions.filter((m) => /^van$/i.test(m.text));
    expect(vans.map((m) => [m.start, m.place?.country])).toEqual([[text.indexOf('in Van') + 3, 'TR']]);
  });

  it('reads a bare name after "X region" as that region, unless it is a large city or called a town', () => {
    const text = "Villagers gathered in Myanmar's Sagaing region. Sagaing has become a heartland of the resistance. The town of Sagaing was quiet.";
    const levels = geoparse(g, text).mentions.filter((m) => m.text.startsWith('Sagaing')).map((m) => m.place?.level);
    expect(levels).toEqual(['admin1', 'admin1', 'city']);
    const kharkiv = geoparse(g, 'Missiles struck a plant on the outskirts of Kharkiv, cutting power across Kharkiv region.').mentions;
    expect(kharkiv.map((m) => m.place?.level)).toEqual(['city', 'admin1']);
  });

  it('does not read a feature word inside a longer name as a place ("Manda Bay" is not Bay, Somalia)', () => {
    const { mentions } = geoparse(g, "Al Shabaab attacked a base at Manda Bay on Kenya's coast. Somalia's army said nothing.");
    expect(mentions.some((m) => m.place?.country === 'SO' && m.place.level === 'admin1')).toBe(false);
  });

  it('does not read a first name as the village it is also the name of ("Yagel Yaniv")', () => {
    const { mentions } = geoparse(g, 'A gunman killed Hallel and Yagel Yaniv near Huwara in the West Bank, Israeli officials said.');
    expect(mentions.map((m) => m.text)).not.toContain('Yagel');
  });

  it('reads a roundup: section headings name countries, and their towns resolve', () => {
    const text = 'Asia roundup: attack in Bamiyan; mob attacks students in Bishkek\n\nKYRGYZSTAN\n\nBISHKEK - Hundreds of men attacked hostels overnight.\n\nAFGHANISTAN\n\nKABUL - Gunmen opened fire on tourists in Bamiyan on Friday.';
    const { mentions } = geoparse(g, text);
    const byText = (t: string) => mentions.filter((m) => m.text === t).map((m) => m.place?.country);
    expect(byText('Bishkek')).toEqual(['KG']);
    expect(byText('Bamiyan')).toEqual(['AF', 'AF']);
  });

  it('does not read a titled person as places ("Governor Claudio Castro")', () => {
    const { mentions } = geoparse(g, 'In Rio de Janeiro, Governor Claudio Castro said 12 people had been arrested.');
    expect(mentions.map((m) => m.text)).toEqual(['Rio de Janeiro']);
  });

  it('keeps a name it has seen as a person a person through the article ("candidate Villavicencio", "Villavicencio, 59,")', () => {
    const text = 'Presidential candidate Villavicencio was shot dead in Quito. Villavicencio, 59, had just left a rally in the north of the capital when a gunman opened fire.';
    const names = geoparse(g, text).mentions.map((m) => m.place?.name);
    expect(names).toContain('Quito');
    expect(names).not.toContain('Villavicencio');
  });

  it('does not read an adjective, a nickname or a football club as a place ("Jewish", "El Chapo", "Maccabi Tel Aviv fans")', () => {
    const text = 'In Amsterdam, youths attacked Maccabi Tel Aviv fans; the king said the country had failed its Jewish community. Joaquin "El Chapo" Guzman is in prison.';
    const names = geoparse(g, text).mentions.map((m) => m.text);
    expect(names).toEqual(['Amsterdam']);
  });

  it('does not read a family name after "da", "de", "dos" as a town ("Amarildo da Costa de Oliveira", "Tren de Aragua")', () => {
    const text = 'Police arrested Amarildo da Costa de Oliveira near Atalaia do Norte in Brazil, and said members of the Tren de Aragua gang were held in Caracas.';
    const names = geoparse(g, text).mentions.map((m) => m.place?.name);
    expect(names).not.toContain('Oliveira');
    expect(names).not.toContain('Aragua');
    // "do Norte" is not Bahrain's Northern governorate.
    expect(geoparse(g, text).mentions.map((m) => m.place?.country)).not.toContain('BH');
    expect(names).toContain('Caracas');
  });

  it('does not read a street named after someone as a town ("Habib Bourguiba Avenue"), but keeps the town that owns a square', () => {
    expect(geoparse(g, 'A rally was held on Habib Bourguiba Avenue in Tunis.').mentions.map((m) => m.place?.name)).toEqual(['Tunis']);
    expect(geoparse(g, "A grenade went off in Addis Ababa's Meskel Square.").mentions.map((m) => m.place?.name)).toContain('Addis Ababa');
  });

  it('reads "northeast Syria" as a region and "Nigeria\'s capital" as the capital', () => {
    const [iraq, syria] = geoparse(g, 'Warplanes struck targets in northern Iraq and northeast Syria overnight.').mentions;
    expect([iraq?.place?.level, syria?.place?.level, syria?.place?.country]).toEqual(['region', 'region', 'SY']);
    const [abuja] = geoparse(g, "Police fired tear gas at protesters in Nigeria's capital on Thursday.").mentions;
    expect(abuja).toMatchObject({ text: "Nigeria's capital", place: { name: 'Abuja', level: 'city' } });
  });

  it('reads a province\'s capital as its seat town ("East Java\'s capital", "the South Sulawesi capital", "the capital of Helmand")', () => {
    const seat = (text: string) => geoparse(g, text).mentions.map((m) => [m.text, m.place?.name, m.place?.level]);
    expect(seat("In East Java's capital, rioters set fire to a police post.")).toContainEqual(["East Java's capital", 'Surabaya', 'city']);
    expect(seat('In the South Sulawesi capital on Friday night, protesters burned the council building.')).toContainEqual(['South Sulawesi capital', 'Makassar', 'city']);
    expect(seat('A bomb exploded in the capital of Helmand province on Sunday.')).toContainEqual(['capital of Helmand province', 'Lashkar Gāh', 'city']);
    // A capital named right after the area is its own mention: the area stays an area.
    expect(seat('Gunmen attacked a market in the capital of Borno State, Maiduguri.')[0]).toEqual(['Borno State', 'Borno', 'admin1']);
  });

  it('keeps a capital named in a story about another country ("Kuwait City" in a Tunisian story)', () => {
    const text = 'SOUSSE, Tunisia - A gunman killed 38 people in Sousse. The attack came on the day of a bombing at a mosque in Kuwait City.';
    expect(geoparse(g, text).mentions.find((m) => m.text.startsWith('Kuwait'))?.place).toMatchObject({ name: 'Kuwait City', level: 'city' });
  });

  it('reads demonyms as context, not as places', () => {
    const { mentions, countries } = geoparse(g, 'Syrian troops clashed with fighters near Tadmur.');
    expect(countries[0]).toBe('SY');
    expect(mentions.map((m) => m.text)).not.toContain('Syrian');
  });
});
