import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/lib/markdown.ts';
import { lineCount, nameSize, sheetLayout, type SheetText } from '../../src/lib/sheet-layout.ts';

const paragraph = 'Chè được chế biến theo từng mẻ nhỏ, sao suốt thủ công trên chảo gang đặt trên bếp củi của gia đình.';
const sheet = (overrides: Partial<SheetText> = {}): SheetText => ({
  masthead: ['OCOP Tam Đường', 'Tam Đường, Lai Châu'],
  hasCover: true,
  name: 'Chè Shan tuyết',
  stars: 5,
  summary: 'Chè từ cây Shan tuyết cổ thụ trên núi Sà Dề Phìn.',
  validity: 'Còn hiệu lực — hết hạn vào ngày 30/09/2028.',
  facts: [
    { label: 'Nhóm sản phẩm', value: 'Thực phẩm' },
    { label: 'Giấy chứng nhận', value: '4512/QĐ-BNNMT, Bộ Nông nghiệp và Môi trường' },
  ],
  producer: {
    heading: 'Chủ thể',
    name: 'Công ty Cổ phần Chè Tam Đường',
    contacts: [{ label: 'Điện thoại', value: '0213 3876 888' }],
  },
  salesPoints: ['Điểm giới thiệu sản phẩm OCOP · Quốc lộ 4D, xã Bình Lư · 0213 3875 199'],
  salesHeading: 'Nơi bán',
  description: markdownBlocks(`${paragraph}\n\n- **Cách pha:** 5 g chè cho 120 ml nước.`),
  footer: { scan: 'Quét mã', url: 'https://ocop.example/san-pham/che/', asOf: 'Dữ liệu tính đến ngày 29/11/2026.' },
  ...overrides,
});

describe('lineCount', () => {
  it('wraps at spaces', () => {
    expect(lineCount('Chè Shan tuyết', 100, 10)).toBe(1);
    expect(lineCount(paragraph.repeat(3), 100, 10)).toBeGreaterThan(3);
  });
  it('breaks a web address after hyphens and slashes, and a long word anywhere', () => {
    expect(lineCount('cheshantuyet-sadephin-khunha.example/gioi-thieu/hop-tac-xa', 68, 10)).toBe(3);
    expect(lineCount('x'.repeat(200), 60, 10)).toBeGreaterThan(3);
  });
});

describe('the name on a sheet', () => {
  it('keeps the largest size when it fits', () => {
    expect(nameSize('Chè Shan tuyết cổ thụ Sà Dề Phìn', 5)).toBe(20);
  });
  it('gets smaller as it grows, never cut', () => {
    const long =
      'Thuốc tắm thảo dược người Dao đỏ Tả Lèng: bài lá tắm truyền thống từ 22 loại cây rừng, sấy khô và đóng túi';
    expect(long).toHaveLength(106);
    expect(nameSize(long, 4)).toBeLessThan(20);
    expect(nameSize(long.repeat(4), 4)).toBe(10);
  });
});

describe('sheetLayout', () => {
  it('shows everything of a short record', () => {
    const layout = sheetLayout(sheet());
    expect(layout).toMatchObject({ nameSize: 20, cover: true, salesListed: 1, descriptionShortened: false });
    expect(layout.description).toHaveLength(2);
  });
  it('lists fewer sales points when they would crowd out the description, and says so (salesListed < all)', () => {
    const many = Array.from(
      { length: 8 },
      (_, index) =>
        `Cửa hàng số ${index + 1} · Đường Trần Hưng Đạo, phường Tân Phong, tỉnh Lai Châu · 0213 3791 246 · mở cửa hằng ngày`,
    );
    const layout = sheetLayout(
      sheet({ salesPoints: many, description: markdownBlocks(Array(8).fill(paragraph).join('\n\n')) }),
    );
    expect(layout.salesListed).toBeGreaterThanOrEqual(1);
    expect(layout.salesListed).toBeLessThan(8);
  });
  it('shortens a long description at a word, ending in "…", and says it did', () => {
    const layout = sheetLayout(sheet({ description: markdownBlocks(Array(30).fill(paragraph).join('\n\n')) }));
    expect(layout.descriptionShortened).toBe(true);
    expect(layout.description.length).toBeGreaterThan(0);
    expect(layout.description.length).toBeLessThan(30);
    const last = layout.description.at(-1)!;
    if (last.text !== paragraph) expect(last.text).toMatch(/\S…$/);
  });
  it('drops the photo before any text when the text alone fills the page', () => {
    const huge = Array.from({ length: 12 }, (_, index) => ({ label: `Mục ${index}`, value: paragraph }));
    expect(sheetLayout(sheet({ facts: huge })).cover).toBe(false);
  });
});
