/** Labelled sentences from annotated articles, as the extractor's parser splits them. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../lib/articles/parse';

/** Non-incident kinds that are whole lines, not sentences the model will ever be asked about. */
const NOT_SENTENCES = new Set(['related-article', 'other']);

export interface LabelledSentence {
  file: string;
  text: string;
  incident: boolean;
}

export function classifierExamples(dir: string): LabelledSentence[] {
  const examples: LabelledSentence[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      incidents: Array<{ evidence: string[] }>;
      non_incidents: Array<{ evidence: string; why: string }>;
    };
    const article = file.replace(/\.gold\.json$/, '.txt');
    const parsed = parseArticle(article, readFileSync(path.join(dir, article), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const { text, sentences } = parsed.article;
    const sentencesAt = (evidence: string) => {
      const start = text.indexOf(evidence);
      if (start < 0) throw new Error(`${file}: evidence not found: "${evidence.slice(0, 50)}"`);
      const end = start + evidence.length;
      return sentences.filter((s) => s.start < end && start < s.end).map((s) => s.text);
    };
    for (const i of gold.incidents) for (const e of i.evidence) for (const t of sentencesAt(e)) examples.push({ file: article, text: t, incident: true });
    for (const n of gold.non_incidents) if (!NOT_SENTENCES.has(n.why)) for (const t of sentencesAt(n.evidence)) examples.push({ file: article, text: t, incident: false });
  }
  return examples;
}
