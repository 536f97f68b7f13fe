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

/** One block of a description as a printed sheet lays it out: a paragraph or a list item. */
export interface MarkdownBlock {
  kind: 'p' | 'li';
  /** Inline HTML of the block (emphasis, links), rendered as `renderMarkdown` would. */
  html: string;
  /** Its plain text (`markdownToText` of the block). */
  text: string;
}

/**
 * A description as a flat list of blocks, for the printed sheet, which measures and may shorten it
 * block by block (src/lib/sheet-layout.ts): paragraphs, headings (as paragraphs in bold) and list
 * items, nested lists flattened, code as text.
 */
export function markdownBlocks(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let listDepth = 0;
  let heading = false;
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') listDepth += 1;
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') listDepth -= 1;
    else if (token.type === 'heading_open') heading = true;
    else if (token.type === 'heading_close') heading = false;
    else if (token.type === 'inline') {
      const children = token.children ?? [];
      const html = markdown.renderer.renderInline(children, markdown.options, {});
      const text = inlineText(children).replace(/\s+/g, ' ').trim();
      if (text)
        blocks.push({ kind: listDepth > 0 ? 'li' : 'p', html: heading ? `<strong>${html}</strong>` : html, text });
    } else if (token.type === 'code_block' || token.type === 'fence' || token.type === 'html_block') {
      const text = token.content.replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: 'p', html: markdown.utils.escapeHtml(text), text });
    }
  }
  return blocks;
}
