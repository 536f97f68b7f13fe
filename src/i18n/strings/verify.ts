import { defineStrings } from '../define.ts';

/** The certificate-status lookup (/tra-cuu/, /en/verify/). */
export const verify = defineStrings(
  {
    'verify.title': 'Tra cứu chứng nhận OCOP',
    'verify.nav': 'Tra cứu chứng nhận',
    'verify.lead':
      'Nhập số quyết định công nhận in trên nhãn (ví dụ 1234/QĐ-UBND) hoặc tên sản phẩm để biết chứng nhận OCOP còn hiệu lực, đã hết hạn hay đã bị thu hồi.',
    'verify.label': 'Số quyết định hoặc tên sản phẩm',
    'verify.hint': 'Gõ có dấu hay không dấu đều được, ví dụ "1234 qd ubnd" hoặc "che shan tuyet".',
    'verify.submit': 'Tra cứu',
    'verify.noscript':
      'Trang này cần JavaScript để tự đối chiếu; nếu trình duyệt của bạn tắt JavaScript, kết quả sẽ không hiện ra. Mọi sản phẩm còn hiệu lực chứng nhận đều có trong danh sách sản phẩm; sản phẩm không có trong danh sách thì không được quảng bá là sản phẩm OCOP. Bạn cũng có thể hỏi đơn vị quản lý ở cuối trang.',
    'verify.productList': 'Danh sách sản phẩm còn hiệu lực chứng nhận',
    'verify.results': 'Kết quả tra cứu',
    'verify.count': '{count} chứng nhận khớp với "{q}".',
    'verify.valid': 'Còn hiệu lực',
    'verify.validDetail': 'hết hạn vào ngày {date}.',
    'verify.expired': 'Hết hạn',
    'verify.expiredDetail': 'từ ngày {date}.',
    'verify.revoked': 'Đã thu hồi',
    'verify.revokedDetail': 'từ ngày {date}.',
    'verify.reason': 'Lý do:',
    'verify.below': 'Không được công nhận OCOP',
    'verify.belowDetail': 'sản phẩm đạt {stars} sao, dưới mức 3 sao để được công nhận và quảng bá là sản phẩm OCOP.',
    'verify.number': 'Số quyết định',
    'verify.rank': 'Hạng',
    'verify.productPage': 'Xem trang sản phẩm',
    'verify.document': 'Xem quyết định công nhận (bản có chữ ký)',
    'verify.none': 'Không có chứng nhận nào khớp với "{q}" trong dữ liệu của trang này.',
    'verify.none.notVerdict': 'Như vậy chưa có nghĩa là nhãn sai hay sản phẩm giả:',
    'verify.none.retype': 'Hãy so lại với số in trên nhãn (ví dụ 1234/QĐ-UBND), hoặc tra theo tên sản phẩm.',
    'verify.none.area': 'Trang này chỉ có sản phẩm OCOP của {region}; sản phẩm của nơi khác không có ở đây.',
    'verify.none.national': 'Sản phẩm OCOP trên cả nước được tra cứu trên',
    'verify.none.tell':
      'Nếu một sản phẩm bán ở {region} ghi là OCOP mà không tra được ở đây, xin báo cho đơn vị quản lý:',
    'verify.loadError': 'Không tải được dữ liệu tra cứu. Hãy thử lại sau, hoặc hỏi đơn vị quản lý ở cuối trang.',
    'verify.asOf': 'Dữ liệu chứng nhận tính đến ngày {date}; thời hạn được đối chiếu với ngày hôm nay.',
  },
  {
    'verify.title': 'Check an OCOP certificate',
    'verify.nav': 'Check a certificate',
    'verify.lead':
      'Type the decision number printed on the label (for example 1234/QĐ-UBND) or the product name to see whether its OCOP certificate is valid, expired or revoked.',
    'verify.label': 'Decision number or product name',
    'verify.hint': 'Vietnamese marks are optional, for example "1234 qd ubnd" or "che shan tuyet".',
    'verify.submit': 'Check',
    'verify.noscript':
      'This page needs JavaScript to check a certificate; if it is turned off in your browser, no result will appear. Every product with a valid certificate is in the product list; a product missing from it may not be promoted as OCOP. You can also ask the office at the foot of the page.',
    'verify.productList': 'List of products with a valid certificate',
    'verify.results': 'Result',
    'verify.count': '{count} certificate(s) match "{q}".',
    'verify.valid': 'Valid',
    'verify.validDetail': 'expires on {date}.',
    'verify.expired': 'Expired',
    'verify.expiredDetail': 'since {date}.',
    'verify.revoked': 'Revoked',
    'verify.revokedDetail': 'since {date}.',
    'verify.reason': 'Reason:',
    'verify.below': 'Not OCOP-certified',
    'verify.belowDetail':
      'rated {stars} stars, below the 3 stars a product needs to be recognised and promoted as OCOP.',
    'verify.number': 'Decision number',
    'verify.rank': 'Rank',
    'verify.productPage': 'See the product page',
    'verify.document': 'See the signed recognition decision (in Vietnamese)',
    'verify.none': 'No certificate matches "{q}" in this site’s data.',
    'verify.none.notVerdict': 'That alone does not mean the label is wrong or the product fake:',
    'verify.none.retype':
      'Compare with the number printed on the label (for example 1234/QĐ-UBND), or search by the product name.',
    'verify.none.area': 'This site lists only the OCOP products of {region}; products from elsewhere are not here.',
    'verify.none.national': 'OCOP products from all of Vietnam can be checked on the national register,',
    'verify.none.tell':
      'If a product sold in {region} claims an OCOP label and cannot be found here, please tell the office:',
    'verify.loadError':
      'The lookup data could not be loaded. Try again later, or ask the office at the foot of the page.',
    'verify.asOf': 'Certificate data as of {date}; validity is checked against today’s date.',
  },
);
