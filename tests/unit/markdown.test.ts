import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '../../src/lib/markdown.ts';

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

describe('markdownToText', () => {
  it('removes inline markup without adding a space', () => {
    expect(markdownToText('Hồ sơ nộp trước ngày **20/10/2025**.')).toBe('Hồ sơ nộp trước ngày 20/10/2025.');
    expect(markdownToText('Chè *Shan* tuyết, `5 g`, [xem](https://example.vn/x)!')).toBe('Chè Shan tuyết, 5 g, xem!');
  });
  it('separates blocks by one space', () => {
    expect(markdownToText('Đoạn một.\n\nĐoạn hai\ncùng đoạn.\n\n- **Bảo quản:** nơi khô.\n- Hạn dùng.')).toBe(
      'Đoạn một. Đoạn hai cùng đoạn. Bảo quản: nơi khô. Hạn dùng.',
    );
  });
  it('keeps raw HTML as the text it is', () => {
    expect(markdownToText("<script>alert('x')</script> & <b>")).toBe("<script>alert('x')</script> & <b>");
  });
});
