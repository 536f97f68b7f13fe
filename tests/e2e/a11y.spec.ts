import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { share, sitePages } from './dist.ts';
import { expect, test } from './fixtures.ts';

/** WCAG 2.2 level A and AA, as axe tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The sweep runs as this many tests, so that the workers share the pages. */
const SHARES = 4;

/**
 * Text on an English page that reads as Vietnamese (most of its words carry Vietnamese letters) but
 * is not inside an element with lang="vi": a screen reader would read it with English sounds.
 * A heuristic: at least 3 words and 70% of them with Vietnamese letters. Proper names inside English
 * text ("Tam Đường green tea", "Sà Dề Phìn old-tree Shan tuyết tea") stay below it, as WCAG 3.1.2 allows.
 */
function unmarkedVietnamese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vietnamese = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, [hidden], [aria-hidden="true"]')) continue;
      const words = (node.textContent ?? '').split(/[\s,.;:()/"'«»–-]+/).filter((word) => /\p{L}/u.test(word));
      const marked = words.filter((word) => vietnamese.test(word));
      if (marked.length < 3 || marked.length < words.length * 0.7) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('vi')) found.push(node.textContent!.trim().slice(0, 80));
    }
    return found;
  });
}

for (let index = 0; index < SHARES; index++) {
  test(`every page passes axe's WCAG 2.2 A/AA rules and declares its language (share ${index + 1} of ${SHARES})`, async ({
    page,
  }) => {
    const pages = share(sitePages(), index, SHARES);
    test.setTimeout(20_000 + pages.length * 8_000);
    const problems: string[] = [];
    for (const path of pages) {
      await test.step(path, async () => {
        await page.goto(path);
        const lang = await page.locator('html').getAttribute('lang');
        if (!lang) problems.push(`${path}: <html> has no lang`);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        for (const violation of violations) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
          problems.push(`${path}: ${violation.id} (${violation.impact}): ${violation.help} — ${targets.join(' | ')}`);
        }
        if (lang === 'en') {
          for (const text of await unmarkedVietnamese(page))
            problems.push(`${path}: Vietnamese text without lang="vi": "${text}"`);
        }
      });
    }
    console.log(`axe: ${pages.length} pages, ${problems.length} problems`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
