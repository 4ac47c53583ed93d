import { expect, test } from '@playwright/test';

test.describe('share', () => {
  test('an incident URL opens a server-rendered page with link-preview tags', async ({ page, request }) => {
    await page.goto('/');
    await page.getByTestId('incident-list').getByRole('button', { name: /truffle hunters/ }).click();
    const permalink = await page.getByTestId('incident-permalink').inputValue();
    const path = new URL(permalink).pathname;

    // Server-rendered: the HTML itself carries the details and the preview tags.
    const html = await (await request.get(path)).text();
    expect(html).toContain('at least 11 truffle hunters');
    expect(html).toMatch(/<meta property="og:title" content="[^"]*truffle hunters/);
    expect(html).toContain('name="twitter:card"');
    expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed"/);
    // The generated preview image is served as a PNG.
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toBeTruthy();
    const png = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');

    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('truffle hunters');
    await expect(page.getByTestId('incident-fatalities')).toHaveText('at least 11');
  });

  test('a map view URL reproduces position, zoom, filters and selection', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('incident-list').getByRole('button', { name: /truffle hunters/ }).click();
    const id = new URL(page.url()).searchParams.get('id');
    const url = `/?lat=35.5000&lon=39.0000&z=6&type=Violence+against+civilians&id=${id}`;
    await page.goto(url);
    await expect(page.getByTestId('incident-title')).toContainText('truffle hunters');
    await expect(page.getByRole('checkbox', { name: 'Violence against civilians' })).toBeChecked();
    const viewLink = await page.getByTestId('view-link').inputValue();
    expect(new URL(viewLink).searchParams.get('z')).toBe('6');
    expect(new URL(viewLink).searchParams.get('id')).toBe(id);
    expect(page.url()).toContain('z=6');
  });

  test('panning and zooming the map rewrite the URL, which reopens the same view', async ({ page }) => {
    await page.goto('/?lat=35.0000&lon=39.0000&z=6');
    const map = page.locator('.leaflet-container');
    await map.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => Number(new URL(page.url()).searchParams.get('lon'))).toBeGreaterThan(39.2);
    await page.keyboard.press('Equal');
    await expect.poll(() => new URL(page.url()).searchParams.get('z')).toBe('7');
    const moved = page.url();
    await page.goto(moved);
    await expect.poll(() => page.url()).toBe(moved);
  });

  test('an unknown incident id is a 404 page', async ({ request }) => {
    const response = await request.get('/incidents/0000000000000000');
    expect(response.status()).toBe(404);
  });
});
