// The relevance list: fixed queries against the sample content, each with the results it must rank
// first and the ones it must not show (README, "Search and map"). tests/e2e/relevance.spec.ts runs them
// on the built index in Chromium. Results are named by their link: a product by its slug, anything
// else by its path.

/** How a query's words were matched: the note the page shows says which. */
export type Matched = 'folded' | 'marked' | 'marks-ignored';

export interface RelevanceCase {
  /** What the visitor typed. */
  q: string;
  /** Facets chosen beside the words, as URL parameters (`stars=4&line=che`). */
  facets?: string;
  /** The English search instead of the Vietnamese one. */
  en?: boolean;
  /** The first results, in any order among themselves (a set: Pagefind's ties are not an order). */
  first?: string[];
  /** The first result, exactly. */
  top?: string;
  /** Exactly these results, in any order. */
  only?: string[];
  /** Results that must be among the results. */
  includes?: string[];
  /** Results that must not be among the results at all. */
  excludes?: string[];
  /** `a` ranks above `b`. */
  before?: [string, string];
  matched: Matched;
  /** Every product result holds this word with its marks (name, summary, description or product line). */
  everyProductHas?: string;
  why: string;
}

const TEA = ['che-xanh-tam-duong', 'che-o-long-tam-duong', 'che-shan-tuyet-co-thu-sa-de-phin'];
const DAO_PEOPLE = ['thuoc-tam-nguoi-dao-do-ta-leng', 'ruou-thoc-men-la-dao-do', 'vong-bac-dao-do'];

export const RELEVANCE: RelevanceCase[] = [
  {
    q: 'chè',
    first: TEA,
    excludes: ['ghe-may-binh-lu', 'mien-dong-binh-lu', 'cham-cheo-ban-hon'],
    everyProductHas: 'chè',
    matched: 'marked',
    why: '"chè" (tea) with its mark: the teas first, never rattan split (chẻ) or processed food (chế biến)',
  },
  {
    q: 'chè',
    facets: 'stars=4',
    top: 'che-o-long-tam-duong',
    excludes: ['ghe-may-binh-lu', 'mien-dong-binh-lu'],
    everyProductHas: 'chè',
    matched: 'marked',
    why: 'the issue: "chè" with 4 stars returns the 4-star tea, not the 4-star chair and vermicelli',
  },
  {
    q: 'chè',
    facets: 'line=che&stars=4',
    only: ['che-o-long-tam-duong'],
    matched: 'marked',
    why: '"all 4-star tea": the product-line facet',
  },
  {
    q: '',
    facets: 'line=che',
    only: TEA,
    matched: 'folded',
    why: 'the product line alone lists the line',
  },
  {
    q: 'che',
    first: TEA,
    includes: ['ghe-may-binh-lu'],
    matched: 'folded',
    why: 'without marks every marked form matches (the rattan\'s "chẻ" too), the teas first',
  },
  {
    q: 'tam duong',
    first: ['/chu-the/htx-nuoi-ong-tam-duong/'],
    includes: ['toi-den-tam-duong', 'che-xanh-tam-duong', 'mat-ong-rung-tam-duong', 'dao-bich-tam-duong'],
    matched: 'folded',
    why: '"tam duong" finds "Tam Đường" (đ folded by the record\'s extra copy)',
  },
  {
    q: 'Tam Đường',
    first: ['che-xanh-tam-duong', 'che-o-long-tam-duong'],
    includes: ['toi-den-tam-duong', 'mat-ong-rung-tam-duong'],
    matched: 'marked',
    why: 'the same words typed with marks: the products named so first',
  },
  {
    q: 'den',
    top: 'toi-den-tam-duong',
    matched: 'folded',
    why: '"den" finds "Tỏi đen": đ is folded too',
  },
  {
    q: 'mật ong',
    top: 'mat-ong-rung-tam-duong',
    everyProductHas: 'mật ong',
    matched: 'marked',
    why: 'honey typed with marks',
  },
  {
    q: 'mat ong',
    top: 'mat-ong-rung-tam-duong',
    matched: 'folded',
    why: 'honey typed without marks',
  },
  {
    q: 'che shan tuyet',
    top: 'che-shan-tuyet-co-thu-sa-de-phin',
    matched: 'folded',
    why: 'a product name typed without marks',
  },
  {
    q: 'chè shan tuyet',
    top: 'che-shan-tuyet-co-thu-sa-de-phin',
    matched: 'marked',
    why: 'partly marked: the marked word with its marks',
  },
  {
    q: 'đào',
    top: 'dao-bich-tam-duong',
    excludes: DAO_PEOPLE,
    matched: 'marked',
    why: '"đào" (peach) with its marks: not the Dao people\'s products, which the link without marks offers',
  },
  {
    q: 'dao',
    includes: ['dao-bich-tam-duong', ...DAO_PEOPLE],
    before: ['thuoc-tam-nguoi-dao-do-ta-leng', 'dao-bich-tam-duong'],
    matched: 'folded',
    why: 'unmarked "dao": every form, the unmarked word (the Dao people) first',
  },
  {
    q: 'thủy sản',
    only: ['ca-hoi-van-ta-leng', 'ca-tam-ho-thau'],
    matched: 'marked',
    why: 'the older tone placement finds the records',
  },
  {
    q: 'thuỷ sản',
    only: ['ca-hoi-van-ta-leng', 'ca-tam-ho-thau'],
    matched: 'marked',
    why: 'the newer tone placement finds the same records',
  },
  {
    q: 'chê',
    first: TEA,
    matched: 'marks-ignored',
    why: 'a wrong mark matches nothing as typed: the results without marks, with a note',
  },
  {
    q: 'black garlic',
    en: true,
    top: 'toi-den-tam-duong',
    matched: 'folded',
    why: 'the English search finds English names',
  },
  {
    q: 'honey',
    en: true,
    top: 'mat-ong-rung-tam-duong',
    matched: 'folded',
    why: 'English words',
  },
];
