import { describe, expect, it } from 'vitest';
import { dialNumber, retiredPhoneWarning } from '../../src/lib/phone.ts';
import { producerSchema } from '../../src/schemas/producer.ts';

describe('phone number rules', () => {
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
      '"01689 123 456" is an 11-digit mobile number; 0168 numbers became 038 in 2018: write "0389 123 456" if that is the number',
    );
    expect(retiredPhoneWarning('0123 456 7890')).toMatch(/0123 numbers became 083 in 2018/);
    expect(retiredPhoneWarning('(0231) 3875 123')).toBe(
      `"(0231) 3875 123" uses 0231, Lai Châu's area code until 2017; it is now 0213: write "0213 3875 123" if that is the number`,
    );
    expect(retiredPhoneWarning('+84 231 3875 123')).toMatch(/Lai Châu's area code until 2017/);
  });
  it('do not warn of current numbers', () => {
    for (const written of ['0213 3875 123', '0912 345 678', '+84 983 506 117', '0389 123 456', '0232 3822 111']) {
      expect(retiredPhoneWarning(written), written).toBeUndefined();
    }
  });
});
