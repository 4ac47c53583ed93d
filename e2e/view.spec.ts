import { expect, test } from '@playwright/test';

test.describe('view the map', () => {
  test('opens the map and reads an incident from the seeds with its details and source sentence', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.leaflet-container')).toBeVisible();
    // The offline basemap draws country outlines without any tile server.
    await expect(page.locator('.leaflet-overlay-pane path').first()).toBeVisible();

    await page.getByTestId('incident-list').getByRole('button', { name: /truffle hunters/ }).click();
    const details = page.getByTestId('incident-details');
    await expect(details.getByTestId('incident-title')).toContainText('Islamic State');
    await expect(details.getByTestId('incident-date')).toHaveText('date unknown');
    await expect(details.getByTestId('incident-place')).toContainText('Ar Raqqah');
    await expect(details.getByTestId('incident-precision')).toContainText('province');
    await expect(details.getByTestId('incident-fatalities')).toHaveText('at least 11');
    await expect(details.getByTestId('incident-actors')).toContainText('Islamic State (initiator)');
    await expect(details.getByTestId('incident-actors')).toContainText('Civilians (victims)');
    await expect(details.getByTestId('incident-quote')).toContainText('at least 11 truffle hunters in Raqa province');
    // The selection is in the URL.
    await expect(page).toHaveURL(/[?&]id=[0-9a-f]{16}/);
  });

  test('draws a province-level incident as its area, not as a pin', async ({ page }) => {
    await page.goto('/');
    const ring = page.locator('[data-testid="incident-marker"][data-precision="province"]');
    await expect(ring).toHaveCount(1);
    // The Raqqa governorate outline is drawn as a dashed interactive path.
    await expect(page.locator('path.leaflet-interactive[stroke-dasharray]')).toHaveCount(1);
  });

  test('choosing an off-screen incident from the list brings it into view', async ({ page }) => {
    await page.goto('/?lat=0.0000&lon=-30.0000&z=5');
    await page.getByTestId('incident-list').getByRole('button', { name: /Deir ez-Zor/ }).click();
    await expect.poll(() => Number(new URL(page.url()).searchParams.get('lat')), { timeout: 10_000 }).toBeGreaterThan(30);
    await expect(page.getByRole('button', { name: /Syrian Democratic Forces, Deir ez-Zor$/ })).toBeInViewport();
  });

  test('an incident chosen while the map is still loading is brought into view once it loads', async ({ page }) => {
    // Hold back the Leaflet chunk, as a slow connection would, until the reader has clicked.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/_next/static/chunks/**', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('leaflet-container')) await held;
      await route.fulfill({ response, body });
    });
    await page.goto('/?lat=0.0000&lon=-30.0000&z=5');
    await page.getByTestId('incident-list').getByRole('button', { name: /Deir ez-Zor/ }).click();
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
    release();
    await expect.poll(() => Number(new URL(page.url()).searchParams.get('lat')), { timeout: 10_000 }).toBeGreaterThan(30);
  });

  test('selecting a marker on the map shows that incident', async ({ page }) => {
    // Zoomed in on Syria, where the Raqqa and Deir ez-Zor incidents sit apart.
    await page.goto('/?lat=35.8&lon=39.5&z=7');
    // Map markers are keyboard-focusable buttons named after their incident.
    await page.getByRole('button', { name: /truffle hunters.*area-level location/ }).click();
    await expect(page.getByTestId('incident-title')).toContainText('truffle hunters');
  });

  test('keeps vague casualty words instead of inventing a number', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('incident-list').getByRole('button', { name: /Deir ez-Zor/ }).click();
    await expect(page.getByTestId('incident-fatalities')).toHaveText('several fatalities (no number given)');
    await expect(page.getByTestId('incident-actors')).toContainText('Syrian Democratic Forces');
  });

  test('filters by event type through the URL and the filter bar', async ({ page }) => {
    await page.goto('/?type=Battles');
    await expect(page.getByTestId('incident-list').getByRole('button')).toHaveCount(1);
    await page.goto('/');
    await page.getByRole('checkbox', { name: 'Violence against civilians' }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/type=Violence/);
    await expect(page.getByTestId('incident-list')).not.toContainText('Deir ez-Zor');
  });

  test('filters by actor, country and text, and says so when nothing matches', async ({ page }) => {
    await page.goto('/?actor=Islamic%20State');
    await expect(page.getByTestId('incident-list').getByRole('button')).toHaveCount(1);
    await page.goto('/?country=SY');
    await expect(page.getByTestId('incident-list').getByRole('button')).toHaveCount(2);
    await page.goto('/?q=truffle');
    await expect(page.getByTestId('incident-list').getByRole('button', { name: /truffle/ })).toHaveCount(1);
    await page.goto('/?q=nothing-matches-this');
    await expect(page.getByText('No incidents match these filters.')).toBeVisible();
  });

  test('narrows the time range from the timeline and keeps undated incidents counted apart', async ({ page }) => {
    await page.goto('/');
    const timeline = page.getByRole('figure', { name: 'Incidents over time' });
    await expect(timeline).toContainText('undated');
    await timeline.getByRole('button', { name: /^2024-05-13 to 2024-05-13: 1 incident;/ }).click();
    await expect(page).toHaveURL(/from=2024-05-13&to=2024-05-13/);
    await expect(page.getByTestId('incident-list').getByRole('button')).toHaveCount(1);
    await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('From')).toHaveValue('2024-05-13');
  });

  test('renders markup inside an article as text', async ({ page }) => {
    await page.goto('/?q=maiduguri');
    await page.getByTestId('incident-list').getByRole('button', { name: /Maiduguri/ }).click();
    const quote = page.getByTestId('incident-quote');
    await expect(quote).toContainText('<img src=x onerror=');
    await expect(quote).toContainText('<script>window.__pwned = true</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });

  test('tolerates bad query parameters', async ({ page }) => {
    const response = await page.goto('/?lat=abc&z=999&type=Nonsense&from=2024-13-40&id=<script>');
    expect(response?.status()).toBe(200);
    await expect(page.locator('.leaflet-container')).toBeVisible();
  });
});
