/**
 * Wire datelines at the head of a story: "MOGADISHU, March 24 (Reuters) -", "QUETTA, Pakistan,
 * March 12 -", "BEIRUT (Reuters) —", or "April 8 (Reuters) -" once the city has been read as a place. They say where and when the story was filed, so their date is
 * not the incident's and their day number is not a count of anything.
 */
const WIRE_DATELINE_RE = /^\s*(?:[A-Z][A-Z .'’/-]+(?:,\s*[A-Z][\w .]*)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*(?:\([^)]*\))?\s*[-—–]\s/;

/** The text with its leading wire dateline (if any) blanked out, keeping every offset. */
export function blankDateline(text: string): string {
  return text.replace(WIRE_DATELINE_RE, (m) => ' '.repeat(m.length));
}
