/**
 * Sentences that mention violence without reporting an incident: history, generic threats and
 * patterns, aggregate tolls, forecasts, diplomacy and statements, and back-references to an
 * incident already reported ("The attack underscores…").
 */
export type RejectReason = 'history' | 'threat' | 'aggregate' | 'forecast' | 'diplomacy' | 'back-reference';

const THREAT_RE = /\b(?:continues? to pose|pose[sd]? a threat|pattern of|ongoing (?:risk|threat|tensions)|remains? a threat|threat posed|risk posed)\b/i;
const AGGREGATE_RE = /\b(?:since the (?:start|beginning) of|so far this year|this year|over the past (?:\w+ )?(?:months|years|weeks)|in recent (?:months|years)|a string of|a series of|a wave of|since (?:19|20)\d\d)\b/i;
const FORECAST_RE = /\b(?:could|might|would|will|may) (?:launch|attack|strike|escalate|face|lead|spark)\b|\b(?:plans? to|threatened to|vowed to|intends? to|warned of)\b/i;
const DIPLOMACY_RE = /\b(?:held (?:\w+ )?(?:talks|discussions)|met with|meeting|condolences|telephone call|phone call|summit|agreed on|underscores?|highlight(?:s|ed)|talks between|bilateral)\b/i;
const BACK_REFERENCE_RE = /^(?:The|This|That|Such) (?:attack|incident|clash|strike|assault|violence|killing|bombing|fighting)\b/i;

export function rejectReason(sentence: string, publishedYear: number | null): RejectReason | null {
  if (BACK_REFERENCE_RE.test(sentence.trim())) return 'back-reference';
  if (THREAT_RE.test(sentence)) return 'threat';
  const years = [...sentence.matchAll(/\b(?:in|since|during|from|of) ((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.length > 0 && (publishedYear === null || years.every((y) => y < publishedYear))) return 'history';
  if (AGGREGATE_RE.test(sentence)) return 'aggregate';
  if (FORECAST_RE.test(sentence)) return 'forecast';
  return null;
}

/** Diplomacy and statements: rejected unless the violent clause is its own event ("following a deadly attack in X"). */
export function isDiplomatic(sentence: string): boolean {
  return DIPLOMACY_RE.test(sentence);
}
