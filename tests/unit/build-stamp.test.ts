import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFingerprint, builtFingerprint } from '../../src/lib/build-stamp.ts';

const root = resolve(import.meta.dirname, '../..');
const content = mkdtempSync(join(tmpdir(), 'ocop-stamp-'));
cpSync(join(root, 'tests/fixtures/minimal'), content, { recursive: true });
afterAll(() => rmSync(content, { recursive: true, force: true }));
const env = (more: Record<string, string> = {}) => ({ OCOP_CONTENT_DIR: content, OCOP_AS_OF: '2026-11-29', ...more });

describe('what makes a built site current (npm start)', () => {
  const before = buildFingerprint(root, env());

  it('is the same for the same content, code and settings', () => {
    expect(buildFingerprint(root, env())).toBe(before);
  });
  it('changes with the reference date, today included when OCOP_AS_OF is unset', () => {
    expect(buildFingerprint(root, env({ OCOP_AS_OF: '2026-11-30' }))).not.toBe(before);
  });
  it('changes with whether the PDF sheets are printed', () => {
    expect(buildFingerprint(root, env({ OCOP_SHEETS: '1' }))).not.toBe(before);
  });
  it('changes with any file of the content folder, and with the folder itself', () => {
    writeFileSync(join(content, 'products/new-draft.md'), '---\nname: x\n---\n');
    expect(buildFingerprint(root, env())).not.toBe(before);
    expect(buildFingerprint(root, env({ OCOP_CONTENT_DIR: join(root, 'tests/fixtures/minimal') }))).not.toBe(
      buildFingerprint(root, env()),
    );
  });
  it('is unknown for a folder no finished build wrote', () => {
    expect(builtFingerprint(root, join(content, 'no-dist'))).toBeUndefined();
  });
});
