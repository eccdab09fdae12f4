import { CompletionContext } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonPathRange } from '../../../../src/modes/studio/editor/jsonTree';
import { schemaCompletion, type SchemaNode } from '../../../../src/modes/studio/editor/schemaCompletion';

const schema = JSON.parse(readFileSync('public/schema/booth.schema.json', 'utf8')) as SchemaNode;
const stateOf = (doc: string) => EditorState.create({ doc, extensions: [json()] });

function rangeText(doc: string, path: (string | number)[]): string | null {
  const state = stateOf(doc);
  const tree = ensureSyntaxTree(state, doc.length, 1000)!;
  const r = jsonPathRange(tree, (a, b) => state.sliceDoc(a, b), path);
  return r && doc.slice(r.from, r.to);
}

function complete(docWithCursor: string): string[] {
  const pos = docWithCursor.indexOf('|');
  const state = stateOf(docWithCursor.replace('|', ''));
  ensureSyntaxTree(state, state.doc.length, 1000);
  const r = schemaCompletion(schema)(new CompletionContext(state, pos, true));
  return r ? r.options.map((o) => o.label) : [];
}

describe('JSON path → text range', () => {
  const doc = '{"id": "x", "exhibitor": {"name": {"zh": ""}}, "media": [{"type": "video"}, {"type": "link", "href": "ftp://a"}]}';
  it('finds a value at a path, through arrays', () => {
    expect(rangeText(doc, ['id'])).toBe('"x"');
    expect(rangeText(doc, ['media', 1, 'href'])).toBe('"ftp://a"');
    expect(rangeText(doc, ['exhibitor', 'name', 'zh'])).toBe('""');
  });
  it('marks the deepest key found for a missing one, and an object at its brace', () => {
    expect(rangeText(doc, ['exhibitor', 'logo'])).toBe('"exhibitor"');
    expect(rangeText(doc, ['media', 0])).toBe('{');
    expect(rangeText(doc, [])).toBe('{');
  });
});

describe('schema completion', () => {
  it('completes property names along the path', () => {
    expect(complete('{"exhibitor": {"|}}')).toEqual(expect.arrayContaining(['"name"', '"logo"', '"website"']));
    expect(complete('{"booth": {|}}')).toEqual(['"size"', '"template"', '"colors"']);
  });
  it('completes enum values', () => {
    expect(complete('{"booth": {"size": "|"}}')).toEqual(['"S"', '"M"', '"L"']);
    expect(complete('{"media": [{"type": "|"}]}')).toEqual([
      '"video"',
      '"h5"',
      '"caseStudy"',
      '"image"',
      '"audio"',
      '"link"',
      '"panorama"',
      '"model"',
    ]);
  });
  it("narrows a media item's keys and values by its type", () => {
    const keys = complete('{"media": [{"type": "h5", |}]}');
    expect(keys).toContain('"orientation"');
    expect(keys).not.toContain('"poster"');
    expect(complete('{"media": [{"type": "h5", "orientation": "|"}]}')).toEqual(['"portrait"', '"landscape"', '"any"']);
  });
});
