import MarkdownIt from 'markdown-it';

/**
 * Renders a record's Markdown description. Raw HTML is never passed through (`html: false` escapes
 * it as text), and markdown-it's link validation drops `javascript:`, `vbscript:` and `data:` links
 * (other than images), so no record can put script on a page.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

type Token = ReturnType<typeof markdown.parse>[number];

/** The text of an inline token's children: markup dropped, nothing added ("**20/10/2025**." → "20/10/2025."). */
function inlineText(children: Token[]): string {
  return children
    .map((token) => {
      if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline') return token.content;
      if (token.type === 'softbreak' || token.type === 'hardbreak') return ' ';
      if (token.type === 'image') return inlineText(token.children ?? []);
      return '';
    })
    .join('');
}

/**
 * Plain text of a Markdown description, for summaries, feeds, calendars and search metadata: the
 * text of each block (paragraph, heading, list item, code), inline markup removed without adding
 * anything, blocks separated by one space. Raw HTML in a record stays as the text it is.
 * `markdownToText("trước ngày **20/10/2025**.")` → `"trước ngày 20/10/2025."`.
 */
export function markdownToText(source: string): string {
  return markdown
    .parse(source, {})
    .flatMap((token) => {
      if (token.type === 'inline') return [inlineText(token.children ?? [])];
      if (token.type === 'code_block' || token.type === 'fence' || token.type === 'html_block') return [token.content];
      return [];
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
