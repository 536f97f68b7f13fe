import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { hasRecords } from '../../src/lib/content/read.ts';
import {
  eventLocation,
  formatDateRange,
  isOngoing,
  localTitle,
  participantsOf,
  splitByDate,
} from '../../src/lib/events.ts';

const event = (id: string, start: string, end = start, extra: { products?: string[]; producers?: string[] } = {}) => ({
  id,
  data: { title: id, start, end, ...extra },
});

describe('splitting events on the reference date', () => {
  const events = [
    event('tet-fair', '2027-01-20', '2027-01-26'),
    event('round-1-2025', '2025-05-14', '2025-05-15'),
    event('running-now', '2026-11-27', '2026-11-30'),
    event('ended-yesterday', '2026-11-25', '2026-11-28'),
    event('round-2-2025', '2025-10-08', '2025-10-09'),
  ];
  const { upcoming, past } = splitByDate(events, '2026-11-29');

  it('keeps an event that is still running among the upcoming, soonest first', () => {
    expect(upcoming.map((e) => e.id)).toEqual(['running-now', 'tet-fair']);
  });
  it('lists past events most recent first', () => {
    expect(past.map((e) => e.id)).toEqual(['ended-yesterday', 'round-2-2025', 'round-1-2025']);
  });
  it('counts an event on its last day as ongoing, and not the day after', () => {
    expect(isOngoing(event('x', '2026-11-27', '2026-11-29'), '2026-11-29')).toBe(true);
    expect(isOngoing(event('x', '2026-11-27', '2026-11-29'), '2026-11-30')).toBe(false);
    expect(isOngoing(event('x', '2026-11-30', '2026-12-01'), '2026-11-29')).toBe(false);
  });
});

describe('participants', () => {
  const published = new Map([['mien-dong', { name: 'Miến dong' }]]);
  const shown = new Map([['htx-binh-lu', { name: 'HTX Bình Lư' }]]);
  it('names only published products and shown producers', () => {
    const result = participantsOf(
      event('fair', '2027-01-20', '2027-01-20', {
        products: ['mien-dong', 'chanh-leo-expired'],
        producers: ['htx-binh-lu', 'nothing-published'],
      }),
      { product: (id) => published.get(id), producer: (id) => shown.get(id) },
    );
    expect(result).toEqual({ products: [{ name: 'Miến dong' }], producers: [{ name: 'HTX Bình Lư' }] });
  });
});

describe('event text', () => {
  it('writes a range, or one date for a one-day event', () => {
    expect(formatDateRange('2027-01-20', '2027-01-26', 'vi')).toBe('20/01/2027 – 26/01/2027');
    expect(formatDateRange('2026-09-27', '2026-09-27', 'en')).toBe('27 September 2026');
  });
  it('falls back to the Vietnamese title on English pages', () => {
    expect(localTitle({ title: 'Hội chợ' }, 'en')).toEqual({ text: 'Hội chợ', lang: 'vi' });
    expect(localTitle({ title: 'Hội chợ', en: { title: 'Fair' } }, 'en')).toEqual({ text: 'Fair', lang: 'en' });
  });
  it('takes the place of a map point, or the free-text venue', () => {
    const place = (id: string) =>
      id === 'cho-binh-lu'
        ? { data: { name: 'Chợ Bình Lư', address: 'Xã Bình Lư', en: { name: 'Bình Lư market' } } }
        : undefined;
    expect(eventLocation({ place: 'cho-binh-lu' }, place, 'en')).toEqual({
      name: { text: 'Bình Lư market', lang: 'en' },
      address: 'Xã Bình Lư',
    });
    expect(eventLocation({ venue: 'Hội trường xã' }, place, 'en')).toEqual({
      name: { text: 'Hội trường xã', lang: 'vi' },
    });
  });
});

describe('content check of events', () => {
  it('names the file and field of each bad event', async () => {
    const { problems, content } = await checkContentFolder('tests/fixtures/broken-event');
    expect(content).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'events/ends-before-start.md: end: must be on or after start (2027-01-26)',
      'events/unknown-product.md: products[1]: "khong-co-san-pham-nay" is not a product: there is no products/khong-co-san-pham-nay.md',
    ]);
  });
  it('knows whether the optional events/ folder holds records', () => {
    expect(hasRecords('tests/fixtures/minimal', 'events')).toBe(false);
    expect(hasRecords('tests/fixtures/broken-event', 'events')).toBe(true);
  });
  it('accepts a folder without events/', async () => {
    const { problems, content } = await checkContentFolder('tests/fixtures/minimal');
    expect(problems).toEqual([]);
    expect(content?.events).toEqual([]);
  });
  it('accepts the sample events', async () => {
    const { problems, content } = await checkContentFolder('content');
    expect(problems).toEqual([]);
    expect(content?.events.length).toBeGreaterThanOrEqual(4);
  });
});
