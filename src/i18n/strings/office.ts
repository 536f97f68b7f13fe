import { defineStrings } from '../define.ts';

// The office's expiry calendar (/lich-het-han/) and its .ics file.
export const office = defineStrings(
  {
    'expiry.title': 'Lịch hết hạn chứng nhận OCOP',
    'expiry.lead':
      'Giấy chứng nhận OCOP hết hạn trong {days} ngày tới, sớm nhất trước: danh sách cần đánh giá lại. Vào ngày hết hạn, sản phẩm tự rời khỏi trang nếu chưa có quyết định công nhận mới.',
    'expiry.subscribe.heading': 'Đăng ký một lần, lịch tự nhắc',
    'expiry.subscribe.body':
      'Thêm địa chỉ dưới đây vào lịch của bạn (Google Lịch: Cài đặt → Thêm lịch → Từ URL; điện thoại: mở liên kết "Thêm vào lịch"). Mỗi giấy chứng nhận là một sự kiện cả ngày vào ngày hết hạn; lịch cập nhật mỗi ngày khi trang được dựng lại.',
    'expiry.subscribe.address': 'Địa chỉ lịch',
    'expiry.subscribe.add': 'Thêm vào lịch',
    'expiry.subscribe.download': 'Tải tệp lịch (.ics)',
    'expiry.list.heading': 'Sắp hết hạn',
    'expiry.none': 'Không có giấy chứng nhận nào hết hạn trong {days} ngày tới.',
    'expiry.col.product': 'Sản phẩm',
    'expiry.col.stars': 'Hạng',
    'expiry.col.number': 'Số quyết định',
    'expiry.col.expires': 'Hết hạn ngày',
    'expiry.col.days': 'Còn lại',
    'expiry.days': '{days} ngày',
    'expiry.asOf': 'Tính đến ngày {date}.',
    'expiry.event.title': 'Hết hạn OCOP: {name} ({stars} sao)',
    'expiry.event.description':
      'Giấy chứng nhận OCOP số {number} ({issuer}, ngày {date}) hết hiệu lực ngày {expires}. Từ ngày này sản phẩm rời khỏi trang, trừ khi có quyết định công nhận mới.',
    'expiry.event.category': 'Hết hạn chứng nhận OCOP',
    'expiry.calendarName': 'Hết hạn chứng nhận OCOP {region}',
  },
  {
    'expiry.title': 'OCOP certificate expiry calendar',
    'expiry.lead':
      'OCOP certificates that expire in the next {days} days, soonest first: the re-evaluation list. On its expiry day a product leaves the site by itself unless a new recognition decision has been recorded.',
    'expiry.subscribe.heading': 'Subscribe once and your calendar reminds you',
    'expiry.subscribe.body':
      'Add the address below to your calendar (Google Calendar: Settings → Add calendar → From URL; on a phone, open the "Add to calendar" link). Each certificate is an all-day event on its expiry day; the calendar updates every day when the site is rebuilt.',
    'expiry.subscribe.address': 'Calendar address',
    'expiry.subscribe.add': 'Add to calendar',
    'expiry.subscribe.download': 'Download the calendar file (.ics)',
    'expiry.list.heading': 'Expiring soon',
    'expiry.none': 'No certificate expires in the next {days} days.',
    'expiry.col.product': 'Product',
    'expiry.col.stars': 'Rank',
    'expiry.col.number': 'Decision number',
    'expiry.col.expires': 'Expires on',
    'expiry.col.days': 'Left',
    'expiry.days': '{days} days',
    'expiry.asOf': 'As of {date}.',
    'expiry.event.title': 'OCOP certificate expires: {name} ({stars} stars)',
    'expiry.event.description':
      'OCOP certificate {number} ({issuer}, {date}) expires on {expires}. From that day the product leaves the site unless a new recognition decision is recorded.',
    'expiry.event.category': 'OCOP certificate expiry',
    'expiry.calendarName': 'OCOP certificate expiries, {region}',
  },
);
