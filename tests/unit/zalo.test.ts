import { describe, expect, it } from 'vitest';
import { zaloHref } from '../../src/lib/format.ts';
import { producerSchema } from '../../src/schemas/producer.ts';

const producer = (zalo: unknown) => ({
  name: 'HTX A',
  kind: 'cooperative',
  commune: 'Bình Lư',
  address: 'Bản A',
  zalo,
});

describe('a producer’s zalo', () => {
  it.each([
    '0912 345 678',
    '+84 912 345 678',
    '0912.345.678',
    'https://zalo.me/0912345678',
    'zalo.me/0912345678',
    'https://zalo.me/g/abcxyz123',
  ])('accepts %s', (zalo) => expect(producerSchema.safeParse(producer(zalo)).success).toBe(true));

  it.each(['12345', 'https://facebook.com/htx', 'https://zalo.me.evil.example/0912345678', 'javascript:alert(1)', ''])(
    'refuses %s, saying what it expects',
    (zalo) => {
      const result = producerSchema.safeParse(producer(zalo));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['zalo']);
    },
  );

  it('says what a Zalo contact may be', () => {
    const message = producerSchema.safeParse(producer('12345')).error?.issues[0]?.message;
    expect(message).toContain('"12345" is neither a Vietnamese phone number');
    expect(message).toContain('zalo.me link');
  });

  it('is optional', () => {
    expect(producerSchema.safeParse({ ...producer(undefined), zalo: undefined }).success).toBe(true);
  });
});

describe('zaloHref', () => {
  it('opens a chat with a phone number as Vietnamese dial it', () => {
    expect(zaloHref('0912 345 678')).toBe('https://zalo.me/0912345678');
    expect(zaloHref('+84 912 345 678')).toBe('https://zalo.me/0912345678');
  });
  it('keeps a zalo.me link, always over https', () => {
    expect(zaloHref('zalo.me/0912345678')).toBe('https://zalo.me/0912345678');
    expect(zaloHref('http://zalo.me/g/abcxyz123')).toBe('https://zalo.me/g/abcxyz123');
    expect(zaloHref('https://zalo.me/0912345678')).toBe('https://zalo.me/0912345678');
  });
});
