import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, foldContentLine } from '../../src/lib/calendar.ts';

const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

describe('calendar files', () => {
  const text = calendarFile(
    [
      {
        uid: 'hoi-cho-xuan@ocop.example',
        title: 'Hội chợ Xuân, Tết 2027',
        start: '2027-01-20',
        end: '2027-01-26',
        location: 'Sân vận động tỉnh; phường Đoàn Kết',
        url: 'https://ocop.example/su-kien/hoi-cho-xuan/',
        description: 'Gian hàng Tam Đường.\n\nhttps://ocop.example/su-kien/hoi-cho-xuan/',
      },
      {
        uid: 'one-day@ocop.example',
        title: 'Phiên chợ',
        start: '2026-09-27',
        end: '2026-09-27',
        url: 'https://ocop.example/',
      },
    ],
    'Sự kiện OCOP',
    '-//test//EN',
  );
  const [fair, market] = parse(text);

  it('writes all-day events whose exclusive end is the day after the last day', () => {
    const start = fair?.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = fair?.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2027-01-20');
    expect(end.toString()).toBe('2027-01-27');
    expect((market?.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-09-28');
  });
  it('keeps Vietnamese text and punctuation intact', () => {
    expect(fair?.getFirstPropertyValue('summary')).toBe('Hội chợ Xuân, Tết 2027');
    expect(fair?.getFirstPropertyValue('location')).toBe('Sân vận động tỉnh; phường Đoàn Kết');
    expect(fair?.getFirstPropertyValue('uid')).toBe('hoi-cho-xuan@ocop.example');
  });
  it('writes a valid, empty calendar when nothing is upcoming', () => {
    expect(parse(calendarFile([], 'Sự kiện OCOP', '-//test//EN'))).toEqual([]);
  });
});

describe('calendar lines (RFC 5545 §3.1, §3.3.11)', () => {
  const title = 'Đánh giá, phân hạng sản phẩm OCOP cấp huyện đợt 2 năm 2025 tại Hội trường UBND xã Bình Lư; Tam Đường';
  const text = calendarFile(
    [
      {
        uid: 'danh-gia@ocop.example',
        title,
        start: '2025-10-08',
        end: '2025-10-09',
        url: 'https://ocop.example/su-kien/danh-gia/',
        description: `${'Đợt đánh giá thứ hai theo Kế hoạch thực hiện Chương trình OCOP huyện Tam Đường năm 2025. '.repeat(3)}\n\nhttps://ocop.example/su-kien/danh-gia/`,
        location: 'Hội trường UBND xã Bình Lư, tỉnh Lai Châu',
        categories: ['Đánh giá, phân hạng', 'OCOP'],
      },
    ],
    'Sự kiện OCOP Tam Đường, Lai Châu',
    '-//test//EN',
  );
  const lines = text.split('\r\n');

  it('are at most 75 octets, Vietnamese letters counted in UTF-8', () => {
    expect(lines.some((line) => [...line].length < Buffer.byteLength(line) && line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });
  it('are cut between characters, never inside one', () => {
    // Folding undone (CRLF + space removed) gives back whole letters: no U+FFFD from a split sequence.
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).not.toContain('\ufffd');
    expect(unfolded).toContain('SUMMARY:Đánh giá\\, phân hạng sản phẩm OCOP cấp huyện đợt 2 năm 2025 tại');
  });
  it('escape commas in every TEXT value, categories included, and separate categories with bare commas', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nCATEGORIES:Đánh giá\\, phân hạng,OCOP\r\n');
    expect(unfolded).toMatch(/\r\nX-WR-CALNAME[^:]*:Sự kiện OCOP Tam Đường\\, Lai Châu\r\n/);
    expect(unfolded).toContain('LOCATION:Hội trường UBND xã Bình Lư\\, tỉnh Lai Châu');
    expect(unfolded).toContain('; Tam Đường'.replace(';', '\\;'));
    const [event] = parse(text);
    expect(event?.getFirstProperty('categories')?.getValues()).toEqual(['Đánh giá, phân hạng', 'OCOP']);
    expect(event?.getFirstPropertyValue('summary')).toBe(title);
  });
  it('fold a line by octets, the space of a continuation line counted', () => {
    const line = `DESCRIPTION:${'ệ'.repeat(60)}`;
    const folded = foldContentLine(line).split('\r\n');
    expect(folded.map((part) => Buffer.byteLength(part))).toEqual([75, 73, 46]);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.join('').replace(/ /g, '')).toBe(line.replace(/ /g, ''));
  });
});
