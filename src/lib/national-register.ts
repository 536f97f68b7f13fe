/**
 * Vietnam's national OCOP register, where a certificate from outside this site's area can be checked:
 * "Hệ thống quản lý và giám sát sản phẩm OCOP quốc gia", put into service in 2021 by the Ministry of
 * Agriculture and Rural Development for management, post-certification monitoring and consumers'
 * look-ups (provincial announcement of 25 April 2021; its public product API is
 * api.ocopvietnam.gov.vn). The lookup's no-match answer points there.
 */
export const NATIONAL_OCOP_REGISTER = {
  name: 'Hệ thống quản lý và giám sát sản phẩm OCOP quốc gia',
  url: 'https://ocopvietnam.gov.vn/',
  host: 'ocopvietnam.gov.vn',
} as const;
