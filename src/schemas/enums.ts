/** The six OCOP groups of Decision 148/QĐ-TTg (2023), in the order the programme lists them. */
export const PRODUCT_GROUPS = ['food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism'] as const;
export type ProductGroup = (typeof PRODUCT_GROUPS)[number];

export const PRODUCER_KINDS = ['cooperative', 'enterprise', 'household', 'other'] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const PLACE_KINDS = ['sales-point', 'tourism'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Map point kinds of `/data/places.geojson`: places plus producers that are shown. */
export const MAP_POINT_KINDS = ['sales-point', 'tourism', 'producer'] as const;
export type MapPointKind = (typeof MAP_POINT_KINDS)[number];

export const STAR_RANKS = [1, 2, 3, 4, 5] as const;

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Kinds of `events/<slug>.md`: trade fairs, the council's evaluation rounds, trainings for producers. */
export const EVENT_KINDS = ['fair', 'evaluation', 'training', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/*
 * The Vietnamese names of these values, as the OCOP programme and the office write them: the site's
 * Vietnamese labels (src/i18n/strings), the editor's choices in /admin/ (src/lib/cms) and the
 * spreadsheet import's reading of a group's name (src/lib/import) all take them from here.
 */
export const GROUP_NAMES_VI = {
  food: 'Thực phẩm',
  beverage: 'Đồ uống',
  herbal: 'Dược liệu và sản phẩm từ dược liệu',
  handicraft: 'Hàng thủ công mỹ nghệ',
  ornamental: 'Sinh vật cảnh',
  tourism: 'Du lịch cộng đồng và điểm du lịch',
} as const satisfies Record<ProductGroup, string>;

export const PRODUCER_KIND_NAMES_VI = {
  cooperative: 'Hợp tác xã',
  enterprise: 'Doanh nghiệp',
  household: 'Hộ sản xuất, kinh doanh',
  other: 'Chủ thể khác',
} as const satisfies Record<ProducerKind, string>;

export const PLACE_KIND_NAMES_VI = {
  'sales-point': 'Điểm bán sản phẩm OCOP',
  tourism: 'Điểm du lịch cộng đồng',
} as const satisfies Record<PlaceKind, string>;

export const EVENT_KIND_NAMES_VI = {
  fair: 'Hội chợ',
  evaluation: 'Đánh giá, phân hạng',
  training: 'Tập huấn',
  other: 'Sự kiện',
} as const satisfies Record<EventKind, string>;
