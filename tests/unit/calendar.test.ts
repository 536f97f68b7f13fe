import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from '../../src/lib/calendar.ts';

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
