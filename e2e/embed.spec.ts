import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/** A page on another origin (its own port), as a newsroom's article embedding the map would be. */
async function hostPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html><body><h1>Host page</h1>${html}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test.describe('embed', () => {
  test('the oEmbed iframe loads the map inside another site', async ({ page, baseURL }) => {
    const oembed = await (await page.request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/?type=Battles`)}`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 500 });
    expect(oembed.html).toContain('/embed?type=Battles');

    const host = await hostPage(oembed.html);
    try {
      await page.goto(host.url);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.leaflet-container')).toBeVisible();
      // No page chrome inside the embed: no filter bar, and only the filtered incident.
      await expect(frame.getByRole('form', { name: 'Filters' })).toHaveCount(0);
      await expect(frame.getByTestId('incident-list').getByRole('button')).toHaveCount(1);
      await frame.getByTestId('incident-list').getByRole('button', { name: /Deir ez-Zor/ }).click();
      await expect(frame.getByTestId('incident-title')).toContainText('Syrian Democratic Forces');
    } finally {
      host.server.close();
    }
  });

  test('only /embed may be framed by other sites', async ({ request }) => {
    const embed = await request.get('/embed');
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    const home = await request.get('/');
    expect(home.headers()['x-frame-options']).toBe('DENY');
    expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('oEmbed rejects other sites and bad input', async ({ request }) => {
    expect((await request.get('/api/oembed')).status()).toBe(400);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent('https://example.com/')}`)).status()).toBe(404);
    expect((await request.get('/api/oembed?url=/&format=xml')).status()).toBe(501);
  });
});
