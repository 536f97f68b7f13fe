import { certificateExpiry } from '../../src/lib/certificate.ts';
import { addDaysIso } from '../../src/lib/dates.ts';
import { formatDate } from '../../src/lib/format.ts';
import { recordPath } from '../../src/lib/routes.ts';
import { TEST_AS_OF } from './as-of.ts';
import { sample, sampleCatalogue } from './catalogue-data.ts';
import { expect, test } from './fixtures.ts';

const product = (id: string) => {
  const found = sampleCatalogue.product(id);
  if (!found) throw new Error(`${id} is not published in the sample content`);
  return found;
};
const honey = product('mat-ong-rung-tam-duong');
const honeyProducer = sampleCatalogue.producer(honey.data.producer)!;

test.describe('a product page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the enquiry message to copy by hand', async ({ page }) => {
    await page.goto(`/san-pham/${honey.id}/`);
    const enquiry = page.getByRole('region', { name: 'Dành cho nhà phân phối' });
    await expect(enquiry.getByRole('button', { name: 'Chép thư hỏi' })).toBeHidden();
    await enquiry.getByText('Thư hỏi mẫu').click();
    await expect(enquiry.getByRole('textbox', { name: 'Thư hỏi mẫu' })).toHaveValue(new RegExp(honey.data.name));
  });
});

