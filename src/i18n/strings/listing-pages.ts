import { defineStrings } from '../define.ts';

/** Paginated catalogue listings: the page nav and the filter that hands over to search. */
export const listingPages = defineStrings(
  {
    'listingPages.nav': 'Các trang của danh sách',
    'listingPages.previous': 'Trang trước',
    'listingPages.next': 'Trang sau',
    'listingPages.page': 'Trang {page}',
    'listingPages.title': '{title} (trang {page}/{pages})',
    'listingPages.range': 'Trang {page}/{pages}: sản phẩm {from}–{to}, xếp theo tên.',
    'listingPages.filterNote':
      'Danh sách dài nên được chia thành nhiều trang, luôn xếp theo tên. Bộ lọc mở trang tìm kiếm với các kết quả khớp.',
    'listingPages.apply': 'Tìm',
  },
  {
    'listingPages.nav': 'Pages of the list',
    'listingPages.previous': 'Previous page',
    'listingPages.next': 'Next page',
    'listingPages.page': 'Page {page}',
    'listingPages.title': '{title} (page {page} of {pages})',
    'listingPages.range': 'Page {page} of {pages}: products {from}–{to}, in name order.',
    'listingPages.filterNote':
      'This long list is split into pages, always in name order. The filters open the search page with the matching results.',
    'listingPages.apply': 'Search',
  },
);
