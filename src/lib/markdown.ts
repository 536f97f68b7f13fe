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

/** Plain text of a description, for summaries, feeds and search metadata. */
export function markdownToText(source: string): string {
  return renderMarkdown(source)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
