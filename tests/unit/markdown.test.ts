import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown.ts';

describe('renderMarkdown', () => {
  const hostile = [
    'Mật ong **rừng** nguyên chất.',
    '',
    "<script>alert('x')</script>",
    '',
    '<img src="x" onerror="alert(1)">',
    '',
    '[xem thêm](javascript:alert(1))',
  ].join('\n');
  const html = renderMarkdown(hostile);

  it('keeps ordinary Markdown', () => {
    expect(html).toContain('<strong>rừng</strong>');
  });
  it('shows raw HTML as text, never as elements', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;');
  });
  it('drops javascript: links', () => {
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
