import { defineStrings } from '../define.ts';

// The About OCOP page, written from ../shared/OCOP.md for two readers: people who buy, and producers
// who may join.
export const about = defineStrings(
  {
    'about.lead':
      'OCOP (“Mỗi xã một sản phẩm”) là chương trình quốc gia giúp đặc sản địa phương được đánh giá, xếp hạng sao và đến được với người mua.',
    'about.what.heading': 'Chương trình OCOP là gì',
    'about.what.body':
      'Hợp tác xã, doanh nghiệp và hộ sản xuất (gọi chung là chủ thể) đưa sản phẩm của mình đi đánh giá. Hội đồng chấm điểm trên thang 100 và xếp hạng từ 1 đến 5 sao. Mục đích của chương trình là xúc tiến thương mại: sản phẩm được chứng nhận để người tiêu dùng, nhà phân phối và du khách tìm thấy và tin dùng.',
    'about.groups.heading': 'Sáu nhóm sản phẩm',
    'about.groups.body': 'Theo Quyết định 148/QĐ-TTg (2023), sản phẩm OCOP chia thành sáu nhóm:',
    'about.groups.food': 'rau củ quả tươi; gạo, ngũ cốc; mật ong; thực phẩm chế biến; gia vị; chè; cà phê, ca cao',
    'about.groups.beverage': 'rượu trắng; đồ uống có cồn khác; nước uống đóng chai; đồ uống không cồn',
    'about.groups.herbal': 'thực phẩm chức năng, thuốc dược liệu; mỹ phẩm từ dược liệu; tinh dầu',
    'about.groups.handicraft': 'thủ công mỹ nghệ gia dụng, trang trí; vải, may mặc',
    'about.groups.ornamental': 'hoa; cây cảnh; động vật cảnh',
    'about.groups.tourism': 'bản du lịch cộng đồng, điểm du lịch sinh thái',
    'about.stars.heading': 'Hạng sao nghĩa là gì',
    'about.stars.body':
      'Hạng sao tính theo tổng điểm đánh giá. Chỉ sản phẩm từ 3 sao trở lên được cấp giấy chứng nhận OCOP và được giới thiệu trên trang này.',
    'about.stars.colStars': 'Hạng',
    'about.stars.colScore': 'Điểm',
    'about.stars.colMeaning': 'Ý nghĩa',
    'about.stars.5': 'Sản phẩm đặc biệt xuất sắc, có thể cạnh tranh quốc tế; do Trung ương công nhận.',
    'about.stars.4': 'Sản phẩm xuất sắc, có thể nâng hạng lên 5 sao; do tỉnh công nhận.',
    'about.stars.3': 'Sản phẩm đạt chuẩn, có thể nâng cấp; do tỉnh công nhận.',
    'about.stars.2': 'Chưa đạt chuẩn OCOP: không được cấp giấy chứng nhận.',
    'about.stars.1': 'Chưa đạt chuẩn OCOP: không được cấp giấy chứng nhận.',
    'about.stars.note':
      'Từ tháng 7/2025 (Quyết định 1489/QĐ-TTg) không còn cấp huyện: Hội đồng cấp tỉnh công nhận sản phẩm 3 và 4 sao, Trung ương công nhận sản phẩm 5 sao.',
    'about.validity.heading': 'Giấy chứng nhận có thời hạn',
    'about.validity.body':
      'Giấy chứng nhận OCOP có giá trị 36 tháng kể từ ngày quyết định công nhận. Khi hết hạn, sản phẩm phải được đánh giá lại. Sản phẩm không còn đáp ứng tiêu chí có thể bị thu hồi giấy chứng nhận trước thời hạn.',
    'about.consumers.heading': 'Với người mua',
    'about.consumers.body':
      'Nhãn OCOP in trên bao bì không cho biết giấy chứng nhận còn hiệu lực hay không. Trang này chỉ giới thiệu sản phẩm còn hiệu lực: nếu không tìm thấy một sản phẩm ở đây, có thể giấy chứng nhận của nó đã hết hạn hoặc bị thu hồi. Hãy cảnh giác với tem 3 sao in trên hàng chưa được chứng nhận.',
    'about.consumersLink': 'Tìm sản phẩm OCOP còn hiệu lực',
    'about.join.heading': 'Với chủ thể sản xuất: tham gia OCOP thế nào',
    'about.join.1':
      'Đăng ký ý tưởng sản phẩm với UBND xã, phường nơi sản xuất; xã gửi về Văn phòng Điều phối OCOP tổng hợp, lựa chọn.',
    'about.join.2':
      'Hoàn thiện sản phẩm và hồ sơ theo bộ tiêu chí: tiêu chuẩn chất lượng, tự công bố sản phẩm, nhãn mác, bao bì, nguồn nguyên liệu và lao động địa phương. Văn phòng và xã hướng dẫn; có chính sách hỗ trợ kinh phí của tỉnh.',
    'about.join.3':
      'Nộp hồ sơ trước một đợt đánh giá. Mỗi năm có hai đợt: trước ngày 20 tháng 5 và trước ngày 20 tháng 10.',
    'about.join.4':
      'Hội đồng chấm điểm và xếp hạng sao; sản phẩm đạt từ 3 sao được cấp giấy chứng nhận, có hiệu lực 36 tháng.',
    'about.join.5':
      'Sau khi được công nhận: giữ chất lượng, tham gia hội chợ và các hoạt động xúc tiến thương mại, và đăng ký đánh giá lại trước khi giấy chứng nhận hết hạn.',
    'about.eventsLink': 'Xem các đợt đánh giá và hội chợ sắp tới',
    'about.contact.heading': 'Liên hệ',
    'about.contact.body': 'Để đăng ký hoặc hỏi về hồ sơ, hãy liên hệ:',
  },
  {
    'about.lead':
      'OCOP (“One Commune One Product”) is Vietnam’s national programme that evaluates local specialities, rates them in stars and helps them reach buyers.',
    'about.what.heading': 'What the OCOP programme is',
    'about.what.body':
      'Cooperatives, enterprises and household businesses (the producers) submit their products for evaluation. A council scores each product out of 100 and rates it from 1 to 5 stars. The programme exists for trade promotion: products are certified so that consumers, distributors and tourists can find and trust them.',
    'about.groups.heading': 'The six product groups',
    'about.groups.body': 'Under Decision 148/QĐ-TTg (2023), OCOP products fall into six groups:',
    'about.groups.food':
      'fresh fruit and vegetables; rice and grains; honey; processed foods; spices; tea; coffee and cocoa',
    'about.groups.beverage': 'rice spirits; other alcoholic drinks; bottled water; soft drinks',
    'about.groups.herbal': 'health supplements and herbal medicines; herbal cosmetics; essential oils',
    'about.groups.handicraft': 'household and decorative crafts; textiles and clothing',
    'about.groups.ornamental': 'flowers; ornamental plants; ornamental animals',
    'about.groups.tourism': 'community-tourism villages, eco-tourism sites and attractions',
    'about.stars.heading': 'What the stars mean',
    'about.stars.body':
      'The star rating follows the total score. Only products of 3 stars and above receive an OCOP certificate and appear on this site.',
    'about.stars.colStars': 'Rating',
    'about.stars.colScore': 'Score',
    'about.stars.colMeaning': 'Meaning',
    'about.stars.5': 'An outstanding product that can compete internationally; recognised at national level.',
    'about.stars.4': 'An excellent product that may rise to 5 stars; recognised by the province.',
    'about.stars.3': 'A product that meets the standard and can improve; recognised by the province.',
    'about.stars.2': 'Below the OCOP standard: no certificate.',
    'about.stars.1': 'Below the OCOP standard: no certificate.',
    'about.stars.note':
      'Since July 2025 (Decision 1489/QĐ-TTg) there is no district level: provincial councils recognise 3- and 4-star products, the national level 5-star products.',
    'about.validity.heading': 'A certificate does not last for ever',
    'about.validity.body':
      'An OCOP certificate is valid for 36 months from the date of the recognition decision. When it expires, the product must be evaluated again. A product that no longer meets the criteria can have its certificate withdrawn before then.',
    'about.consumers.heading': 'For buyers',
    'about.consumers.body':
      'An OCOP logo printed on a package does not tell you whether the certificate is still valid. This site only shows products with a valid certificate: if a product is not here, its certificate may have lapsed or been withdrawn. Beware of 3-star stamps printed on uncertified goods.',
    'about.consumersLink': 'Find OCOP products with a valid certificate',
    'about.join.heading': 'For producers: how to join OCOP',
    'about.join.1':
      'Register your product idea with the People’s Committee of your commune; the commune passes it on to the OCOP coordination office.',
    'about.join.2':
      'Bring the product and its file up to the criteria: quality standards, product self-declaration, labels, packaging, local raw materials and labour. The office and the commune guide you; the province offers financial support.',
    'about.join.3':
      'Submit your file before an evaluation round. There are two a year: before 20 May and before 20 October.',
    'about.join.4':
      'The council scores the product and rates it; products of 3 stars and above receive a certificate valid for 36 months.',
    'about.join.5':
      'Once certified: keep up the quality, take part in fairs and trade promotion, and apply for re-evaluation before the certificate expires.',
    'about.eventsLink': 'See upcoming evaluation rounds and fairs',
    'about.contact.heading': 'Contact',
    'about.contact.body': 'To register or ask about your file, contact:',
  },
);
