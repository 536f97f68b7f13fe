import { defineStrings } from '../define.ts';

/** The not-found page (404.html, en/404.html): old links, mistyped addresses, printed codes of lapsed products. */
export const notFound = defineStrings(
  {
    'notFound.title': 'Không tìm thấy trang',
    'notFound.heading': 'Không tìm thấy trang này',
    'notFound.lead': 'Trang web không có địa chỉ này: có thể địa chỉ bị gõ nhầm, hoặc trang đã được gỡ.',
    'notFound.scanned':
      'Nếu bạn vừa quét mã QR trên nhãn hay phiếu sản phẩm: một sản phẩm được gỡ khỏi trang khi chứng nhận OCOP của nó hết hạn hoặc bị thu hồi. Số chứng nhận in trên nhãn cho biết tình trạng hiện nay:',
    'notFound.verify': 'Tra cứu chứng nhận OCOP',
    'notFound.searchLabel': 'Tìm sản phẩm, chủ thể hoặc địa điểm',
    'notFound.searchSubmit': 'Tìm',
    'notFound.links': 'Các trang chính',
    'notFound.product.heading': 'Sản phẩm này không còn được giới thiệu',
    'notFound.product.lead':
      'Trang chỉ giới thiệu sản phẩm có chứng nhận OCOP từ 3 sao còn hiệu lực. Tra cứu chứng nhận cho biết về sản phẩm này:',
    'notFound.product.check': 'Tra cứu chứng nhận này',
    'notFound.product.catalogue': 'Xem các sản phẩm còn hiệu lực chứng nhận',
  },
  {
    'notFound.title': 'Page not found',
    'notFound.heading': 'Page not found',
    'notFound.lead': 'This site has no page at this address: it may be mistyped, or the page has been taken down.',
    'notFound.scanned':
      'If you have just scanned the QR code on a label or product sheet: a product leaves the site when its OCOP certificate expires or is revoked. The certificate number printed on the label tells its status today:',
    'notFound.verify': 'Check an OCOP certificate',
    'notFound.searchLabel': 'Search products, producers or places',
    'notFound.searchSubmit': 'Search',
    'notFound.links': 'Main pages',
    'notFound.product.heading': 'This product is no longer promoted',
    'notFound.product.lead':
      'The site promotes only products with a valid OCOP certificate of 3 stars or more. The certificate lookup says of this product:',
    'notFound.product.check': 'Check this certificate',
    'notFound.product.catalogue': 'See the products with a valid certificate',
  },
);
