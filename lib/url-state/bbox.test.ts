import { describe, expect, it } from 'vitest';
import { parseBBox } from './bbox';

describe('parseBBox', () => {
  it('reads west,south,east,north', () => {
    expect(parseBBox('35,32,43,38')).toEqual({ ok: true, bbox: [35, 32, 43, 38] });
    expect(parseBBox(null)).toEqual({ ok: true, bbox: undefined });
  });

  it('names the problem with a bad box', () => {
    expect(parseBBox('1,2,3')).toMatchObject({ ok: false, error: expect.stringContaining('four numbers') });
    expect(parseBBox('40,32,35,38')).toMatchObject({ ok: false, error: expect.stringContaining('west<east') });
    expect(parseBBox('a,b,c,d')).toMatchObject({ ok: false });
  });
});
