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

  test('a malformed article is refused with a message and nothing is stored', async ({ request }) => {
    const response = await request.post('/api/articles', { data: { file: 'empty.txt', text: '   ' }, headers: { authorization: `Bearer ${E2E_INGEST_TOKEN}` } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toBe('empty.txt: empty article');
  });
});