test.describe('a product page', () => {
  test('shows the product, its certificate, its producer and where to buy it', async ({ page }) => {
    await page.goto(`/san-pham/${honey.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: honey.data.name })).toBeVisible();
    await expect(page.getByRole('img', { name: `OCOP ${honey.data.stars} sao` }).first()).toBeVisible();
    await expect(page.getByText(honey.data.summary).filter({ visible: true })).toBeVisible();
    await expect(page.getByText(honey.data.price!).filter({ visible: true })).toBeVisible();

    const certificate = page.getByRole('region', { name: 'Giấy chứng nhận OCOP' });
    await expect(certificate.getByText(honey.data.certificate.number)).toBeVisible();
    await expect(certificate.getByText(honey.data.certificate.issuer)).toBeVisible();
    const [year, month, day] = certificateExpiry(honey.data.certificate).split('-');
    await expect(certificate.getByText(`${day}/${month}/${year}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toBeHidden();
    await expect(certificate.getByText(/hết hiệu lực/)).toBeHidden();

    const producer = page.getByRole('region', { name: 'Chủ thể sản xuất' });
    await expect(producer.getByRole('link', { name: honeyProducer.data.name, exact: true })).toHaveAttribute(
      'href',
      `/chu-the/${honeyProducer.id}/`,
    );
    // Dialled in E.164 form, which works from any phone: "+84 983 506 117" → tel:+84983506117.
    await expect(producer.getByRole('link', { name: honeyProducer.data.phone! })).toHaveAttribute(
      'href',
      `tel:+84${honeyProducer.data.phone!.replace(/^\+84|\D/g, '').replace(/^0/, '')}`,
    );
    await expect(producer.getByRole('link', { name: honeyProducer.data.email! })).toHaveAttribute(
      'href',
      `mailto:${honeyProducer.data.email}`,
    );
    await expect(producer.getByText(honeyProducer.data.address)).toBeVisible();

    const where = page.getByRole('region', { name: 'Nơi mua' });
    for (const slug of honey.data.salesPoints ?? []) {
      const place = sampleCatalogue.place(slug)!;
      await expect(where.getByRole('link', { name: place.data.name, exact: true })).toHaveAttribute(
        'href',
        `/dia-diem/${slug}/`,
      );
      // The sample's map list fits one page: the point's entry is on the map page itself.
      await expect(where.getByRole('link', { name: `Xem ${place.data.name} trên bản đồ` })).toHaveAttribute(
        'href',
        `/ban-do/?diem=${slug}#diem-${slug}`,
      );
    }

    const enquiry = page.getByRole('link', { name: `Gửi thư hỏi về ${honey.data.name}` });
    const href = decodeURIComponent((await enquiry.getAttribute('href'))!);
    expect(href).toMatch(new RegExp(`^mailto:${honeyProducer.data.email}\\?subject=`));
    expect(href).toContain(honey.data.name);
  });

  test('the enquiry copies its prefilled message beside the e-mail link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/san-pham/${honey.id}/`);
    const enquiry = page.getByRole('region', { name: 'Dành cho nhà phân phối' });
    await expect(enquiry.getByRole('link', { name: `Gửi thư hỏi về ${honey.data.name}` })).toBeVisible();
    await enquiry.getByRole('button', { name: 'Chép thư hỏi' }).click();
    await expect(enquiry.getByRole('status')).toHaveText(/Đã chép thư hỏi/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Kính gửi ${honeyProducer.data.name}`);
    expect(copied).toContain(honey.data.name);
    expect(copied).toMatch(new RegExp(`https://\\S+/san-pham/${honey.id}/`));
    // The same words as the e-mail's body.
    const href = (await enquiry.getByRole('link', { name: /Gửi thư hỏi/ }).getAttribute('href'))!;
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe(copied);
  });

  test('serves the cover through astro:assets with AVIF, WebP and fixed dimensions', async ({ page }) => {
    await page.goto(`/san-pham/${honey.id}/`);
    const cover = page.getByRole('img', { name: honey.data.images![0]!.alt });
    await expect(cover).toHaveAttribute('width', /\d+/);
    await expect(cover).toHaveAttribute('height', /\d+/);
    const picture = page.locator('picture').filter({ has: cover });
    await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\d+w/);
    await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\d+w/);
    // Related-product cards lie below the fold and load lazily.
    await expect(page.getByRole('region', { name: 'Sản phẩm liên quan' }).locator('img').first()).toHaveAttribute(
      'loading',
      'lazy',
    );
  });

  test('tells a visitor after the expiry date that the certificate has lapsed', async ({ page }) => {
    const expires = certificateExpiry(honey.data.certificate);
    // The page was built before the expiry; the visitor opens it on the expiry day, in Vietnam.
    await page.clock.setFixedTime(new Date(`${expires}T08:00:00+07:00`));
    await page.goto(`/san-pham/${honey.id}/`);
    const [year, month, day] = expires.split('-');
    await expect(page.getByRole('alert')).toHaveText(new RegExp(`đã hết hiệu lực từ ngày ${day}/${month}/${year}`));
  });

  test.describe('built before its certificate expired and opened after', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    const expires = certificateExpiry(honey.data.certificate);
    const lapsed = {
      vi: `OCOP ${honey.data.stars} sao, chứng nhận đã hết hiệu lực`,
      en: `${honey.data.stars}-star OCOP, certificate lapsed`,
    };

    for (const locale of ['vi', 'en'] as const) {
      test(`says so in the first screen of a phone, beside a badge that shows it (${locale})`, async ({ page }) => {
        expect(expires > TEST_AS_OF, 'the page is built before the expiry').toBe(true);
        // The evening before the expiry, in Vietnam: still valid, nothing shows.
        await page.clock.setFixedTime(new Date(`${addDaysIso(expires, -1)}T23:30:00+07:00`));
        await page.goto(recordPath('product', locale, honey.id));
        await expect(page.getByRole('img', { name: lapsed[locale] })).toHaveCount(0);
        await expect(page.getByRole('alert')).toBeHidden();

        await page.clock.setFixedTime(new Date(`${expires}T00:30:00+07:00`));
        await page.reload();
        const alert = page.getByRole('alert');
        await expect(alert).toContainText(
          locale === 'vi'
            ? `đã hết hiệu lực từ ngày ${formatDate(expires, 'vi')}`
            : `lapsed on ${formatDate(expires, 'en')}`,
        );
        const badge = page.getByRole('img', { name: lapsed[locale] }).first();
        await expect(badge).toContainText(locale === 'vi' ? 'Hết hiệu lực' : 'Lapsed');
        for (const shown of [alert, badge, page.getByRole('heading', { level: 1 })]) {
          const box = (await shown.boundingBox())!;
          expect(box.y + box.height, 'in the first screen').toBeLessThanOrEqual(740);
        }
        await expect(alert.getByRole('link')).toHaveAttribute(
          'href',
          `/${locale === 'vi' ? 'tra-cuu' : 'en/verify'}/?q=${encodeURIComponent(honey.data.certificate.number)}`,
        );
      });
    }

    test('the printed sheet says so too', async ({ page }) => {
      await page.clock.setFixedTime(new Date(`${expires}T08:00:00+07:00`));
      await page.goto(recordPath('product', 'vi', honey.id));
      await page.emulateMedia({ media: 'print' });
      const sheet = page.getByRole('article', { name: `Phiếu sản phẩm: ${honey.data.name}` });
      await expect(
        sheet.getByText(`Chứng nhận OCOP đã hết hiệu lực từ ngày ${formatDate(expires, 'vi')}.`),
      ).toBeVisible();
      await expect(sheet.getByRole('img', { name: lapsed.vi })).toBeVisible();
    });
  });

  test('says in its first screen that a valid certificate is valid, in the lookup’s words, and so does the sheet', async ({
    page,
  }) => {
    const expires = certificateExpiry(honey.data.certificate);
    const words = {
      vi: `Còn hiệu lực — hết hạn vào ngày ${formatDate(expires, 'vi')}.`,
      en: `Valid — expires on ${formatDate(expires, 'en')}.`,
    };
    for (const locale of ['vi', 'en'] as const) {
      await page.goto(recordPath('product', locale, honey.id));
      await expect(page.locator('.facts .validity')).toHaveText(words[locale]);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.product-sheet').getByText(words[locale])).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('opened after the expiry, keeps the certificate and the way to the lookup, and no call, message or sale', async ({
    page,
  }) => {
    const expires = certificateExpiry(honey.data.certificate);
    // The producer's calls and the sales (the office's own contacts in the footer stay: it is who to tell).
    const calls = page
      .getByRole('main')
      .locator('a[href^="tel:"], a[href*="zalo.me"], a[href^="mailto:"], a[href*="?sp="]');
    // A control: before the expiry the page calls and sells.
    await page.goto(`/san-pham/${honey.id}/`);
    expect(await calls.filter({ visible: true }).count()).toBeGreaterThan(3);
    await expect(page.locator('share-link button')).toBeVisible();

    // The page was cached before the expiry (its HTML is the same file); the visitor opens it on the day.
    await page.clock.setFixedTime(new Date(`${expires}T08:00:00+07:00`));
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('link', { name: 'Tra cứu tình trạng hiện nay' })).toBeVisible();
    const certificate = page.getByRole('region', { name: 'Giấy chứng nhận OCOP' });
    await expect(certificate.getByText(honey.data.certificate.number)).toBeVisible();
    await expect(page.locator('.facts .validity')).toBeHidden();
    await expect(page.getByText('Còn hiệu lực').filter({ visible: true })).toHaveCount(0);

    await expect(calls.filter({ visible: true })).toHaveCount(0);
    for (const region of ['Chủ thể sản xuất', 'Nơi mua', 'Dành cho nhà phân phối']) {
      await expect(page.getByRole('region', { name: region })).toHaveCount(0);
    }
    await expect(page.getByRole('link', { name: /^Gọi / })).toHaveCount(0);
    await expect(page.locator('share-link button')).toBeHidden();

    // Its printed sheet: the lapse instead of "valid", and no producer's contacts.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.product-sheet');
    await expect(
      sheet.getByText(`Chứng nhận OCOP đã hết hiệu lực từ ngày ${formatDate(expires, 'vi')}.`),
    ).toBeVisible();
    await expect(sheet.getByText(/Còn hiệu lực/)).toBeHidden();
    await expect(sheet.getByText(honeyProducer.data.phone!)).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: test.info().outputPath('lapsed-phone.png'), fullPage: true });
  });

  test('describes itself to search engines and social networks', async ({ page }) => {
    await page.goto(`/san-pham/${honey.id}/`);
    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /^https:\/\/.+\/san-pham\/mat-ong-rung-tam-duong\/$/,
    );
    await expect(head.locator('link[hreflang="en"]')).toHaveAttribute(
      'href',
      /\/en\/products\/mat-ong-rung-tam-duong\/$/,
    );
    await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https:\/\/.+\.jpe?g$/);
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      '@type': 'Product',
      name: honey.data.name,
      manufacturer: { name: honeyProducer.data.name },
      offers: { '@type': 'Offer', priceCurrency: 'VND' },
    });
  });

  test('has no Offer when the record gives no price', async ({ page }) => {
    const priceless = sampleCatalogue.products.find((other) => !other.data.price);
    test.skip(!priceless, 'every sample product has a price');
    await page.goto(`/san-pham/${priceless!.id}/`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).not.toHaveProperty('offers');
  });
});

