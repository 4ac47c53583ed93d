import { describe, expect, it } from 'vitest';
import { ArticleBodySchema, authorize } from './ingest-request';

describe('ingest request', () => {
  const token = 'a-long-enough-secret-token';

  it('is disabled without INGEST_TOKEN and refuses wrong or missing tokens', () => {
    expect(authorize(`Bearer ${token}`, null)).toMatchObject({ ok: false, status: 403 });
    expect(authorize(null, token)).toMatchObject({ ok: false, status: 401 });
    expect(authorize('Bearer nope', token)).toMatchObject({ ok: false, status: 401 });
    expect(authorize(`Bearer ${token}`, token)).toEqual({ ok: true });
  });

  it('accepts a named article and rejects path tricks and empty text', () => {
    expect(ArticleBodySchema.safeParse({ file: 'wire-2024-03-26.txt', text: 'date 2024-03-26 x' }).success).toBe(true);
    expect(ArticleBodySchema.safeParse({ file: '../../etc/passwd', text: 'x' }).success).toBe(false);
    expect(ArticleBodySchema.safeParse({ file: 'a.txt', text: '' }).success).toBe(false);
  });
});
