import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainNaiveBayes } from '../lib/extract/sentence-classifier';
import { classifierExamples } from './classifier-examples';

describe('the committed incident-sentence model', () => {
  it('is exactly what npm run build:classifier makes from the development articles (never hand-edited, never stale)', () => {
    const committed = JSON.parse(readFileSync('data/models/incident-sentence.json', 'utf8'));
    const { note: _note, ...model } = committed;
    expect(trainNaiveBayes(classifierExamples('eval/extract/articles'))).toEqual(model);
  });
});
