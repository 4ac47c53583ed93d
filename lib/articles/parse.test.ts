import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';

function parsed(text: string) {
  const r = parseArticle('t.txt', text);
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

describe('parseArticle', () => {
  it('reads a long roundup headline listing several stories as the headline, not as text', () => {
    const head = 'Middle East roundup: US weighs response to deadly Jordan drone strike; Israeli undercover unit kills three in Jenin hospital; Kataib Hezbollah says it is halting attacks';
    const r = parseArticle('x.txt', `date 2024-01-31\n${head}\n\nAMMAN - The Pentagon on Wednesday named the three soldiers.`);
    expect(r.ok && r.article.blocks[0]).toMatchObject({ kind: 'headline', text: head });
  });

  it('reads a bare ISO date opening the first line as the date line', () => {
    const r = parseArticle('x.txt', '2022-10-27 Iran revises Shiraz shrine toll\n\nAuthorities on Thursday lowered the toll.');
    expect(r.ok && r.article.published).toBe('2022-10-27');
    expect(r.ok && r.article.blocks[0]!.text).toBe('Iran revises Shiraz shrine toll');
  });

  it('reads a date line inline at the start of the first line (seed 000)', () => {
    const a = parsed(readFileSync('seeds/000_685fd687c93636ea.txt', 'utf8'));
    expect(a.published).toBe('2024-03-26');
    expect(a.sentences[0]!.text).toMatch(/^In a significant development/);
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('Clash in Deir ez-Zor: SDF vs. Iran-Backed Militias');
  });

  it('reads an article with no date line, with a warning, and sets related lines and URLs apart (seed 002)', () => {
    const a = parsed(readFileSync('seeds/002_52d21b0ccbb26ab3.txt', 'utf8'));
    expect(a.published).toBeNull();
    expect(a.warnings[0]).toMatch(/no date line/);
    expect(a.urls).toEqual(['https://t.me/news_kremlin/4055']);
    expect(a.blocks.some((b) => b.kind === 'related' && b.text.includes('Turkish Police Arrest'))).toBe(true);
    expect(a.sentences.some((s) => s.text.includes('Related article'))).toBe(false);
  });

  it('keeps offsets into the original text, across hard-wrapped lines', () => {
    const text = 'date 2024-01-02\n\nFirst line of a sentence\nthat wraps. Second sentence.\n';
    const a = parsed(text);
    for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(a.sentences).toHaveLength(2);
  });

  it('does not end a sentence at "vs." or "U.S."', () => {
    const a = parsed('date 2024-01-02\n\nThe U.S. military said the SDF vs. IS fighting went on. Then it stopped.');
    expect(a.sentences).toHaveLength(2);
  });

  it.each([
    ['', /empty article/],
    ['   \n\n  ', /empty article/],
    ['\u0000\u0001\u0002binary', /binary/],
    ['date 2024-13-45 Something happened.', /date line has "2024-13-45"/],
    ['date 2024-01-02\n', /no article text/],
  ])('rejects bad input with a message naming the file: %j', (text, message) => {
    const r = parseArticle('bad.txt', text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^bad\.txt: /);
      expect(r.error).toMatch(message);
    }
  });
});
