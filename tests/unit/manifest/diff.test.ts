import { describe, expect, it } from 'vitest';
import { diffBooths, referencedFiles } from '../../../src/manifest/diff';

const video = (src: string, title = src) => ({ type: 'video', title: { zh: `视频 ${title}`, en: `Video ${title}` }, src });
const image = (src: string) => ({ type: 'image', src, alt: { zh: '图', en: 'Picture' } });
const link = (href: string) => ({ type: 'link', label: 'Site', href });

function booth(patch: Record<string, unknown> = {}) {
  return {
    $schema: '../booth.schema.json',
    schemaVersion: 1,
    id: 'acme',
    exhibitor: {
      name: { zh: '艾克米', en: 'Acme' },
      description: { zh: '说明', en: 'About' },
      logo: 'logo.svg',
    },
    booth: { size: 'M', colors: { primary: '#112233', accent: '#445566' } },
    tags: ['5G'],
    media: [video('a.mp4'), image('b.png'), link('https://acme.example.com')],
    ...patch,
  };
}

describe('diffBooths', () => {
  it('finds nothing between a booth and itself, whatever its key order', () => {
    const b = booth();
    const reordered: unknown = Object.fromEntries(Object.entries(b).reverse());
    const d = diffBooths(b, reordered);
    expect(d).toEqual({ isNew: false, fields: [], media: [], mediaUnchanged: 3, files: { added: [], removed: [] } });
  });

  it('lists plain fields changed, added and removed by their JSON path', () => {
    const before = booth();
    const after = booth({
      booth: { size: 'L', colors: { primary: '#112233', accent: '#000000' }, template: 'tower' },
      schemaVersion: 1,
    });
    (after.exhibitor as Record<string, unknown>).website = 'https://acme.example.com';
    const d = diffBooths(before, after);
    expect(d.fields).toEqual([
      { kind: 'added', path: 'exhibitor.website', text: false, before: undefined, after: 'https://acme.example.com' },
      { kind: 'changed', path: 'booth.size', text: false, before: 'M', after: 'L' },
      { kind: 'changed', path: 'booth.colors.accent', text: false, before: '#445566', after: '#000000' },
      { kind: 'added', path: 'booth.template', text: false, before: undefined, after: 'tower' },
    ]);
    expect(diffBooths(after, before).fields.map((f) => `${f.kind} ${f.path}`)).toContain('removed booth.template');
  });

  it('gives texts in both languages, a plain string standing for both', () => {
    const before = booth();
    const after = booth({ tags: ['5G', { zh: '反诈', en: 'anti-fraud' }] });
    (after as Record<string, unknown>).exhibitor = {
      ...after.exhibitor,
      name: 'Acme',
      description: { zh: '说明', en: 'What we do' },
    };
    const d = diffBooths(before, after);
    expect(d.fields).toEqual([
      {
        kind: 'changed',
        path: 'exhibitor.name',
        text: true,
        before: { zh: '艾克米', en: 'Acme' },
        after: { zh: 'Acme', en: 'Acme' },
      },
      {
        kind: 'changed',
        path: 'exhibitor.description',
        text: true,
        before: { zh: '说明', en: 'About' },
        after: { zh: '说明', en: 'What we do' },
      },
      { kind: 'added', path: 'tags[1]', text: true, before: undefined, after: { zh: '反诈', en: 'anti-fraud' } },
    ]);
    // The same text written either way is no change.
    const spelled = booth({ tags: [{ zh: '5G', en: '5G' }] });
    expect(diffBooths(before, spelled).fields).toEqual([]);
  });

  it('lists media added and removed where they are, and counts the untouched', () => {
    const before = booth();
    const after = booth({ media: [video('a.mp4'), video('new.mp4'), link('https://acme.example.com')] });
    const d = diffBooths(before, after);
    expect(d.media.map((m) => [m.kind, m.type, m.before, m.after])).toEqual([
      ['added', 'video', null, 1],
      ['removed', 'image', 1, null],
    ]);
    expect(d.media[0]!.name).toEqual({ zh: '视频 new.mp4', en: 'Video new.mp4' });
    expect(d.mediaUnchanged).toBe(2);
    expect(d.files).toEqual({ added: ['new.mp4'], removed: ['b.png'] });
  });

  it('moves only what moved: an insertion at the top moves nothing', () => {
    const before = booth();
    const inserted = diffBooths(before, booth({ media: [image('first.png'), ...before.media] }));
    expect(inserted.media.map((m) => m.kind)).toEqual(['added']);
    expect(inserted.mediaUnchanged).toBe(3);

    const moved = diffBooths(before, booth({ media: [before.media[2], before.media[0], before.media[1]] }));
    expect(moved.media).toEqual([
      expect.objectContaining({ kind: 'kept', type: 'link', before: 2, after: 0, moved: true, changes: [] }),
    ]);
    expect(moved.mediaUnchanged).toBe(2);
  });

  it('matches by type and src first, then by place, and lists what changed inside an item', () => {
    const before = booth();
    const retitled = { ...video('a.mp4', 'renamed'), captions: [{ lang: 'en', src: 'a.en.vtt' }] };
    const resourced = image('b2.png');
    const d = diffBooths(before, booth({ media: [retitled, resourced, before.media[2]] }));
    expect(d.media).toHaveLength(2);
    expect(d.media[0]).toMatchObject({ kind: 'kept', type: 'video', before: 0, after: 0, moved: false });
    expect(d.media[0]!.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'changed title',
      'added captions[0].lang',
      'added captions[0].src',
    ]);
    // A new src in the same place, same type: the same item changed, not one removed and one added.
    expect(d.media[1]).toMatchObject({ kind: 'kept', type: 'image', before: 1, after: 1, moved: false });
    expect(d.media[1]!.changes).toEqual([{ kind: 'changed', path: 'src', text: false, before: 'b.png', after: 'b2.png' }]);
    expect(d.files).toEqual({ added: ['a.en.vtt', 'b2.png'], removed: ['b.png'] });
  });

  it('does not pair items of different types by place', () => {
    const before = booth();
    const d = diffBooths(before, booth({ media: [video('a.mp4'), link('https://other.example.com'), before.media[2]] }));
    expect(d.media.map((m) => `${m.kind} ${m.type}`)).toEqual(['added link', 'removed image']);
  });

  it('shows a new booth as everything added', () => {
    const d = diffBooths(null, booth());
    expect(d.isNew).toBe(true);
    expect(d.fields.every((f) => f.kind === 'added')).toBe(true);
    expect(d.fields.map((f) => f.path)).toEqual([
      'schemaVersion',
      'id',
      'exhibitor.name',
      'exhibitor.description',
      'exhibitor.logo',
      'booth.size',
      'booth.colors.primary',
      'booth.colors.accent',
      'tags[0]',
    ]);
    expect(d.media.map((m) => [m.kind, m.after])).toEqual([
      ['added', 0],
      ['added', 1],
      ['added', 2],
    ]);
    expect(d.files).toEqual({ added: ['a.mp4', 'b.png', 'logo.svg'], removed: [] });
  });

  it('never throws on odd input', () => {
    expect(diffBooths('nonsense', 42).fields).toEqual([]);
    expect(diffBooths({ media: 'x' }, { media: [null, 3] }).media.map((m) => m.kind)).toEqual(['added', 'added']);
  });
});

describe('referencedFiles', () => {
  it('collects relative asset paths, per-language ones too, but not URLs', () => {
    const m = booth({
      media: [
        { type: 'audio', title: 'Guide', src: { zh: 'g.zh.mp3', en: 'g.en.mp3' } },
        { type: 'video', title: 'V', src: 'https://cdn.example.com/v.mp4', poster: 'p.png' },
        { type: 'caseStudy', bodySrc: 'case.md', images: [{ src: 'c.svg', alt: 'c' }] },
      ],
    });
    expect(referencedFiles(m)).toEqual(['c.svg', 'case.md', 'g.en.mp3', 'g.zh.mp3', 'logo.svg', 'p.png']);
  });
});
