import { defineStrings } from '../define.ts';

export const search = defineStrings(
  {
    'search.title': 'Tìm kiếm',
    'search.description':
      'Tìm sản phẩm OCOP, chủ thể sản xuất, điểm bán và điểm du lịch; gõ có dấu hay không dấu đều được.',
    'search.label': 'Tìm sản phẩm, chủ thể, điểm bán',
    'search.headerLabel': 'Tìm trên trang',
    'search.submit': 'Tìm',
    'search.hint':
      'Gõ có dấu hay không dấu đều được, ví dụ “tam duong” hay “che shan tuyet”. Nhấn / để tới ô tìm kiếm.',
    'search.facets': 'Lọc kết quả',
    'search.facet.group': 'Nhóm sản phẩm',
    'search.facet.stars': 'Hạng sao',
    'search.facet.commune': 'Xã',
    'search.results': 'Kết quả',
    'search.loading': 'Đang tìm…',
    'search.count': 'Tìm thấy {count} kết quả.',
    'search.none': 'Không tìm thấy kết quả nào.',
    'search.noneHelp': 'Hãy thử từ khác hoặc bỏ bớt bộ lọc, hoặc xem',
    'search.noneCatalogue': 'danh sách tất cả sản phẩm',
    'search.noneOr': 'hay',
    'search.noneMap': 'bản đồ điểm bán và điểm du lịch',
    'search.more': 'Xem thêm kết quả',
    'search.error': 'Không tải được bộ tìm kiếm. Hãy tải lại trang.',
    'search.noscript':
      'Tìm kiếm cần JavaScript để chạy trong trình duyệt. Bạn vẫn có thể xem danh sách sản phẩm và bản đồ.',
    'search.producerOf': 'Chủ thể: {name}',
  },
  {
    'search.title': 'Search',
    'search.description':
      'Search OCOP products, producers, sales points and tourism sites; Vietnamese marks are optional.',
    'search.label': 'Search products, producers, sales points',
    'search.headerLabel': 'Search the site',
    'search.submit': 'Search',
    'search.hint': 'Vietnamese marks are optional: “tam duong” finds “Tam Đường”. Press / to jump to the search box.',
    'search.facets': 'Narrow the results',
    'search.facet.group': 'Product group',
    'search.facet.stars': 'Star rating',
    'search.facet.commune': 'Commune',
    'search.results': 'Results',
    'search.loading': 'Searching…',
    'search.count': 'Results found: {count}.',
    'search.none': 'No results found.',
    'search.noneHelp': 'Try other words or fewer filters, or browse',
    'search.noneCatalogue': 'the list of all products',
    'search.noneOr': 'or',
    'search.noneMap': 'the map of sales points and tourism sites',
    'search.more': 'Show more results',
    'search.error': 'The search could not load. Please reload the page.',
    'search.noscript':
      'Search runs in the browser and needs JavaScript. You can still browse the products and the map.',
    'search.producerOf': 'Producer: {name}',
  },
);
