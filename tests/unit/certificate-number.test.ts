// certificate.number: the decision's number only (src/lib/certificate-number.ts, applied by the schema).
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
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
    for (const written of [
      'số 3047/QĐ-UBND',
      'Số3047/QĐ-UBND',
      'So: 3047/QĐ-UBND',
      'No. 3047/QĐ-UBND',
      'Quyết định số 3047/QĐ-UBND',
    ]) {
      expect(issues(withNumber(written))[0], written).toMatch(/write the decision number only, "3047\/QĐ-UBND"$/);
    }
  });
  it('refuses a date inside the number: the date has its own field', () => {
    expect(issues(withNumber('3048/QĐ-UBND ngày 02/6/2025'))).toEqual([
      'certificate.number: holds a date ("ngày 02/6/2025"), which belongs in certificate.date: write the decision number only, "3048/QĐ-UBND"',
    ]);
    for (const written of ['3048/QĐ-UBND, 02/06/2025', '3048/QĐ-UBND (2-6-2025)', '3048/QĐ-UBND 2025-06-02']) {
      expect(issues(withNumber(written))[0], written).toMatch(/holds a date .*"3048\/QĐ-UBND"$/);
    }
  });
  it('accepts decision numbers as offices number them', () => {
    for (const number of ['3047/QĐ-UBND', '4512/QĐ-BNNMT', '12/2025/QĐ-UBND', '45a/QĐ-HĐĐG', '1234/QĐ-UBND.']) {
      expect(issues(withNumber(number)), number).toEqual([]);
    }
    expect(withNumber('3047/QĐ-UBND').success).toBe(true);
  });
});
