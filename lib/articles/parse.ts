/**
 * parseArticle(file, raw): one news text file → its parts, with character offsets into the
 * original text so every later fact can point back at its sentence.
 *
 * Format (seeds/): an optional date line "date YYYY-MM-DD" (or a bare "YYYY-MM-DD", as wire exports
 * write it), on its own or inline at the start of the first line; then paragraphs separated by blank lines (hard-wrapped lines inside a paragraph are
 * joined); short unpunctuated lines are headings; "Related article:" lines and bare URLs are kept
 * apart because they never report incidents themselves.
 */
import { z } from 'zod';

export type BlockKind = 'headline' | 'heading' | 'paragraph' | 'related' | 'url';

export interface Block {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index into `blocks` of the paragraph the sentence belongs to. */
  block: number;
  /** The section heading the sentence sits under, if any. */
  heading: string | null;
}

export interface Article {
  file: string;
  /** "YYYY-MM-DD", or null when the file has no date line. */
  published: string | null;
  title: string | null;
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  urls: string[];
  /** Problems that did not stop parsing ("no date line"). */
  warnings: string[];
}

export type ParseResult = { ok: true; article: Article } | { ok: false; error: string };

const DATE_LINE_RE = /^(\s*)(?:date\s+(\S+)|(\d{4}-\d\d-\d\d)(?=\s))[ \t]*/i;
const IsoDate = z.iso.date();
const URL_LINE_RE = /^\s*https?:\/\/\S+\s*$/;
const RELATED_RE = /^\s*(?:related(?: article| story| coverage)?|read more|see also)\s*:/i;
const HEADING_MAX = 90;
// Roundup headlines list several stories ("…; …; …") and run long; a first line without closing punctuation is still one.
const HEADLINE_MAX = 250;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION_END_RE = /(?:\b(?:vs|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|St|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|approx|est|Jr|Sr|Inc|Co)\.|\b[A-Z]\.(?:[A-Z]\.)*)\s*$/;
const MAX_BYTES = 2_000_000;

/** Control characters other than tab/newline/CR suggest a binary file. */
function looksBinary(raw: string): boolean {
  if (raw.includes('\u0000')) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
  const controls = raw.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls > Math.max(8, raw.length * 0.01);
}

/**
 * A heading is one short line without closing punctuation. Title Case is not required: wire
 * headlines are often in sentence case ("Dozens killed in suspected chemical attack").
 */
function isHeading(text: string, first: boolean): boolean {
  const t = text.trim();
  if (t.length === 0 || t.includes('\n') || /[.!?,;:"”]$/.test(t)) return false;
  return first ? t.length <= HEADLINE_MAX : t.length <= HEADING_MAX;
}

function splitSentences(text: string, offset: number): Array<{ text: string; start: number; end: number }> {
  const flat = text.replace(/\s*\n\s*/g, (m) => ' '.padEnd(m.length, ' '));
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces: Array<{ start: number; end: number }> = [];
  for (const seg of segmenter.segment(flat)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    const previous = pieces.at(-1);
    // Intl.Segmenter ends sentences at "vs." and "U.S."; join such fragments back.
    if (previous && ABBREVIATION_END_RE.test(flat.slice(previous.start, previous.end))) previous.end = end;
    else pieces.push({ start, end });
  }
  return pieces
    .map(({ start, end }) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      return { text: trimmed, start: offset + start + lead, end: offset + start + lead + trimmed.length };
    })
    .filter((s) => s.text.length > 0);
}

export function parseArticle(file: string, raw: string): ParseResult {
  if (raw.length > MAX_BYTES) return { ok: false, error: `${file}: file is ${raw.length} characters, more than the ${MAX_BYTES} limit` };
  if (looksBinary(raw)) return { ok: false, error: `${file}: looks like a binary file, not article text` };
  const text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return { ok: false, error: `${file}: empty article` };

  const warnings: string[] = [];
  let published: string | null = null;
  let bodyStart = 0;
  const dateLine = DATE_LINE_RE.exec(text);
  if (dateLine) {
    const value = (dateLine[2] ?? dateLine[3])!;
    if (!IsoDate.safeParse(value).success) return { ok: false, error: `${file}: date line has "${value}", expected YYYY-MM-DD` };
    published = value;
    bodyStart = dateLine[0].length;
  } else {
    warnings.push(`${file}: no date line; relative dates ("on Thursday") stay unknown`);
  }

  const blocks: Block[] = [];
  const blockRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  blockRe.lastIndex = bodyStart;
  for (let m = blockRe.exec(text); m; m = blockRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const content = m[0].trim();
    if (!content) continue;
    const start = m.index + lead;
    const kind: BlockKind = URL_LINE_RE.test(content)
      ? 'url'
      : RELATED_RE.test(content)
        ? 'related'
        : isHeading(content, blocks.length === 0)
          ? blocks.length === 0
            ? 'headline'
            : 'heading'
          : 'paragraph';
    blocks.push({ kind, text: content, start, end: start + content.length });
  }
  if (!blocks.some((b) => b.kind === 'paragraph')) return { ok: false, error: `${file}: no article text after the date line` };

  const sentences: Sentence[] = [];
  let heading: string | null = null;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') heading = block.text;
    if (block.kind !== 'paragraph') return;
    for (const s of splitSentences(block.text, block.start)) sentences.push({ ...s, block: index, heading });
  });
  const headline = blocks.find((b) => b.kind === 'headline');
  return {
    ok: true,
    article: {
      file,
      published,
      title: headline?.text ?? null,
      text,
      blocks,
      sentences,
      urls: blocks.filter((b) => b.kind === 'url').map((b) => b.text),
      warnings,
    },
  };
}
