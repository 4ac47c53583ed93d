import { describe, expect, it } from 'vitest';
import { readConfig } from './env';

describe('configuration', () => {
  it('defaults to the embedded SQLite file, no ingest, the bundled basemap', () => {
    const c = readConfig({});
    expect(c.database).toMatchObject({ kind: 'sqlite' });
    expect(c.ingestToken).toBeNull();
    expect(c.tiles).toBeNull();
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('reads file: and postgres: database URLs', () => {
    expect(readConfig({ DATABASE_URL: 'file:/tmp/x.sqlite' }).database).toEqual({ kind: 'sqlite', file: '/tmp/x.sqlite' });
    expect(readConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
  });

  it('fails loudly, naming the variable', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ INGEST_TOKEN: 'short' })).toThrow(/INGEST_TOKEN/);
    expect(() => readConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
  });
});
