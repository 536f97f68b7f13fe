import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { useTranslations } from '../../src/i18n/ui.ts';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { addDaysIso } from '../../src/lib/dates.ts';
import { splitByDate } from '../../src/lib/events.ts';
import { formatNumber } from '../../src/lib/format.ts';
import {
  countByCommune,
  countByGroup,
  countByStars,
  expiriesByQuarter,
  newestCertifiedFirst,
} from '../../src/lib/stats.ts';
import { TEST_AS_OF } from './as-of.ts';
import { expect, test } from './fixtures.ts';

// Expected values come from the content folder itself, read the way the build reads it.
const { content } = await checkContentFolder('content');
if (!content) throw new Error('the sample content must pass the content check');
const catalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });
const { upcoming, past } = splitByDate(content.events, TEST_AS_OF);
const vi = useTranslations('vi');
const trimmed = (texts: string[]) => texts.map((text) => text.trim());
const en = useTranslations('en');

test.describe('events', () => {
  test('the events page splits upcoming and past events on the reference date', async ({ page }) => {
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    expect(past.length).toBeGreaterThanOrEqual(2);
    await page.goto('/su-kien/');
    await expect(page.getByRole('heading', { level: 1, name: vi('events.title') })).toBeVisible();
    const titles = async (name: string) =>
      trimmed(await page.getByRole('region', { name }).getByRole('heading', { level: 3 }).allTextContents());
    expect(await titles(vi('events.upcoming'))).toEqual(upcoming.map((event) => event.data.title));
    expect(await titles(vi('events.past'))).toEqual(past.map((event) => event.data.title));
  });

  test('the English events page uses English titles where the record has them', async ({ page }) => {
    await page.goto('/en/events/');
    const headings = await page
      .getByRole('region', { name: en('events.upcoming') })
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(trimmed(headings)).toEqual(upcoming.map((event) => event.data.en?.title ?? event.data.title));
  });

  test("an event page lists only published products and offers the event's calendar file", async ({
    page,
    request,
  }) => {
    const event = content.events.find((e) => (e.data.products ?? []).some((id) => !catalogue.product(id)));
    if (!event) throw new Error('the sample content should have an event naming an unpublished product');
    await page.goto(`/su-kien/${event.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.data.title);
    const shown = await page
      .getByRole('region', { name: vi('events.products') })
      .getByRole('heading', { level: 3 })
      .allTextContents();
    const published = (event.data.products ?? []).flatMap((id) => catalogue.product(id) ?? []);
    expect(shown.map((name) => name.trim())).toEqual(published.map((p) => p.data.name));

    const link = page.getByRole('link', { name: vi('events.addToCalendar') });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/su-kien/${event.id}.ics`);
    const response = await request.get(href ?? '');
    expect(response.headers()['content-type']).toContain('text/calendar');
    const [vevent, ...rest] = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent');
    expect(rest).toEqual([]);
    const calendarEvent = new ICAL.Event(vevent);
    expect(calendarEvent.summary).toBe(event.data.title);
    expect(calendarEvent.startDate.isDate).toBe(true);
    expect(calendarEvent.startDate.toString()).toBe(event.data.start);
    // DTEND is exclusive: the day after the event's last day.
    expect(calendarEvent.endDate.toString()).toBe(addDaysIso(event.data.end, 1));
  });

  test('the calendar of upcoming events holds exactly the upcoming events with their dates', async ({
    page,
    request,
  }) => {
    await page.goto('/su-kien/');
    const href = await page.getByRole('link', { name: vi('events.calendarAll') }).getAttribute('href');
    const text = await (await request.get(href ?? '')).text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString()])).toEqual(
      upcoming.map((e) => [e.data.title, e.data.start, addDaysIso(e.data.end, 1)]),
    );
  });

  test('the home page points to upcoming events and the statistics', async ({ page }) => {
    await page.goto('/');
    const section = page.getByRole('region', { name: vi('events.homeHeading') });
    await expect(section.getByRole('heading', { level: 3 }).first()).toHaveText(upcoming[0]?.data.title ?? '');
    await section.getByRole('link', { name: vi('stats.link') }).click();
    await expect(page).toHaveURL(/\/thong-ke\/$/);
  });
});

