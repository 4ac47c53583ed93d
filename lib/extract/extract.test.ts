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
});
