/**
 * Reading one cell of the office's decision spreadsheet: star ranks, decision numbers and dates,
 * group names, producer kinds and communes, as offices really write them. Every function takes the
 * raw cell (string, number, Date or empty) and returns the clean value or a reason it cannot, in
 * words the office can act on. Text always goes through `normalizeLine` first (NFC, spaces).
 */
import { GROUP_NAMES_VI, PRODUCT_GROUPS, type ProducerKind, type ProductGroup } from '../../schemas/enums.ts';
import { bareCertificateNumber } from '../certificate-number.ts';
import { isIsoDate, type IsoDate } from '../dates.ts';
import { foldDiacritics } from '../fold.ts';
import { normalizeLine } from '../text.ts';

/** A cell as read-excel-file or csv-parse hands it over. */
export type Cell = string | number | boolean | Date | null | undefined;

/** The value of a cell, or why it cannot be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

/** A cell as one normalised line of text ("" when empty). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return normalizeLine(String(cell));
}

/** Folded for comparison: no marks, lowercase, punctuation as spaces ("Số QĐ" → "so qd"). */
export function foldKey(text: string): string {
  return foldDiacritics(normalizeLine(text))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** `4 sao`, `4*`, `4 ★`, `4` or the number 4 → 4. */
export function parseStars(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1 && cell <= 5 ? ok(cell) : fail(`${cell} is not a star rank from 1 to 5`);
  }
  const text = cellText(cell);
  if (!text) return fail('is empty');
  const match = /^0?([1-5])\s*(?:sao|\*|★|☆)?$/i.exec(text);
  return match ? ok(Number(match[1])) : fail(`"${text}" is not a star rank (write 3, 4 sao or 4*)`);
}

/**
 * A decision number as the contract writes it, "1234/QĐ-UBND": a leading "Số:" / "QĐ số" and a
 * date after the number are dropped (the rule of src/lib/certificate-number.ts, which the check
 * applies to records), spaces around "/" and "-" are removed, and the part after the number is
 * upper case.
 */
export function parseDecisionNumber(cell: Cell): Parsed<string> {
  const text = cellText(cell);
  if (!text) return fail('is empty');
  const cleaned = bareCertificateNumber(text)
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ');
  const match = /^(\d+[a-z]?)\/(\S.*)$/iu.exec(cleaned);
  if (!match) return fail(`"${text}" is not a decision number like 1234/QĐ-UBND`);
  return ok(`${match[1]}/${match[2]!.toLocaleUpperCase('vi')}`);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * A decision date. Excel date cells arrive as Date objects (midnight UTC) or, unformatted, as day
 * serial numbers; text is read day first, as Vietnam writes dates: `15/10/2025`, `5/3/25`,
 * `15-10-2025`, `15.10.2025`, `ngày 15 tháng 10 năm 2025`, or ISO `2025-10-15`. Two-digit years
 * are 20yy.
 */
export function parseDecisionDate(cell: Cell): Parsed<IsoDate> {
  if (cell instanceof Date) {
    const iso = Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
    return iso ? ok(iso) : fail('is not a date');
  }
  if (typeof cell === 'number') {
    // Serial day numbers between 1954 and 2119: anything else is not a date someone typed.
    if (cell > 20_000 && cell < 80_000) {
      return ok(new Date(EXCEL_EPOCH + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10));
    }
    return fail(`${cell} is not a date (write dd/mm/yyyy)`);
  }
  const text = cellText(cell);
  if (!text) return fail('is empty');
  const folded = foldKey(text);
  const dmy =
    /^(?:ngay )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text.replace(/^ngày\s*/iu, '')) ??
    /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(folded);
  if (dmy) {
    const year = dmy[3]!.length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    const iso = isoOf(year, Number(dmy[2]), Number(dmy[1]));
    return iso ? ok(iso) : fail(`"${text}" is not a real date (day/month/year)`);
  }
  if (isIsoDate(text)) return ok(text);
  return fail(`"${text}" is not a date (write dd/mm/yyyy, e.g. 15/10/2025)`);
}

/**
 * Words that name a group in decision lists, folded, tried in this order (Decision 148/QĐ-TTg,
 * 2023; the bộ sản phẩm of each group as in docs/OCOP.md). "Thực phẩm chức năng" is a herbal
 * product, so herbal words are tried before food words.
 */
const GROUP_WORDS: readonly (readonly [ProductGroup, readonly string[]])[] = [
  ['tourism', ['du lich', 'homestay']],
  ['herbal', ['duoc lieu', 'thuc pham chuc nang', 'thao duoc', 'tinh dau', 'my pham', 'thuoc']],
  ['beverage', ['do uong', 'ruou', 'nuoc uong', 'nuoc giai khat', 'bia']],
  ['handicraft', ['thu cong', 'my nghe', 'vai', 'may mac', 'tho cam', 'det']],
  ['ornamental', ['sinh vat canh', 'cay canh', 'hoa', 'dong vat canh']],
  ['food', ['thuc pham', 'nong san', 'gao', 'ngu coc', 'che', 'tra', 'mat ong', 'gia vi', 'ca phe', 'rau', 'qua']],
];

