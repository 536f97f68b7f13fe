/**
 * What the editor at /admin/ says about each field of each record, in Vietnamese (the office's
 * language), and how a few kinds of text are entered (a date picker, a picker of producers). The
 * structure, required flags, choices, limits and patterns come from the Zod schemas
 * (src/lib/cms/config.ts); a unit test fails when a schema field has no entry here.
 */

/** How a text field is entered, when plain one-line text is not the answer. */
export type FieldInput =
  | { as: 'date' }
  | { as: 'markdown' }
  | { as: 'multiline' }
  | { as: 'image' }
  | { as: 'phone' }
  | { as: 'zalo' }
  | { as: 'email' }
  | { as: 'url' }
  | { as: 'https' }
  | { as: 'tiles' }
  | { as: 'relation'; collection: 'producers' | 'places' | 'products'; filter?: { field: string; values: string[] } };

export interface FieldText {
  label: string;
  hint?: string;
  input?: FieldInput;
}

/** Field texts by collection, then by dotted path (`certificate.date`, `images.src`, `en.name`). */
export const FIELD_TEXTS: Record<'products' | 'producers' | 'places' | 'events' | 'site', Record<string, FieldText>> = {
  products: {
    name: { label: 'Tên sản phẩm' },
    producer: {
      label: 'Chủ thể',
      hint: 'Chọn trong danh sách chủ thể; chủ thể mới thì thêm ở mục "Chủ thể" trước.',
      input: { as: 'relation', collection: 'producers' },
    },
    group: { label: 'Nhóm sản phẩm' },
    subgroup: { label: 'Bộ sản phẩm', hint: 'Ví dụ: "Chè tươi, chế biến".' },
    stars: { label: 'Hạng sao', hint: 'Từ 1 đến 5. Chỉ sản phẩm từ 3 sao trở lên được đăng trên trang.' },
    certificate: { label: 'Quyết định công nhận' },
    'certificate.number': { label: 'Số quyết định', hint: 'Chỉ ghi số, ví dụ "1234/QĐ-UBND" (không ghi "Số:").' },
    'certificate.date': { label: 'Ngày quyết định', input: { as: 'date' } },
    'certificate.issuer': { label: 'Cơ quan công nhận', hint: 'Ví dụ: "UBND tỉnh Lai Châu".' },
    'certificate.expires': {
      label: 'Ngày hết hạn',
      hint: 'Để trống nếu quyết định có hiệu lực 36 tháng (trang tự tính).',
      input: { as: 'date' },
    },
    'certificate.document': {
      label: 'Bản quyết định có chữ ký (đường dẫn)',
      hint: 'Không bắt buộc: địa chỉ web của bản quét quyết định, bắt đầu bằng https://.',
      input: { as: 'url' },
    },
    revoked: { label: 'Thu hồi giấy chứng nhận', hint: 'Chỉ điền khi giấy chứng nhận đã bị thu hồi.' },
    'revoked.date': { label: 'Ngày thu hồi', input: { as: 'date' } },
    'revoked.reason': { label: 'Lý do thu hồi' },
    commune: { label: 'Xã, phường', hint: 'Tên xã hiện nay, không ghi chữ "xã". Ví dụ: "Bình Lư".' },
    formerCommune: { label: 'Xã cũ (trước 7/2025)' },
    summary: { label: 'Giới thiệu ngắn', hint: 'Một câu, tối đa 200 ký tự.', input: { as: 'multiline' } },
    images: { label: 'Ảnh', hint: 'Ảnh đầu tiên là ảnh bìa.' },
    'images.src': { label: 'Tệp ảnh', input: { as: 'image' } },
    'images.alt': { label: 'Mô tả ảnh', hint: 'Ảnh cho thấy gì, cho người không nhìn thấy ảnh.' },
    location: { label: 'Vị trí trên bản đồ', hint: 'Bắt buộc với sản phẩm du lịch.' },
    'location.lat': { label: 'Vĩ độ (8–24)' },
    'location.lng': { label: 'Kinh độ (102–110)' },
    salesPoints: {
      label: 'Điểm bán',
      input: { as: 'relation', collection: 'places', filter: { field: 'kind', values: ['sales-point'] } },
    },
    price: { label: 'Giá', hint: 'Ví dụ: "120.000 đ / hộp 200 g".' },
    en: { label: 'Tiếng Anh' },
    'en.name': { label: 'Tên (tiếng Anh)' },
    'en.summary': { label: 'Giới thiệu ngắn (tiếng Anh)', input: { as: 'multiline' } },
    'en.description': { label: 'Mô tả (tiếng Anh)', input: { as: 'markdown' } },
    body: { label: 'Mô tả sản phẩm', input: { as: 'markdown' } },
  },
  producers: {
    name: { label: 'Tên chủ thể' },
    kind: { label: 'Loại chủ thể' },
    commune: { label: 'Xã, phường' },
    address: { label: 'Địa chỉ' },
    representative: { label: 'Người đại diện' },
    phone: { label: 'Điện thoại', hint: 'Ví dụ: "0213 3875 123" hoặc "+84 913 456 789".', input: { as: 'phone' } },
    zalo: {
      label: 'Zalo',
      hint: 'Số điện thoại Zalo hoặc đường dẫn zalo.me, ví dụ "0912 345 678" hoặc "https://zalo.me/0912345678". Trang hiện nút "Nhắn Zalo" bên số điện thoại.',
      input: { as: 'zalo' },
    },
    email: { label: 'Thư điện tử', input: { as: 'email' } },
    website: { label: 'Trang web', input: { as: 'url' } },
    location: { label: 'Vị trí trên bản đồ' },
    'location.lat': { label: 'Vĩ độ (8–24)' },
    'location.lng': { label: 'Kinh độ (102–110)' },
  },
  places: {
    name: { label: 'Tên địa điểm' },
    kind: { label: 'Loại địa điểm' },
    location: { label: 'Vị trí trên bản đồ' },
    'location.lat': { label: 'Vĩ độ (8–24)' },
    'location.lng': { label: 'Kinh độ (102–110)' },
    commune: { label: 'Xã, phường' },
    address: { label: 'Địa chỉ' },
    phone: { label: 'Điện thoại', input: { as: 'phone' } },
    hours: { label: 'Giờ mở cửa' },
    description: { label: 'Mô tả', input: { as: 'multiline' } },
    en: { label: 'Tiếng Anh' },
    'en.name': { label: 'Tên (tiếng Anh)' },
    'en.description': { label: 'Mô tả (tiếng Anh)', input: { as: 'multiline' } },
    'en.hours': { label: 'Giờ mở cửa (tiếng Anh)', hint: 'Ví dụ: 7:00–17:00 daily' },
  },
  events: {
    title: { label: 'Tên sự kiện' },
    kind: { label: 'Loại sự kiện' },
    start: { label: 'Ngày bắt đầu', input: { as: 'date' } },
    end: { label: 'Ngày kết thúc', hint: 'Sự kiện một ngày: bằng ngày bắt đầu.', input: { as: 'date' } },
    place: {
      label: 'Địa điểm (trên bản đồ)',
      hint: 'Chọn một địa điểm, hoặc ghi "Nơi tổ chức" bên dưới; không điền cả hai.',
      input: { as: 'relation', collection: 'places' },
    },
    venue: { label: 'Nơi tổ chức (nơi khác)' },
    organizer: { label: 'Đơn vị tổ chức' },
    products: { label: 'Sản phẩm tham gia', input: { as: 'relation', collection: 'products' } },
    producers: { label: 'Chủ thể tham gia', input: { as: 'relation', collection: 'producers' } },
    url: { label: 'Trang web của sự kiện', input: { as: 'url' } },
    en: { label: 'Tiếng Anh' },
    'en.title': { label: 'Tên (tiếng Anh)' },
    'en.description': { label: 'Mô tả (tiếng Anh)', input: { as: 'markdown' } },
    body: { label: 'Mô tả', input: { as: 'markdown' } },
  },
  site: {
    name: { label: 'Tên trang' },
    'name.vi': { label: 'Tiếng Việt' },
    'name.en': { label: 'Tiếng Anh' },
    region: { label: 'Địa bàn' },
    'region.vi': { label: 'Tiếng Việt' },
    'region.en': { label: 'Tiếng Anh' },
    url: {
      label: 'Địa chỉ trang (https://…)',
      hint: 'Mã QR trên tờ in dẫn về địa chỉ này: đổi nó làm mọi mã QR đã in mất hiệu lực.',
      input: { as: 'https' },
    },
    office: { label: 'Văn phòng OCOP' },
    'office.name': { label: 'Tên đơn vị' },
    'office.phone': { label: 'Điện thoại', input: { as: 'phone' } },
    'office.email': { label: 'Thư điện tử', input: { as: 'email' } },
    'office.address': { label: 'Địa chỉ' },
    map: { label: 'Bản đồ' },
    'map.center': { label: 'Tâm bản đồ [vĩ độ, kinh độ]' },
    'map.zoom': { label: 'Mức phóng (1–19)' },
    'map.tiles': { label: 'Địa chỉ ô bản đồ', hint: 'Mẫu có {z}, {x} và {y}.', input: { as: 'tiles' } },
    'map.attribution': { label: 'Ghi nguồn bản đồ' },
    sampleData: { label: 'Dữ liệu mẫu', hint: 'Bật để mọi trang ghi rõ đây là dữ liệu mẫu.' },
  },
};

/** Collection names and labels in the editor's sidebar. */
export const COLLECTION_TEXTS = {
  products: { label: 'Sản phẩm', singular: 'sản phẩm' },
  producers: { label: 'Chủ thể', singular: 'chủ thể' },
  places: { label: 'Địa điểm', singular: 'địa điểm' },
  events: { label: 'Sự kiện', singular: 'sự kiện' },
  site: { label: 'Cài đặt trang', singular: 'cài đặt' },
} as const;