test.describe('reaching the producer where they sell', () => {
  test('"Nhắn Zalo" sits beside the phone, and opens a chat with the producer', async ({ page }) => {
    const zalo = honeyProducer.data.zalo;
    if (!zalo) throw new Error(`${honeyProducer.id} has no zalo in the sample content`);
    await page.goto(`/san-pham/${honey.id}/`);
    const producer = page.getByRole('region', { name: 'Chủ thể sản xuất' });
    const link = producer.getByRole('link', { name: `Nhắn Zalo cho ${honeyProducer.data.name}` });
    await expect(link).toHaveAttribute('href', `https://zalo.me/${zalo.replace(/[^\d]/g, '').replace(/^84/, '0')}`);
    // Beside the phone: in the same entry of the card.
    const phone = page.getByRole('link', { name: honeyProducer.data.phone! });
    await expect(producer.locator('dd', { has: phone }).getByRole('link', { name: /^Nhắn Zalo/ })).toHaveCount(1);

    await page.goto(`/en/products/${honey.id}/`);
    await expect(page.getByRole('link', { name: `Message on Zalo to ${honeyProducer.data.name}` })).toBeVisible();
    // The enquiry for distributors opens the same chat, beside its copy of the message.
    await expect(
      page
        .getByRole('region', { name: 'For distributors' })
        .getByRole('link', { name: 'Message on Zalo', exact: true }),
    ).toHaveAttribute('href', `https://zalo.me/${zalo.replace(/[^\d]/g, '').replace(/^84/, '0')}`);
  });

  test('the share button opens the phone’s share sheet with the page’s address', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.goto(`/san-pham/${honey.id}/`);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
      { title: honey.data.name, url: `${sample.site.url}/san-pham/${honey.id}/` },
    ]);
  });

  test('without the Web Share API it copies the link, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(`/en/products/${honey.id}/`);
    await page.getByRole('button', { name: 'Copy the link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The link is copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${sample.site.url}/en/products/${honey.id}/`,
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('there is no share button that cannot work', async ({ page }) => {
      await page.goto(`/san-pham/${honey.id}/`);
      await expect(page.getByRole('button', { name: 'Chia sẻ' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: `Nhắn Zalo cho ${honeyProducer.data.name}` })).toBeVisible();
    });
  });
});

