import { createStore, type StoreApi } from 'zustand/vanilla';
import { getAtPath, setAtPath, type JsonPath } from '../manifest/jsonPath';
import type { MediaType } from '../manifest/schema';
import { newMediaItem } from './studioTemplates';

/**
 * The studio's draft of one booth: the manifest (as the form edits it), its JSON text (as the
 * editor shows it; kept as typed while it does not parse), and the exhibitor's files by their
 * path relative to the manifest. One store per studio page; pure (the page passes files in).
 */
export interface StudioDraft {
  manifest: unknown;
  text: string;
  /** Why `text` does not parse, or null; the manifest keeps its last parsed value meanwhile. */
  textError: string | null;
  /** Bumped when a change came from outside the JSON editor, so it replaces its text. */
  textRevision: number;
  files: ReadonlyMap<string, Blob>;
  /** Starts over with a manifest and its files (a template, an import). */
  load: (manifest: unknown, files: ReadonlyMap<string, Blob>) => void;
  setField: (path: JsonPath, value: unknown) => void;
  /** From the JSON editor: parsed into the manifest when it parses. */
  setText: (text: string) => void;
  addMedia: (type: MediaType) => void;
  moveMedia: (index: number, by: -1 | 1) => void;
  removeMedia: (index: number) => void;
  setFile: (path: string, file: Blob | null) => void;
}

const format = (manifest: unknown) => `${JSON.stringify(manifest, null, 2)}\n`;

function mediaOf(manifest: unknown): unknown[] {
  const media = getAtPath(manifest, ['media']);
  return Array.isArray(media) ? media : [];
}

export function createStudioDraft(manifest: unknown = {}, files: ReadonlyMap<string, Blob> = new Map()): StoreApi<StudioDraft> {
  return createStore<StudioDraft>()((set, get) => {
    /** A change made outside the editor: the text follows the manifest. */
    const edit = (next: unknown) =>
      set((s) => ({ manifest: next, text: format(next), textError: null, textRevision: s.textRevision + 1 }));
    const setMedia = (media: unknown[]) => edit(setAtPath(get().manifest, ['media'], media));
    return {
      manifest,
      text: format(manifest),
      textError: null,
      textRevision: 0,
      files,
      load: (m, f) => {
        edit(m);
        set({ files: f });
      },
      setField: (path, value) => edit(setAtPath(get().manifest, path, value)),
      setText: (text) => {
        try {
          set({ text, manifest: JSON.parse(text) as unknown, textError: null });
        } catch (e) {
          set({ text, textError: e instanceof Error ? e.message : String(e) });
        }
      },
      addMedia: (type) => setMedia([...mediaOf(get().manifest), newMediaItem(type)]),
      moveMedia: (index, by) => {
        const media = [...mediaOf(get().manifest)];
        const to = index + by;
        if (to < 0 || to >= media.length || index < 0 || index >= media.length) return;
        [media[index], media[to]] = [media[to], media[index]];
        setMedia(media);
      },
      removeMedia: (index) => setMedia(mediaOf(get().manifest).filter((_, i) => i !== index)),
      setFile: (path, file) => {
        const files = new Map(get().files);
        if (file) files.set(path, file);
        else files.delete(path);
        set({ files });
      },
    };
  });
}
