// The rules records must follow beyond their type: the certificate number and the phone number.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { certificateNumberProblem } from '../../src/lib/certificate-number.ts';
import { telHref } from '../../src/lib/format.ts';
import { dialNumber, retiredPhoneWarning } from '../../src/lib/phone.ts';
import { producerSchema } from '../../src/schemas/producer.ts';
import { productSchema } from '../../src/schemas/product.ts';

const product = productSchema(z.string());
const withNumber = (number: string) =>
  product.safeParse({
    name: 'Chè xanh',
    producer: 'htx',
    group: 'food',
    stars: 3,
    certificate: { number, date: '2025-06-02', issuer: 'UBND tỉnh Lai Châu' },
    commune: 'Tả Lèng',
    summary: 'Chè xanh.',
  });
const issues = (result: ReturnType<typeof withNumber>) =>
  result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('certificate.number', () => {
  it('refuses a "Số:" prefix, naming the number to write', () => {
    expect(issues(withNumber('Số: 3047/QĐ-UBND'))).toEqual([
      'certificate.number: starts with "Số:": write the decision number only, "3047/QĐ-UBND"',
    ]);
    for (const written of ['số 3047/QĐ-UBND', 'So: 3047/QĐ-UBND', 'No. 3047/QĐ-UBND', 'Quyết định số 3047/QĐ-UBND']) {
      expect(certificateNumberProblem(written), written).toMatch(/write the decision number only, "3047\/QĐ-UBND"$/);
    }
  });
  it('refuses a date inside the number: the date has its own field', () => {
    expect(issues(withNumber('3048/QĐ-UBND ngày 02/6/2025'))).toEqual([
      'certificate.number: holds a date ("ngày 02/6/2025"), which belongs in certificate.date: write the decision number only, "3048/QĐ-UBND"',
    ]);
    for (const written of ['3048/QĐ-UBND, 02/06/2025', '3048/QĐ-UBND (2-6-2025)', '3048/QĐ-UBND 2025-06-02']) {
      expect(certificateNumberProblem(written), written).toMatch(/holds a date .*"3048\/QĐ-UBND"$/);
    }
  });
  it('accepts decision numbers as offices number them', () => {
    for (const number of ['3047/QĐ-UBND', '4512/QĐ-BNNMT', '12/2025/QĐ-UBND', '45a/QĐ-HĐĐG', '1234/QĐ-UBND.']) {
      expect(certificateNumberProblem(number), number).toBeUndefined();
    }
    expect(withNumber('3047/QĐ-UBND').success).toBe(true);
  });
});

describe('phone numbers', () => {
  it('dial every "+84 (0)" form without the trunk 0', () => {
    for (const written of [
      '+84 (0) 912 345 678',
      '+84(0)912345678',
      '+84 0912 345 678',
      '(+84) 912 345 678',
      '0084 912 345 678',
    ]) {
      expect(telHref(written), written).toBe('tel:+84912345678');
    }
  });
  it('dial national numbers in the form that works from any phone', () => {
    expect(telHref('0912 345 678')).toBe('tel:+84912345678');
    expect(telHref('0213 3875 123')).toBe('tel:+842133875123');
    expect(telHref('0213.3875.123')).toBe('tel:+842133875123');
  });
  it('are accepted as written and kept so for display', () => {
    const parsed = producerSchema.parse({
      name: 'HTX',
      kind: 'cooperative',
      commune: 'Bản Bo',
      address: 'Bản Bo',
      phone: '+84 (0) 912 345 678',
    });
    expect(parsed.phone).toBe('+84 (0) 912 345 678');
  });
  it('refuse what cannot be dialled', () => {
    for (const written of [
      '912 345 678',
      '+85 912 345 678',
      '0912 345 678 / 0213 3875 123',
      '0912',
      '+84 (0) 012 345 678',
    ]) {
      expect(dialNumber(written), written).toBeUndefined();
    }
    expect(
      producerSchema.safeParse({
        name: 'HTX',
        kind: 'cooperative',
        commune: 'Bản Bo',
        address: 'Bản Bo',
        phone: '0912',
      }).success,
    ).toBe(false);
  });
  it('warn of retired numbers, with the number to write', () => {
    expect(retiredPhoneWarning('01689 123 456')).toBe(
      '"01689 123 456" is an 11-digit mobile number; 0168 numbers became 038 in 2018: write "0389123456" if that is the number',
    );
    expect(retiredPhoneWarning('0123 456 7890')).toMatch(/0123 numbers became 083 in 2018/);
    expect(retiredPhoneWarning('(0231) 3875 123')).toBe(
      `"(0231) 3875 123" uses 0231, Lai Châu's area code until 2017; it is now 0213: write "0213 3875123" if that is the number`,
    );
    expect(retiredPhoneWarning('+84 231 3875 123')).toMatch(/Lai Châu's area code until 2017/);
  });
  it('do not warn of current numbers', () => {
    for (const written of ['0213 3875 123', '0912 345 678', '+84 983 506 117', '0389 123 456', '0232 3822 111']) {
      expect(retiredPhoneWarning(written), written).toBeUndefined();
    }
  });
});
