import { expect, test } from '@playwright/test';
import { E2E_INGEST_TOKEN } from '../playwright.config';

test.describe('ingest over HTTP', () => {
  test('an authorised POST adds an article whose incident then appears on the map', async ({ page, request }) => {
    const text = 'date 2024-06-11\n\nGunmen abducted 20 passengers from a bus near Kaduna on Monday, police said.';
    const denied = await request.post('/api/articles', { data: { file: 'kaduna-bus.txt', text } });
    expect(denied.status()).toBe(401);

    const response = await request.post('/api/articles', { data: { file: 'kaduna-bus.txt', text }, headers: { authorization: `Bearer ${E2E_INGEST_TOKEN}` } });
    expect(response.status()).toBe(201);
    const body = await response.json();
    expect(body.incidents[0]).toMatchObject({ sub_event_type: 'Abduction/forced disappearance', date: '2024-06-10' });

    await page.goto('/?q=passengers');
    await expect(page.getByTestId('incident-list').getByRole('button', { name: /Kaduna/ })).toHaveCount(1);
  });

  test('a village the gazetteer lacks is shown at its province, and a place it cannot find at all is shown as unresolved', async ({ page, request }) => {
    const auth = { authorization: `Bearer ${E2E_INGEST_TOKEN}` };
    const post = (file: string, text: string) => request.post('/api/articles', { data: { file, text }, headers: auth });
    const framedResponse = await post('kishishe.txt', 'date 2022-12-01\n\nM23 rebels killed at least 131 civilians in the village of Kishishe, in North Kivu province, on Tuesday.');
    expect(framedResponse.status()).toBe(201);
    const [massacre] = (await framedResponse.json()).incidents;
    await page.goto(`/incidents/${massacre.id}`);
    await expect(page.getByTestId('incident-place')).toContainText('Kishishe (not in the gazetteer), in Nord-Kivu');
    await expect(page.getByTestId('incident-precision')).toContainText('geo-precision 3');

    const lostResponse = await post('xyzzyvale.txt', 'date 2024-06-11\n\nGunmen killed five farmers in Xyzzyvale on Monday, police said.');
    expect(lostResponse.status()).toBe(201);
    const [attack] = (await lostResponse.json()).incidents;
    expect(attack.place).toMatchObject({ text: 'Xyzzyvale', lat: null, lon: null });
    await page.goto(`/incidents/${attack.id}`);
    await expect(page.getByTestId('incident-place')).toContainText('Xyzzyvale (unresolved place)');
    await expect(page.getByTestId('incident-precision')).toContainText('location unresolved');
  });

  test('a malformed article is refused with a message and nothing is stored', async ({ request }) => {
    const response = await request.post('/api/articles', { data: { file: 'empty.txt', text: '   ' }, headers: { authorization: `Bearer ${E2E_INGEST_TOKEN}` } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toBe('empty.txt: empty article');
  });
});
