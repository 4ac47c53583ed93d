import { oembedFor } from '@/lib/url-state/oembed';

function dimension(value: string | null): number | undefined | null {
  if (value === null) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** GET /api/oembed?url=…[&maxwidth=&maxheight=&format=json] (oEmbed 1.0). */
export function GET(request: Request) {
  const requestUrl = new URL(request.url);
  const params = requestUrl.searchParams;
  const url = params.get('url');
  if (!url) return Response.json({ error: 'missing url parameter' }, { status: 400 });
  const format = params.get('format') ?? 'json';
  // oEmbed §2.2: an unsupported format is a 501.
  if (format !== 'json') return Response.json({ error: 'only format=json is supported' }, { status: 501 });
  const maxwidth = dimension(params.get('maxwidth'));
  const maxheight = dimension(params.get('maxheight'));
  if (maxwidth === null || maxheight === null) return Response.json({ error: 'maxwidth and maxheight must be positive integers' }, { status: 400 });
  const answer = oembedFor({ url, origin: requestUrl.origin, maxwidth, maxheight });
  if (!answer.ok) return Response.json({ error: answer.error }, { status: answer.status });
  return Response.json(answer.value);
}
