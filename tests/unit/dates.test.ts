import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/lib/dates.ts';
import { todayIn } from '../../src/lib/validity.ts';
import { referenceDate } from '../../src/lib/env.ts';

describe('dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-2-3')).toBe(false);
  });
  it("takes today in Vietnam's time zone, not the machine's", () => {
    // 18:30 UTC on 31 Dec is already 1 Jan in Vietnam (UTC+7).
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2025-12-31T18:30:00Z'))).toBe('2026-01-01');
  });
  it('reads OCOP_AS_OF and rejects a malformed one', () => {
    expect(referenceDate({ OCOP_AS_OF: '2025-10-20' })).toBe('2025-10-20');
    expect(() => referenceDate({ OCOP_AS_OF: '20/10/2025' })).toThrow(/OCOP_AS_OF/);
    expect(referenceDate({}, new Date('2025-12-31T18:30:00Z'))).toBe('2026-01-01');
  });
});
