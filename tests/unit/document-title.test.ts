import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/format.ts';

describe('documentTitle', () => {
  const site = 'OCOP Tam Đường';
  it('appends the site name while the whole fits in 70 characters', () => {
    expect(documentTitle('Chè Shan tuyết', site)).toBe('Chè Shan tuyết | OCOP Tam Đường');
    expect(documentTitle(site, site)).toBe(site);
  });
  it('drops the site name, then cuts a long name at a word with "…", never past 70 characters', () => {
    const name =
      'Thuốc tắm thảo dược người Dao đỏ Tả Lèng: bài lá tắm truyền thống từ 22 loại cây rừng, sấy khô và đóng túi';
    const title = documentTitle(name, site);
    expect([...title].length).toBeLessThanOrEqual(70);
    expect(title).toBe('Thuốc tắm thảo dược người Dao đỏ Tả Lèng: bài lá tắm truyền thống từ…');
    expect(documentTitle('x'.repeat(60), site)).toBe('x'.repeat(60));
  });
});
