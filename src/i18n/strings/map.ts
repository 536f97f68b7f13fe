import { defineStrings } from '../define.ts';

export const mapPage = defineStrings(
  {
    'map.title': 'Bản đồ điểm bán, du lịch cộng đồng và chủ thể OCOP',
    'map.lead':
      '{count} điểm: nơi bán sản phẩm OCOP, bản du lịch cộng đồng và cơ sở sản xuất. Danh sách đầy đủ ở dưới bản đồ.',
    'map.skipToList': 'Bỏ qua bản đồ, đến danh sách các điểm',
    'map.region': 'Bản đồ các điểm',
    'map.layers': 'Chú giải và lớp hiển thị',
    'map.layerCount': '{label} ({count})',
    'map.tileError':
      'Không tải được bản đồ nền (có thể do mất kết nối). Các điểm vẫn hiện trên bản đồ, và danh sách đầy đủ ở bên dưới.',
    'map.loadError': 'Không tải được dữ liệu bản đồ. Danh sách đầy đủ các điểm ở bên dưới.',
    'map.loading': 'Đang tải…',
    'map.cluster': '{count} điểm gần nhau, nhấn để phóng to',
    'map.list': 'Danh sách các điểm',
    'map.address': 'Địa chỉ',
    'map.hours': 'Giờ mở cửa',
    'map.phone': 'Điện thoại',
    'map.soldHere': 'Sản phẩm OCOP bán tại đây',
    'map.madeHere': 'Sản phẩm OCOP',
    'map.directions': 'Chỉ đường',
    'map.geo': 'Mở trong ứng dụng bản đồ',
    'map.osm': 'Chỉ đường trên OpenStreetMap',
    'map.page': 'Xem trang chi tiết',
    'map.showOnMap': 'Xem trên bản đồ',
  },
  {
    'map.title': 'Map of OCOP sales points, community tourism and producers',
    'map.lead':
      '{count} places: where to buy OCOP products, community-tourism villages and producers. The full list is below the map.',
    'map.skipToList': 'Skip the map, go to the list of places',
    'map.region': 'Map of places',
    'map.layers': 'Legend and layers',
    'map.layerCount': '{label} ({count})',
    'map.tileError':
      'The background map could not be loaded (the connection may be down). The places are still on the map, and the full list is below.',
    'map.loadError': 'The map data could not be loaded. The full list of places is below.',
    'map.loading': 'Loading…',
    'map.cluster': '{count} places close together, press to zoom in',
    'map.list': 'List of places',
    'map.address': 'Address',
    'map.hours': 'Opening hours',
    'map.phone': 'Phone',
    'map.soldHere': 'OCOP products sold here',
    'map.madeHere': 'OCOP products',
    'map.directions': 'Directions',
    'map.geo': 'Open in a maps app',
    'map.osm': 'Directions on OpenStreetMap',
    'map.page': 'See the details page',
    'map.showOnMap': 'Show on the map',
  },
);
