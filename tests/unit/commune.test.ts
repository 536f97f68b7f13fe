import { describe, expect, it } from 'vitest';
import { communeKey, communeNamer, communeSpellings, communeWarnings } from '../../src/lib/commune.ts';

describe('communeKey', () => {
  it('is the same for the old and the new tone placement', () => {
    expect(communeKey('Hòa Bình')).toBe(communeKey('Hoà Bình'));
    expect(communeKey('Thủy')).toBe(communeKey('Thuỷ'));
    expect(communeKey('Khỏe')).toBe(communeKey('Khoẻ'));
  });
  it('ignores capitals, spacing and the normalisation form', () => {
    expect(communeKey('hòa  bình')).toBe(communeKey('Hòa Bình'));
    expect(communeKey('Ta\u0309 Le\u0300ng')).toBe(communeKey('Tả Lèng'));
  });
  it('keeps names apart that differ in tone or letters', () => {
    expect(communeKey('Hòa Bình')).not.toBe(communeKey('Hóa Bình'));
    expect(communeKey('Hòa Bình')).not.toBe(communeKey('Hoa Bình'));
    expect(communeKey('Bản Bo')).not.toBe(communeKey('Bản Bó'));
  });
});

describe('communeSpellings', () => {
  it('uses the spelling most records write', () => {
    const spellings = communeSpellings(['Hoà Bình', 'Hòa Bình', 'Hoà Bình']);
    expect([...spellings.values()]).toEqual([
      {
        used: 'Hoà Bình',
        spellings: [
          { spelling: 'Hoà Bình', records: 2 },
          { spelling: 'Hòa Bình', records: 1 },
        ],
      },
    ]);
  });
  it('on a tie, the old tone placement of official names (Khánh Hòa, Thanh Hóa)', () => {
    expect(communeNamer(['Hoà Bình', 'Hòa Bình'])('Hoà Bình')).toBe('Hòa Bình');
    expect(communeNamer(['Hòa Bình', 'Hoà Bình'])('Hoà Bình')).toBe('Hòa Bình');
  });
  it('leaves other communes as they are', () => {
    const name = communeNamer(['Hòa Bình', 'Bản Bo']);
    expect(name('Bản Bo')).toBe('Bản Bo');
    expect(name('Nà Tăm')).toBe('Nà Tăm');
  });
});

describe('communeWarnings', () => {
  const warnings = communeWarnings([
    { file: 'products/a.md', field: 'commune', commune: 'Hòa Bình' },
    { file: 'producers/b.json', field: 'commune', commune: 'Hòa Bình' },
    { file: 'products/c.md', field: 'commune', commune: 'Hoà Bình' },
    { file: 'places/d.json', field: 'commune', commune: 'hòa bình' },
    { file: 'products/e.md', field: 'commune', commune: 'Bản Bo' },
  ]);
  it('names each record spelled otherwise, how the spellings differ, and the one shown', () => {
    expect(warnings).toEqual([
      {
        file: 'products/c.md',
        field: 'commune',
        message: expect.stringMatching(
          /^"Hoà Bình" and "Hòa Bình" \(products\/a\.md\) differ only in tone placement .*the site shows them as one commune, "Hòa Bình", the spelling of 2 of its 4 records\. Write "Hòa Bình" here too\.$/,
        ),
      },
      {
        file: 'places/d.json',
        field: 'commune',
        message: expect.stringContaining('differ only in capital letters'),
      },
    ]);
  });
});
