import { describe, expect, it } from 'vitest';
import { oembedFor } from './oembed';

const origin = 'https://map.example.org';

describe('oembedFor', () => {
  it('answers a map view with an iframe of /embed carrying the same state', () => {
    const r = oembedFor({ url: `${origin}/?type=Battles&z=6&lat=35&lon=39`, origin });
    expect(r.ok && r.value).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 500 });
    expect(r.ok && r.value.html).toContain(`src="${origin}/embed?lat=35.0000&amp;lon=39.0000&amp;z=6&amp;type=Battles"`);
  });

  it('embeds an incident page as the map with that incident selected', () => {
    const r = oembedFor({ url: `${origin}/incidents/126ebce5c30ceb0a`, origin, maxwidth: 400 });
    expect(r.ok && r.value.html).toContain('id=126ebce5c30ceb0a');
    expect(r.ok && r.value.width).toBe(400);
  });

  it('refuses other sites and other pages', () => {
    expect(oembedFor({ url: 'https://evil.example/', origin })).toMatchObject({ ok: false, status: 404 });
    expect(oembedFor({ url: `${origin}/api/incidents`, origin })).toMatchObject({ ok: false, status: 404 });
  });
});
