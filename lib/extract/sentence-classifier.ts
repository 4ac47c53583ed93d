/**
 * A naive Bayes score for "does this sentence report an incident?", learned from the annotated
 * development articles (gold incidents vs annotated non-incidents: history, statements, forecasts…).
 * It is the last check before a sentence becomes a new incident: the rules find candidates, the
 * model vetoes the ones that read like background. Built by `npm run build:classifier`.
 */
export interface NaiveBayesModel {
  /** log P(incident) − log P(non-incident). */
  prior: number;
  /** Feature → [log P(f | incident), log P(f | non-incident)]; unseen features use `unseen`. */
  weights: Record<string, [number, number]>;
  unseen: [number, number];
}

/** Word unigrams and bigrams, lowercase, digits folded to 0: "killed_0", "in_0" (years). */
export function sentenceFeatures(text: string): string[] {
  const words = text.toLowerCase().replace(/\d+/g, '0').match(/[a-z0]+/g) ?? [];
  const features = [...words];
  for (let i = 0; i + 1 < words.length; i++) features.push(`${words[i]}_${words[i + 1]}`);
  return [...new Set(features)];
}

/** Log-odds that the sentence reports an incident; above 0 the model says it does. */
export function incidentLogOdds(model: NaiveBayesModel, text: string): number {
  let score = model.prior;
  for (const f of sentenceFeatures(text)) {
    const [inc, non] = model.weights[f] ?? model.unseen;
    score += inc - non;
  }
  return score;
}

/** Trains the model from labelled sentences (1 = reports an incident). */
export function trainNaiveBayes(examples: Array<{ text: string; incident: boolean }>): NaiveBayesModel {
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  const totals = [0, 0];
  const docs = [0, 0];
  for (const e of examples) {
    const c = e.incident ? 1 : 0;
    docs[c]!++;
    for (const f of sentenceFeatures(e.text)) {
      counts[c].set(f, (counts[c].get(f) ?? 0) + 1);
      totals[c]!++;
    }
  }
  const vocabulary = new Set([...counts[0].keys(), ...counts[1].keys()]);
  const denominator = [totals[0]! + vocabulary.size, totals[1]! + vocabulary.size];
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const weights: NaiveBayesModel['weights'] = {};
  // Only features seen at least twice are kept: singletons add noise and size, not signal.
  for (const f of [...vocabulary].sort()) {
    const inc = counts[1].get(f) ?? 0;
    const non = counts[0].get(f) ?? 0;
    if (inc + non < 2) continue;
    weights[f] = [round(Math.log((inc + 1) / denominator[1]!)), round(Math.log((non + 1) / denominator[0]!))];
  }
  return {
    prior: round(Math.log(docs[1]! / docs[0]!)),
    weights,
    unseen: [round(Math.log(1 / denominator[1]!)), round(Math.log(1 / denominator[0]!))],
  };
}
