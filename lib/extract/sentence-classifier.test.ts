import { describe, expect, it } from 'vitest';
import { incidentLogOdds, sentenceFeatures, trainNaiveBayes } from './sentence-classifier';
import model from '../../data/models/incident-sentence.json' with { type: 'json' };
import type { NaiveBayesModel } from './sentence-classifier';
import { MODEL_THRESHOLD } from './extract';

describe('incident sentence model', () => {
  it('folds digits and pairs words, so "in 2011" and "in 2016" share a feature', () => {
    expect(sentenceFeatures('Fighting in 2011')).toEqual(['fighting', 'in', '0', 'fighting_in', 'in_0']);
  });

  it('learns which way words lean from labelled sentences', () => {
    const m = trainNaiveBayes([
      { text: 'Gunmen killed five villagers on Tuesday.', incident: true },
      { text: 'Militants killed three soldiers on Monday.', incident: true },
      { text: 'The war has killed thousands since 2011.', incident: false },
      { text: 'The group has fought the government since 2007.', incident: false },
    ]);
    expect(incidentLogOdds(m, 'Gunmen killed two farmers on Friday.')).toBeGreaterThan(0);
    expect(incidentLogOdds(m, 'The conflict has killed many since 2011.')).toBeLessThan(0);
  });

  it('the shipped model tells a report from background, on either side of the threshold the extractor vetoes at', () => {
    const shipped = model as unknown as NaiveBayesModel;
    const report = incidentLogOdds(shipped, 'A recent attack by IS militants resulted in the death of at least 11 truffle hunters in Raqa province.');
    const background = incidentLogOdds(shipped, 'Turkey has launched a string of offensives in Syria since 2016, targeting Kurdish militias.');
    expect(report).toBeGreaterThan(MODEL_THRESHOLD);
    expect(background).toBeLessThan(MODEL_THRESHOLD);
    expect(report - background).toBeGreaterThan(4);
  });
});
