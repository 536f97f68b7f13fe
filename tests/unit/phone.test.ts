// Phone numbers as offices write them: shown as written, dialled as +84… (src/lib/phone.ts, used by
// telHref in src/lib/format.ts and the phone field of src/schemas/fields.ts).
import { describe, expect, it } from 'vitest';
import { telHref } from '../../src/lib/format.ts';
import { producerSchema } from '../../src/schemas/producer.ts';

describe('phone links and fields', () => {
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
});