test.describe('a product page in English', () => {
  test('uses the English text of the record', async ({ page }) => {
    const translated = sampleCatalogue.products.find((other) => other.data.en?.description)!;
    await page.goto(`/en/products/${translated.id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: translated.data.en!.name })).not.toHaveAttribute(
      'lang',
      'vi',
    );
    await expect(page.getByRole('region', { name: 'About this product' }).locator('[lang="vi"]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'OCOP certificate' })).toBeVisible();
  });

  test('falls back to the Vietnamese text, marked lang="vi"', async ({ page }) => {
    const untranslated = sampleCatalogue.products.find((other) => !other.data.en)!;
    await page.goto(`/en/products/${untranslated.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: untranslated.data.name })).toHaveAttribute('lang', 'vi');
    await expect(page.getByText(untranslated.data.summary).filter({ visible: true })).toHaveAttribute('lang', 'vi');
    const description = page.getByRole('region', { name: 'About this product' }).locator('.description');
    await expect(description).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { name: 'Where to buy' })).toBeVisible();
    await expect(page.getByRole('img', { name: `${untranslated.data.stars}-star OCOP` }).first()).toBeVisible();
  });
});

test.describe('producer pages', () => {
  test('show the profile, contacts and every published product', async ({ page }) => {
    await page.goto(`/chu-the/${honeyProducer.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: honeyProducer.data.name })).toBeVisible();
    await expect(page.getByRole('link', { name: honeyProducer.data.phone! })).toHaveAttribute('href', /^tel:/);
    const products = sampleCatalogue.productsOf(honeyProducer.id);
    const list = page.getByRole('region', { name: `Sản phẩm OCOP của ${honeyProducer.data.name}` });
    await expect(list.getByRole('article')).toHaveCount(products.length);
    for (const other of products)
      await expect(list.getByRole('link', { name: other.data.name, exact: true })).toBeVisible();
  });

  test('exist only for producers with a published product', async ({ request }) => {
    const hidden = sample.producers.filter((producer) => !sampleCatalogue.producer(producer.id));
    for (const producer of hidden) {
      expect((await request.get(`/chu-the/${producer.id}/`)).status(), producer.id).toBe(404);
    }
    for (const producer of sampleCatalogue.producers.slice(0, 3)) {
      expect((await request.get(`/en/producers/${producer.id}/`)).status(), producer.id).toBe(200);
    }
  });
});

test('a product page leads back to its group and the whole catalogue', async ({ page }) => {
  await page.goto(`/en/products/${honey.id}/`);
  const trail = page.getByRole('navigation', { name: 'You are here' });
  await trail.getByRole('link', { name: 'Food' }).click();
  await expect(page).toHaveURL(/\/en\/products\/group\/food\/$/);
  await expect(page.getByRole('link', { name: honey.data.en!.name, exact: true })).toBeVisible();
});
