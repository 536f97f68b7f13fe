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
export const PUBLISHED_STAR_RANKS = [3, 4, 5] as const;

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Kinds of `events/<slug>.md`: trade fairs, the council's evaluation rounds, trainings for producers. */
export const EVENT_KINDS = ['fair', 'evaluation', 'training', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
