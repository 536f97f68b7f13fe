import { defineStrings } from '../define.ts';

/** A place's page (/dia-diem/<slug>/) and a sales point's printable kit: poster and shelf labels. */
export const places = defineStrings(
  {
    'place.commune': 'Xã, phường',
    'place.onMap': 'Xem trên bản đồ',
    'place.products': 'Sản phẩm OCOP bán tại đây',
    'place.products.lead': 'Chỉ gồm sản phẩm đang còn hiệu lực chứng nhận OCOP, tính đến ngày {date}.',
    'place.products.none': 'Chưa có sản phẩm OCOP còn hiệu lực chứng nhận nào được ghi là bán ở đây.',
    'place.validUntil': 'Hết hạn ngày {date}',
    'place.nearby': 'Địa điểm gần đây',
    'place.distance': 'cách {distance}',
    'place.kit': 'In cho điểm bán',
    'place.kit.lead':
      'Áp phích A4 có mã QR dẫn tới trang này, và nhãn kệ cho từng sản phẩm (giấy nhãn A4 Avery L7165 hoặc tương đương: 8 nhãn 99,1 × 67,7 mm), in từ trình duyệt.',
    'place.kit.poster': 'Áp phích A4 của điểm bán',
    'place.kit.labels': 'Nhãn kệ sản phẩm',
    'kit.poster.title': 'Áp phích: {name}',
    'kit.labels.title': 'Nhãn kệ: {name}',
    'kit.back': 'Về trang {name}',
    'kit.poster.lead':
      'Một trang A4. In bằng nút dưới đây (hoặc lệnh In của trình duyệt), khổ A4, lề mặc định, tỉ lệ 100%.',
    'kit.labels.lead':
      'Mỗi sản phẩm một nhãn, trên giấy nhãn A4 Avery L7165 (2 × 4 nhãn 99,1 × 67,7 mm) hoặc loại tương đương. In khổ A4, tỉ lệ 100% (không co giãn), lề mặc định.',
    'kit.print': 'In / Lưu PDF',
    'kit.pdf': 'Tải bản PDF',
    'kit.heading': 'Điểm bán sản phẩm OCOP',
    'kit.scan': 'Quét mã để xem sản phẩm, chứng nhận và đường đi',
    'kit.productsHere': 'Sản phẩm OCOP bán tại đây',
    'kit.more': 'và {count} sản phẩm khác: quét mã để xem đủ.',
    'kit.none': 'Quét mã để xem các sản phẩm OCOP còn hiệu lực chứng nhận.',
    'kit.asOf':
      'Thông tin tính đến ngày {date}. Chứng nhận OCOP có thời hạn: quét mã để xem tình trạng hôm nay. {office}',
    'kit.label.certificate': 'Số chứng nhận',
    'kit.label.validUntil': 'Hết hạn ngày',
    'kit.label.scan': 'Quét để kiểm tra',
    'kit.labels.sheet': 'Tờ nhãn {page}/{pages}',
  },
  {
    'place.commune': 'Commune',
    'place.onMap': 'See it on the map',
    'place.products': 'OCOP products sold here',
    'place.products.lead': 'Only products whose OCOP certificate is valid, as of {date}.',
    'place.products.none': 'No product with a valid OCOP certificate is recorded as sold here yet.',
    'place.validUntil': 'Expires on {date}',
    'place.nearby': 'Nearby places',
    'place.distance': '{distance} away',
    'place.kit': 'Print for the sales point',
    'place.kit.lead':
      'An A4 poster with a QR code to this page, and a shelf label for each product (A4 label sheets Avery L7165 or equivalent: 8 labels of 99.1 × 67.7 mm), printed from the browser.',
    'place.kit.poster': 'A4 poster of the sales point',
    'place.kit.labels': 'Product shelf labels',
    'kit.poster.title': 'Poster: {name}',
    'kit.labels.title': 'Shelf labels: {name}',
    'kit.back': 'Back to {name}',
    'kit.poster.lead':
      'One A4 page. Print it with the button below (or the browser’s Print), A4, default margins, 100% scale.',
    'kit.labels.lead':
      'One label per product, on A4 label sheets Avery L7165 (2 × 4 labels of 99.1 × 67.7 mm) or equivalent. Print A4 at 100% scale (no fitting), default margins.',
    'kit.print': 'Print / Save as PDF',
    'kit.pdf': 'Download the PDF',
    'kit.heading': 'OCOP products sold here',
    'kit.scan': 'Scan for the products, their certificates and directions',
    'kit.productsHere': 'OCOP products on sale',
    'kit.more': 'and {count} more: scan the code for all of them.',
    'kit.none': 'Scan the code for the OCOP products with a valid certificate.',
    'kit.asOf': 'As of {date}. OCOP certificates run for a fixed time: scan the code for their status today. {office}',
    'kit.label.certificate': 'Certificate',
    'kit.label.validUntil': 'Expires on',
    'kit.label.scan': 'Scan to check',
    'kit.labels.sheet': 'Label sheet {page} of {pages}',
  },
);
