import { defineStrings } from '../define.ts';

// The installable, offline site (issue #15): notices on every page, "save for offline", the offline page.
// Placeholders the browser fills itself ({done}, {size}, …) are handed to scripts unfilled.
export const offline = defineStrings(
  {
    'offline.banner': 'Không có mạng: đây là bản lưu trên máy, dữ liệu chứng nhận ngày {date}.',
    'offline.refreshed': 'Dữ liệu của trang web vừa được cập nhật (tính đến ngày {date}).',
    'offline.reload': 'Tải lại trang',
    'offline.savedLink': 'Trang đã lưu để xem khi không có mạng',
    'offline.save': 'Lưu để xem khi không có mạng',
    'offline.saveHint': 'Lưu trang của địa điểm, các sản phẩm bán ở đây và trang của chủ thể sản xuất.',
    'offline.saving': 'Đang lưu: {done}/{total} trang, {size}.',
    'offline.saved': 'Đã lưu {count} trang ({size}) để xem khi không có mạng.',
    'offline.saveFailed': 'Chưa lưu được: kiểm tra kết nối mạng rồi thử lại.',
    'offline.title': 'Xem khi không có mạng',
    'offline.lead':
      'Trang web này giữ lại trên máy bạn một số trang để xem được cả khi mất sóng, ở bản hay trong thung lũng xa trạm phát.',
    'offline.notSaved': 'Không có mạng, và trang bạn vừa mở chưa được lưu trên máy này:',
    'offline.noWorker':
      'Trình duyệt này chưa lưu trang nào để xem khi không có mạng: cần bật JavaScript, và trình duyệt phải hỗ trợ việc này.',
    'offline.always': 'Luôn xem được khi không có mạng',
    'offline.alwaysLead': 'Sau lần mở đầu tiên khi có mạng, những trang này luôn có trên máy:',
    'offline.savedPlaces': 'Địa điểm đã lưu',
    'offline.savedPlacesLead':
      'Trên bản đồ hoặc trang của một điểm bán, điểm du lịch, bấm "Lưu để xem khi không có mạng" trước chuyến đi.',
    'offline.noPlaces': 'Chưa lưu địa điểm nào.',
    'offline.placeSummary': '{count} trang, {size}, lưu ngày {date}',
    'offline.visited': 'Trang đã xem gần đây',
    'offline.visitedLead': 'Trang sản phẩm, chủ thể và địa điểm bạn đã mở khi có mạng (giữ tối đa {count} trang).',
    'offline.noVisited': 'Chưa có trang nào.',
    'offline.remove': 'Xóa',
    'offline.removeNamed': 'Xóa {name}',
    'offline.clearVisited': 'Xóa các trang đã xem',
    'offline.used': 'Dung lượng đang dùng: {size}.',
    'offline.asOf':
      'Dữ liệu chứng nhận của các trang đã lưu tính đến ngày {date}; hạn chứng nhận được đối chiếu với ngày hôm nay.',
  },
  {
    'offline.banner': 'No signal: a copy saved on this device, certificate data of {date}.',
    'offline.refreshed': 'This site’s data has just been updated (as of {date}).',
    'offline.reload': 'Reload the page',
    'offline.savedLink': 'Pages saved for offline use',
    'offline.save': 'Save for offline',
    'offline.saveHint': 'Saves this place’s page, the products sold here and their producers’ pages.',
    'offline.saving': 'Saving: {done} of {total} pages, {size}.',
    'offline.saved': 'Saved {count} pages ({size}) for offline use.',
    'offline.saveFailed': 'Not saved: check the connection and try again.',
    'offline.title': 'Offline use',
    'offline.lead':
      'This site keeps some pages on your device so that you can read them without signal, in villages and valleys far from a mast.',
    'offline.notSaved': 'No signal, and the page you opened has not been saved on this device:',
    'offline.noWorker':
      'This browser has not saved any pages for offline use: JavaScript must be on, and the browser must support it.',
    'offline.always': 'Always available offline',
    'offline.alwaysLead': 'After the first visit with signal, these pages are always on your device:',
    'offline.savedPlaces': 'Saved places',
    'offline.savedPlacesLead':
      'On the map or on the page of a sales point or tourism site, tap “Save for offline” before your trip.',
    'offline.noPlaces': 'No place saved yet.',
    'offline.placeSummary': '{count} pages, {size}, saved on {date}',
    'offline.visited': 'Recently viewed pages',
    'offline.visitedLead': 'Product, producer and place pages you opened with signal (up to {count} pages are kept).',
    'offline.noVisited': 'None yet.',
    'offline.remove': 'Remove',
    'offline.removeNamed': 'Remove {name}',
    'offline.clearVisited': 'Remove the viewed pages',
    'offline.used': 'Space used: {size}.',
    'offline.asOf': 'Certificate data of the saved pages as of {date}; validity is checked against today’s date.',
  },
);
