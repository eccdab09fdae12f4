import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { StudioDraft } from '../../state/studioDraft';
import { loadStoredDraft, storeDraft } from './draftStorage';

/** Edits settle this long before the draft is written to the browser's storage. */
const SAVE_AFTER_MS = 800;

/**
 * Brings back the draft kept in this browser, then keeps every change (debounced). Returns
 * whether the kept draft has been read: until then nothing is written, so the starter booth
 * shown meanwhile never overwrites it.
 */
export function useKeptDraft(draft: StoreApi<StudioDraft>): boolean {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsub = () => {};
    void loadStoredDraft().then((kept) => {
      if (!live) return;
      if (kept) {
        draft.getState().load(kept.manifest, new Map(kept.files));
        if (kept.text !== draft.getState().text) draft.getState().setText(kept.text);
      }
      setRestored(true);
      unsub = draft.subscribe((s, prev) => {
        if (s.text === prev.text && s.files === prev.files) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const { manifest, text, files } = draft.getState();
          void storeDraft({ manifest, text, files: [...files] });
        }, SAVE_AFTER_MS);
      });
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unsub();
    };
  }, [draft]);
  return restored;
}
