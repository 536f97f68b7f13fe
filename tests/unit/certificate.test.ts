import { describe, expect, it } from 'vitest';
import { certificateExpiry, certificateStatus, isPublished, type Certified } from '../../src/lib/certificate.ts';

const product = (overrides: Partial<Certified> & { date?: string; expires?: string } = {}): Certified => ({
  stars: overrides.stars ?? 4,
  certificate: {
    number: '123/QĐ-UBND',
    date: overrides.date ?? '2024-03-15',
    issuer: 'UBND tỉnh Lai Châu',
    ...(overrides.expires && { expires: overrides.expires }),
  },
  ...(overrides.revoked && { revoked: overrides.revoked }),
});

describe('certificate expiry', () => {
  it('defaults to 36 months after the decision', () => {
    expect(certificateExpiry(product({ date: '2024-03-15' }).certificate)).toBe('2027-03-15');
  });
  it('from 29 February clamps to the last day of February three years on', () => {
    expect(certificateExpiry(product({ date: '2024-02-29' }).certificate)).toBe('2027-02-28');
  });
  it('from 31 January lands on 31 January three years on', () => {
    expect(certificateExpiry(product({ date: '2024-01-31' }).certificate)).toBe('2027-01-31');
  });
  it('uses an explicit expiry date when the record gives one', () => {
    expect(certificateExpiry(product({ date: '2024-03-15', expires: '2025-12-31' }).certificate)).toBe('2025-12-31');
  });
});

describe('publication rule', () => {
  const valid = product({ date: '2024-03-15' }); // expires 2027-03-15

  it('publishes on the day before expiry', () => {
    expect(isPublished(valid, '2027-03-14')).toBe(true);
    expect(certificateStatus(valid, '2027-03-14')).toEqual({ kind: 'valid', expires: '2027-03-15' });
  });
  it('does not publish on the expiry date itself', () => {
    expect(isPublished(valid, '2027-03-15')).toBe(false);
    expect(certificateStatus(valid, '2027-03-15')).toEqual({ kind: 'expired', expires: '2027-03-15' });
  });
  it('does not publish after expiry', () => {
    expect(isPublished(valid, '2028-01-01')).toBe(false);
  });
  it('publishes on the decision date', () => {
    expect(isPublished(valid, '2024-03-15')).toBe(true);
  });
  it('does not publish a revoked product whose certificate is still within its dates', () => {
    const revoked = product({
      date: '2025-01-10',
      revoked: { date: '2025-06-01', reason: 'Không duy trì chất lượng' },
    });
    expect(isPublished(revoked, '2025-07-01')).toBe(false);
    expect(certificateStatus(revoked, '2025-07-01')).toEqual({
      kind: 'revoked',
      date: '2025-06-01',
      reason: 'Không duy trì chất lượng',
    });
  });
  it('does not publish 2 stars even with a valid certificate', () => {
    const twoStars = product({ stars: 2, date: '2025-01-10' });
    expect(isPublished(twoStars, '2025-07-01')).toBe(false);
    expect(certificateStatus(twoStars, '2025-07-01')).toEqual({ kind: 'below-threshold', stars: 2 });
  });
  it('publishes 3 stars, the threshold itself', () => {
    expect(isPublished(product({ stars: 3, date: '2025-01-10' }), '2025-07-01')).toBe(true);
  });
  it('29 February certificate: valid on 27 Feb 2027, lapsed on 28 Feb 2027', () => {
    const leap = product({ date: '2024-02-29' });
    expect(isPublished(leap, '2027-02-27')).toBe(true);
    expect(isPublished(leap, '2027-02-28')).toBe(false);
  });
});