/** The group whose own name the text is, or begins: "Nhóm Đồ uống", "Dược liệu". */
export function groupNamed(text: string): ProductGroup | undefined {
  const folded = foldKey(text).replace(/^nhom /, '');
  return PRODUCT_GROUPS.find((group) => {
    const label = foldKey(GROUP_NAMES_VI[group]);
    return folded === label || label.startsWith(`${folded} `);
  });
}

/**
 * One of the six `group` keys from a group or bộ sản phẩm name: the site's own Vietnamese group
 * names first ("Đồ uống" → beverage), then the words of the groups' product sets ("Chè" → food).
 */
export function parseGroup(cell: Cell): Parsed<ProductGroup> {
  const text = cellText(cell);
  if (!text) return fail('is empty');
  const byLabel = groupNamed(text);
  if (byLabel) return ok(byLabel);
  const folded = foldKey(text);
  const contains = (word: string) => ` ${folded} `.includes(` ${word} `);
  const byWord = GROUP_WORDS.find(([, words]) => words.some(contains));
  if (byWord) return ok(byWord[0]);
  return fail(
    `"${text}" is not one of the six OCOP groups (${PRODUCT_GROUPS.map((g) => GROUP_NAMES_VI[g]).join('; ')})`,
  );
}

/** Abbreviations that producer names are written with, expanded for matching. */
const NAME_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/^htx\b/, 'hop tac xa'],
  [/^tht\b/, 'to hop tac'],
  [/^(?:cty|cong ty)\s+cp\b/, 'cong ty co phan'],
  [/^ctcp\b/, 'cong ty co phan'],
  [/^cty\b/, 'cong ty'],
  [/^hkd\b/, 'ho kinh doanh'],
  [/^dntn\b/, 'doanh nghiep tu nhan'],
];

/** A producer's name folded for matching: "HTX  Chè Sà Dề Phìn" and "Hợp tác xã chè Sà Dề Phìn" agree. */
export function producerKey(name: string): string {
  let key = foldKey(name);
  for (const [pattern, full] of NAME_ABBREVIATIONS) key = key.replace(pattern, full);
  return key;
}

/** A product's name folded for matching. */
export const productKey = (name: string): string => foldKey(name);

/**
 * The producer kind its name declares: hợp tác xã → cooperative, công ty / doanh nghiệp →
 * enterprise, hộ kinh doanh / cơ sở → household; anything else (tổ hợp tác, ban quản lý) is
 * `other`. `guessed` is true when the name said nothing and `other` is a default.
 */
export function producerKindOf(name: string): { kind: ProducerKind; guessed: boolean } {
  const key = producerKey(name);
  if (/^hop tac xa\b/.test(key)) return { kind: 'cooperative', guessed: false };
  if (/^(?:cong ty|doanh nghiep)\b/.test(key)) return { kind: 'enterprise', guessed: false };
  if (/^(?:ho kinh doanh|ho gia dinh|ho san xuat|ho ong|ho ba|co so)\b/.test(key)) {
    return { kind: 'household', guessed: false };
  }
  if (/^(?:to hop tac|ban quan ly)\b/.test(key)) return { kind: 'other', guessed: false };
  return { kind: 'other', guessed: true };
}

const COMMUNE_PREFIX = /^(?:xã|phường|thị trấn|xa|phuong|thi tran)\s+/iu;

/** A commune as records write it, without "xã": "Xã Bình Lư" → "Bình Lư". */
export function parseCommune(cell: Cell): Parsed<string> {
  const text = cellText(cell).replace(COMMUNE_PREFIX, '');
  return text ? ok(text) : fail('is empty');
}

/** The commune an address names ("Bản Bo, xã Bản Bo, tỉnh Lai Châu" → "Bản Bo"), if it names one. */
export function communeInAddress(address: string): string | undefined {
  const match = /(?:^|[,;-]\s*)(?:xã|phường|thị trấn)\s+([^,;]+)/iu.exec(address);
  return match ? normalizeLine(match[1]!) : undefined;
}

/** A file-name slug from a name: "Miến dong Bình Lư" → "mien-dong-binh-lu" (at most 60 characters). */
export function slugify(name: string): string {
  const slug = foldKey(name).replace(/ /g, '-');
  if (slug.length <= 60) return slug;
  return slug.slice(0, 60).replace(/-[^-]*$/, '');
}

/** A producer's slug: "Hợp tác xã Chè Sà Dề Phìn" → "htx-che-sa-de-phin". */
export function producerSlug(name: string): string {
  return slugify(
    producerKey(name)
      .replace(/^hop tac xa\b/, 'htx')
      .replace(/^cong ty co phan\b/, 'cong ty cp'),
  );
}
