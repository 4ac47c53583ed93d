/**
 * oEmbed 1.0 (https://oembed.com/) for this site's map views and incident pages: a "rich" answer
 * whose html is an <iframe> of /embed with the same view state.
 */
import { decodeViewState, encodeViewState } from './view-state';

export interface OEmbedRequest {
  url: string;
  origin: string;
  maxwidth?: number;
  maxheight?: number;
}

export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  provider_name: 'Conflict Map';
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
}

const DEFAULT_WIDTH = 800;
const DEFAULT_HEIGHT = 500;

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function oembedFor(req: OEmbedRequest): { ok: true; value: OEmbedResponse } | { ok: false; status: 400 | 404; error: string } {
  let target: URL;
  try {
    target = new URL(req.url, req.origin);
  } catch {
    return { ok: false, status: 400, error: 'url is not a valid URL' };
  }
  if (target.origin !== req.origin) return { ok: false, status: 404, error: 'url is not a page of this site' };
  const state = decodeViewState(target.searchParams);
  const incident = /^\/incidents\/([0-9a-f]{16})$/.exec(target.pathname);
  if (incident) state.selected = incident[1]!;
  else if (target.pathname !== '/' && target.pathname !== '/embed') return { ok: false, status: 404, error: 'only map views and incident pages can be embedded' };
  const width = Math.min(req.maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
  const height = Math.min(req.maxheight ?? DEFAULT_HEIGHT, DEFAULT_HEIGHT);
  const query = encodeViewState(state);
  const src = `${req.origin}/embed${query ? `?${query}` : ''}`;
  return {
    ok: true,
    value: {
      version: '1.0',
      type: 'rich',
      provider_name: 'Conflict Map',
      provider_url: req.origin,
      title: incident ? 'Conflict Map incident' : 'Conflict Map',
      html: `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" style="border:0" loading="lazy" title="Conflict Map"></iframe>`,
      width,
      height,
    },
  };
}
