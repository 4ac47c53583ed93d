import { describe, expect, it } from 'vitest';
import { rememberRecent } from './remember';

describe('rememberRecent', () => {
  it('answers a repeated question without asking again, and forgets beyond its size', () => {
    const asked: string[] = [];
    const measure = (s: string) => {
      asked.push(s);
      return { n: s.length };
    };
    const length = rememberRecent(measure, (s) => s, 2);
    expect(length('ab')).toEqual({ n: 2 });
    expect(length('ab')).toBe(length('ab'));
    length('c');
    length('d');
    length('ab');
    expect(asked).toEqual(['ab', 'c', 'd', 'ab']);
  });

  it('freezes a shared answer so that no caller can change it for the others', () => {
    const toll = rememberRecent((s: string) => ({ min: s.length }), (s) => s);
    expect(() => {
      (toll('x') as { min: number }).min = 5;
    }).toThrow(TypeError);
    expect(toll('x').min).toBe(1);
  });
});
