import { describe, expect, it } from 'vitest';
import { getAtPath, parseJsonPath, setAtPath } from '../../../src/manifest/jsonPath';
import { formatJsonPath } from '../../../src/manifest/problems';
import { createStudioDraft } from '../../../src/state/studioDraft';
import { starterBooths } from '../../../src/state/studioTemplates';

const draft = () => createStudioDraft(starterBooths()[0]!.manifest);
const types = (m: unknown) => (getAtPath(m, ['media']) as { type: string }[]).map((x) => x.type);

describe('the studio draft', () => {
  it('adds, reorders and removes media, the text following', () => {
    const s = draft();
    s.getState().addMedia('link');
    expect(types(s.getState().manifest)).toEqual(['video', 'h5', 'link']);
    s.getState().moveMedia(2, -1);
    expect(types(s.getState().manifest)).toEqual(['video', 'link', 'h5']);
    s.getState().moveMedia(0, -1); // already first: nothing
    expect(types(s.getState().manifest)).toEqual(['video', 'link', 'h5']);
    s.getState().removeMedia(0);
    expect(types(s.getState().manifest)).toEqual(['link', 'h5']);
    expect(JSON.parse(s.getState().text)).toEqual(s.getState().manifest);
  });

  it('sets a field at a path, and removes optional groups left empty', () => {
    const s = draft();
    const rev = s.getState().textRevision;
    s.getState().setField(['exhibitor', 'contact', 'email'], 'a@b.cn');
    expect(getAtPath(s.getState().manifest, ['exhibitor', 'contact', 'email'])).toBe('a@b.cn');
    s.getState().setField(['exhibitor', 'contact', 'email'], undefined);
    expect(getAtPath(s.getState().manifest, ['exhibitor', 'contact'])).toBeUndefined();
    expect(s.getState().textRevision).toBeGreaterThan(rev);
  });

  it('syncs from JSON text, keeping the last good manifest while the text does not parse', () => {
    const s = draft();
    const rev = s.getState().textRevision;
    s.getState().setText('{"schemaVersion": 1, "id": "x"}');
    expect(s.getState().manifest).toEqual({ schemaVersion: 1, id: 'x' });
    s.getState().setText('{"schemaVersion": 1, "id": ');
    expect(s.getState().textError).not.toBeNull();
    expect(s.getState().manifest).toEqual({ schemaVersion: 1, id: 'x' });
    expect(s.getState().text).toBe('{"schemaVersion": 1, "id": ');
    expect(s.getState().textRevision).toBe(rev); // the editor's own text is never replaced
  });

  it('keeps files by path', () => {
    const s = draft();
    s.getState().setFile('media/intro.mp4', new Blob(['x']));
    expect(s.getState().files.has('media/intro.mp4')).toBe(true);
    s.getState().setFile('media/intro.mp4', null);
    expect(s.getState().files.size).toBe(0);
  });
});

describe('JSON paths', () => {
  it('round-trips with formatJsonPath', () => {
    for (const p of [
      ['media', 2, 'src'],
      ['exhibitor', 'name', 'zh'],
      ['a b', 0],
    ] as (string | number)[][])
      expect(parseJsonPath(formatJsonPath(p))).toEqual(p);
  });
  it('setAtPath makes arrays and objects on the way', () => {
    expect(setAtPath({}, ['media', 0, 'type'], 'link')).toEqual({ media: [{ type: 'link' }] });
  });
});
