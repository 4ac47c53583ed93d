import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../geocode/load';
import { ingestText } from '../pipeline/ingest';
import type { Incident } from '../incidents/schema';
import { openSqliteStore } from './sqlite';

const g = loadGazetteer();
const SEED = 'seeds/000_685fd687c93636ea.txt';

describe('sqlite store', () => {
  it('ingests an article once: re-running changes nothing', () => {
    const store = openSqliteStore(':memory:');
    const first = ingestText(SEED, readFileSync(SEED, 'utf8'), g, store);
    const second = ingestText(SEED, readFileSync(SEED, 'utf8'), g, store);
    expect(first.ok && first.outcome).toMatchObject({ added: 3, unchanged: 0 });
    expect(second.ok && second.outcome).toMatchObject({ added: 0, unchanged: 3, removed: 0 });
    expect(store.counts()).toEqual({ articles: 1, incidents: 3 });
  });

  it('filters by event type, country, actor, text and bbox', () => {
    const store = openSqliteStore(':memory:');
    ingestText(SEED, readFileSync(SEED, 'utf8'), g, store);
    expect(store.listIncidents({ eventTypes: ['Battles'] })).toHaveLength(1);
    expect(store.listIncidents({ country: 'ru' })).toHaveLength(1);
    expect(store.listIncidents({ actor: 'Islamic State' })).toHaveLength(1);
    expect(store.listIncidents({ actor: 'Islamic' })).toHaveLength(0);
    expect(store.listIncidents({ q: 'TRUFFLE' })).toHaveLength(1);
    expect(store.listIncidents({ q: '100%' })).toHaveLength(0);
    expect(store.listIncidents({ bbox: [35, 32, 43, 38] })).toHaveLength(2);
  });

  it('finds an area-level incident from any part of its area, and searches words by prefix, safely', () => {
    const store = openSqliteStore(':memory:');
    ingestText(SEED, readFileSync(SEED, 'utf8'), g, store);
    // A view over eastern Raqqa governorate only, away from its label point (38.91 E, 36.01 N).
    const eastOfLabel = store.listIncidents({ bbox: [39.4, 35.5, 39.8, 36.5] });
    expect(eastOfLabel.map((i) => i.place.level)).toContain('admin1');
    expect(store.listIncidents({ q: 'truff' })).toHaveLength(1);
    expect(store.listIncidents({ q: 'Deir' })).toHaveLength(1);
    expect(store.listIncidents({ q: 'NEAR( "x OR * AND' })).toEqual([]);
  });

  it('merges the same incident reported by a second article into one, listing both sources', () => {
    const store = openSqliteStore(':memory:');
    const a = 'date 2024-05-14\n\nGunmen attacked a market in Maiduguri on Monday, killing five traders.';
    const b = 'date 2024-05-15\n\nFive traders were killed when gunmen attacked a market in Maiduguri on Monday.';
    ingestText('a.txt', a, g, store);
    const second = ingestText('b.txt', b, g, store);
    expect(second.ok && second.outcome?.merged).toBe(1);
    const [incident] = store.listIncidents();
    expect(store.counts().incidents).toBe(1);
    expect(incident!.sources!.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('writes nothing of an article whose incidents fail validation', () => {
    const store = openSqliteStore(':memory:');
    const good = ingestText(SEED, readFileSync(SEED, 'utf8'), g, store);
    expect(good.ok).toBe(true);
    const broken = { ...(good.ok ? good.incidents[0]! : ({} as Incident)), id: 'not-a-valid-id' };
    expect(() => store.saveArticle({ digest: 'other', file: 'x.txt', published: null, title: null, url: null }, [broken])).toThrow();
    expect(store.counts()).toEqual({ articles: 1, incidents: 3 });
  });
});
