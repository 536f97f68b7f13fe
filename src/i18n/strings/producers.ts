import { defineStrings } from '../define.ts';

/** The producer directory (`/chu-the/`, `/en/producers/`). */
export const producers = defineStrings(
  {
    'producers.title': 'Chủ thể OCOP',
    'producers.facetTitle': 'Chủ thể OCOP: {value}',
    'producers.lead.one':
      '{count} chủ thể có sản phẩm OCOP đang còn hiệu lực chứng nhận, kèm số điện thoại để liên hệ.',
    'producers.lead.other':
      '{count} chủ thể có sản phẩm OCOP đang còn hiệu lực chứng nhận, kèm số điện thoại để liên hệ.',
    'producers.all': 'Tất cả chủ thể',
    'producers.filters': 'Lọc chủ thể',
    'producers.byFacet': 'Xem chủ thể theo nhóm sản phẩm, xã hoặc loại chủ thể',
    'producers.facet.group': 'Nhóm sản phẩm',
    'producers.facet.commune': 'Xã, phường',
    'producers.facet.kind': 'Loại chủ thể',
    'producers.shown': 'Đang hiện {shown} trên {total} chủ thể.',
    'producers.none': 'Không có chủ thể nào khớp với bộ lọc.',
    'producers.products.one': '{count} sản phẩm OCOP: {groups}',
    'producers.products.other': '{count} sản phẩm OCOP: {groups}',
    'producers.range': 'Trang {page}/{pages}: chủ thể {from}–{to}, xếp theo tên.',
  },
  {
    'producers.title': 'OCOP producers',
    'producers.facetTitle': 'OCOP producers: {value}',
    'producers.lead.one':
      '{count} producer with OCOP products holding a valid certificate, with a phone number to reach them.',
    'producers.lead.other':
      '{count} producers with OCOP products holding a valid certificate, with a phone number to reach them.',
    'producers.all': 'All producers',
    'producers.filters': 'Filter producers',
    'producers.byFacet': 'Browse producers by product group, commune or kind',
    'producers.facet.group': 'Product group',
    'producers.facet.commune': 'Commune',
    'producers.facet.kind': 'Kind of producer',
    'producers.shown': 'Showing {shown} of {total} producers.',
    'producers.none': 'No producer matches these filters.',
    'producers.products.one': '{count} OCOP product: {groups}',
    'producers.products.other': '{count} OCOP products: {groups}',
    'producers.range': 'Page {page} of {pages}: producers {from}–{to}, in name order.',
  },
);
