import { describe, expect, it } from 'vitest';
import { checkPreviewBooth, manifestFileName } from '../../../src/preview/checkPreviewBooth';

describe('checkPreviewBooth', () => {
  it('refuses a booth with errors and names the file from its URL', () => {
    const r = checkPreviewBooth({ schemaVersion: 1 }, 'https://studio.invalid/booth/my-booth.json');
    expect(r.booth).toBeNull();
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]!.file).toBe('my-booth.json');
    expect(manifestFileName('not a url')).toBe('booth.json');
  });
});
