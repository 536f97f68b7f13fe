import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from '../../src/lib/calendar.ts';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { expiryEntries } from '../../src/lib/expiry-calendar.ts';
import { EXPIRY_WARNING_DAYS, expiringSoon, officeReport } from '../../src/lib/office-report.ts';
import { useTranslations } from '../../src/i18n/ui.ts';

// The sample content at the end-to-end reference date.
const { content } = await checkContentFolder(resolve(import.meta.dirname, '../../content'));
if (!content) throw new Error('the sample content folder must pass its check');
const catalogue = buildCatalogue({ ...content, asOf: '2026-11-29' });
const t = useTranslations('vi');
const entries = expiryEntries(expiringSoon(catalogue), {
  locale: 'vi',
  host: 'ocop.tamduong.example',
  url: (slug) => `https://ocop.tamduong.example/san-pham/${slug}/`,
  words: {
    title: t('expiry.event.title'),
    description: t('expiry.event.description'),
    category: t('expiry.event.category'),
  },
});
const text = calendarFile(entries, 'Hết hạn chứng nhận OCOP', '-//test//VI');
const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

describe('the expiry calendar', () => {
  it('holds the re-evaluation list that npm run check prints, soonest first', () => {
    const listed = [...officeReport(catalogue).matchAll(/^ {2}- .*\((products\/[a-z0-9-]+)\.md\): expires on/gm)].map(
      (match) => match[1]!.replace('products/', ''),
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(entries.map((entry) => entry.uid.replace(/^het-han-(.+)-\d{4}-\d{2}-\d{2}@.*$/, '$1'))).toEqual(listed);
  });

  it('gives each certificate one all-day event on its expiry day, within 90 days', () => {
    expect(events).toHaveLength(entries.length);
    for (const [index, event] of events.entries()) {
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      const expiring = expiringSoon(catalogue)[index]!;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(expiring.expires);
      expect(expiring.days).toBeLessThanOrEqual(EXPIRY_WARNING_DAYS);
    }
    const first = events[0]!;
    expect(first.getFirstPropertyValue('summary')).toBe('Hết hạn OCOP: Chuối tây Bản Giang (3 sao)');
    expect(String(first.getFirstPropertyValue('description'))).toMatch(
      /^Giấy chứng nhận OCOP số \S+ \(.+, ngày \d{2}\/\d{2}\/\d{4}\) hết hiệu lực ngày 20\/12\/2026\. .*\n\nhttps:\/\/ocop\.tamduong\.example\/san-pham\/chuoi-tay-ban-giang\/$/s,
    );
  });

  it('names no unpublished product and no contact', () => {
    const unpublished = catalogue.excluded.map(({ product }) => product.data.name);
    expect(unpublished.length).toBeGreaterThan(0);
    for (const name of unpublished) expect(text).not.toContain(name);
    const contacts = content!.producers.flatMap(({ data }) => [data.phone, data.email].filter(Boolean));
    for (const contact of contacts) expect(text).not.toContain(contact);
  });

  it('is still a calendar when nothing expires soon', () => {
    const quiet = buildCatalogue({ ...content!, asOf: '2020-01-01' });
    expect(expiringSoon(quiet)).toEqual([]);
    const empty = calendarFile([], 'Hết hạn chứng nhận OCOP', '-//test//VI');
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents('vevent')).toEqual([]);
  });
});