test.describe('statistics', () => {
  const tableRows = async (page: import('@playwright/test').Page, name: string) => {
    const table = page.getByRole('table', { name });
    const rows = table.locator('tbody tr');
    return (await rows.all()).map(async (row) => [
      (await row.getByRole('rowheader').textContent())?.trim(),
      (await row.getByRole('cell').textContent())?.trim(),
    ]);
  };

  test('the numbers match the published content', async ({ page }) => {
    await page.goto('/thong-ke/');
    const products = catalogue.products;
    const expected: [string, [string, number][]][] = [
      [vi('stats.byStars'), countByStars(products).map(({ key, count }) => [vi('stars.label', { stars: key }), count])],
      [vi('stats.byGroup'), countByGroup(products).map(({ key, count }) => [vi(`group.${key}`), count])],
      [vi('stats.byCommune'), countByCommune(products).map(({ key, count }) => [key, count])],
      [
        vi('stats.expiries'),
        expiriesByQuarter(products, TEST_AS_OF).map(({ key, count }) => {
          const [year, quarter] = key.split('-Q');
          return [vi('stats.quarter', { quarter: quarter ?? '', year: year ?? '' }), count];
        }),
      ],
    ];
    for (const [name, rows] of expected) {
      expect(rows.reduce((sum, [, count]) => sum + count, 0)).toBeGreaterThan(0);
      expect(await Promise.all(await tableRows(page, name))).toEqual(
        rows.map(([label, count]) => [label, formatNumber(count, 'vi')]),
      );
      // The chart itself is an image named by its title, drawn at build time.
      await expect(page.getByRole('img', { name: new RegExp(`^${name}`) })).toBeVisible();
    }
    // Stars, groups and communes each add up to every published product.
    for (const name of [vi('stats.byStars'), vi('stats.byGroup'), vi('stats.byCommune')]) {
      await expect(page.getByRole('table', { name }).locator('tfoot td')).toHaveText(String(products.length));
    }
  });

  test('the English statistics page shows the same totals', async ({ page }) => {
    await page.goto('/en/statistics/');
    await expect(page.getByRole('table', { name: en('stats.byStars') }).locator('tfoot td')).toHaveText(
      String(catalogue.products.length),
    );
  });
});

test.describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  const readFeed = async (request: import('@playwright/test').APIRequestContext, path: string) => {
    const xml = await (await request.get(path)).text();
    expect(SyntaxValidator.validate(xml, { xmlDeclaraion: { optional: false } })).toBe(true);
    return parser.parse(xml).rss.channel as { title: string; item?: { title: string; link: string }[] };
  };

  for (const [locale, page] of [
    ['vi', '/thong-ke/'],
    ['en', '/en/statistics/'],
  ] as const) {
    test(`the newly certified products feed (${locale}) lists published products, newest certificate first`, async ({
      page: browser,
      request,
    }) => {
      await browser.goto(page);
      const href = await browser.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
      const channel = await readFeed(request, href ?? '');
      const prefix = locale === 'vi' ? '/san-pham/' : '/en/products/';
      expect(channel.item?.map((item) => new URL(item.link).pathname)).toEqual(
        newestCertifiedFirst(catalogue.products).map((product) => `${prefix}${product.id}/`),
      );
    });
  }

  test('the events feeds list every event, latest first, in each language', async ({ page, request }) => {
    await page.goto('/su-kien/');
    const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    const latestFirst = [...upcoming].reverse().concat(past);
    const channel = await readFeed(request, href ?? '');
    expect(channel.item?.map((item) => item.title)).toEqual(latestFirst.map((e) => e.data.title));
    await page.goto('/en/events/');
    const enHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    const enChannel = await readFeed(request, enHref ?? '');
    expect(enChannel.item?.map((item) => new URL(item.link).pathname)).toEqual(
      latestFirst.map((e) => `/en/events/${e.id}/`),
    );
  });
});

test('the About OCOP page explains groups, stars, validity and how to join', async ({ page }) => {
  await page.goto('/gioi-thieu-ocop/');
  await expect(page.getByRole('heading', { level: 1, name: vi('about.title') })).toBeVisible();
  for (const group of ['food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism'] as const) {
    await expect(page.getByText(vi(`group.${group}`), { exact: true })).toBeVisible();
  }
  await expect(page.getByText('36 tháng').first()).toBeVisible();
  await expect(
    page
      .getByRole('list')
      .filter({ hasText: vi('about.join.1') })
      .getByRole('listitem'),
  ).toHaveCount(5);
  await expect(page.getByRole('main').getByRole('link', { name: content.site.office.phone ?? '' })).toBeVisible();
  await page.goto('/en/about-ocop/');
  await expect(page.getByRole('heading', { level: 1, name: en('about.title') })).toBeVisible();
});

test('a broken event record fails the build, naming its file and field', () => {
  test.setTimeout(240_000);
  const outDir = mkdtempSync(join(tmpdir(), 'ocop-broken-event-'));
  try {
    const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
      env: { ...process.env, OCOP_CONTENT_DIR: 'tests/fixtures/broken-event', OCOP_AS_OF: TEST_AS_OF },
      encoding: 'utf8',
      timeout: 220_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('events/ends-before-start.md: end: must be on or after start (2027-01-26)');
    expect(output).toContain('events/unknown-product.md: products[1]: "khong-co-san-pham-nay" is not a product');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
