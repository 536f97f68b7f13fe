// English names of product lines (bộ sản phẩm). A record's `subgroup` is free Vietnamese text; the lines
// of the OCOP programme (Decision 148/QĐ-TTg, 2023, and the names offices commonly write) have an
// English name here, by canonical key (src/lib/product-line.ts). A line without one is shown in
// Vietnamese, marked lang="vi", and has no English label in the open data.
import { localText, type Localized } from '../lib/localize.ts';
import type { Locale } from '../schemas/enums.ts';

export const PRODUCT_LINE_NAMES_EN: Readonly<Record<string, string>> = {
  // Thực phẩm (food)
  'rau-cu-qua-tuoi': 'Fresh vegetables and fruit',
  'rau-cu-qua-hat-tuoi': 'Fresh vegetables, fruit and nuts',
  'thit-trung-sua-tuoi': 'Fresh meat, eggs and milk',
  'gao-ngu-coc': 'Rice and cereals',
  'mat-ong': 'Honey',
  'mat-ong-san-pham-tu-mat-ong': 'Honey and honey products',
  'thuc-pham-che-bien': 'Processed food',
  'thuc-pham-tuoi-song': 'Fresh food',
  'thuy-san-tuoi-song': 'Fresh and live fish and seafood',
  'gia-vi': 'Spices and condiments',
  che: 'Tea',
  tra: 'Tea',
  'che-tuoi-che-bien': 'Tea, fresh and processed',
  'ca-phe-ca-cao': 'Coffee and cocoa',
  // Đồ uống (drinks)
  'ruou-trang': 'Rice and grain spirits',
  'do-uong-co-con': 'Alcoholic drinks',
  'do-uong-co-con-khac': 'Other alcoholic drinks',
  'do-uong-khong-con': 'Non-alcoholic drinks',
  'nuoc-khoang-nuoc-uong-dong-chai': 'Mineral and bottled water',
  'nuoc-uong-dong-chai': 'Bottled water',
  // Dược liệu (herbal)
  'thuc-pham-chuc-nang-thuoc-duoc-lieu': 'Functional food and herbal medicines',
  'san-pham-tu-duoc-lieu': 'Herbal products',
  'my-pham-tu-duoc-lieu': 'Herbal cosmetics',
  'tra-duoc-lieu': 'Herbal tea',
  'tinh-dau': 'Essential oils',
  // Thủ công mỹ nghệ (handicraft)
  'thu-cong-my-nghe-gia-dung': 'Household handicrafts',
  'thu-cong-my-nghe-trang-tri': 'Decorative handicrafts',
  'thu-cong-my-nghe-gia-dung-trang-tri': 'Household and decorative handicrafts',
  'vai-may-mac': 'Textiles and clothing',
  // Sinh vật cảnh (ornamental)
  hoa: 'Flowers',
  'cay-canh': 'Ornamental plants',
  'dong-vat-canh': 'Ornamental animals',
  // Du lịch (tourism)
  'du-lich-cong-dong': 'Community tourism',
  'du-lich-sinh-thai': 'Eco-tourism',
  'diem-du-lich': 'Tourist sites',
};

/** A product line's name in the reader's language, falling back to the records' Vietnamese label. */
export function productLineName(line: { key: string; label: string }, locale: Locale): Localized {
  return localText(line.label, PRODUCT_LINE_NAMES_EN[line.key], locale);
}
