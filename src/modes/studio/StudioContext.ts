import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Lang, ManifestProblem } from '../../manifest';
import type { StudioDraft } from '../../state/studioDraft';

/** What the studio's pieces share: the draft, its problems by JSON path, the language. */
export interface Studio {
  draft: StoreApi<StudioDraft>;
  byPath: ReadonlyMap<string, ManifestProblem[]>;
  lang: Lang;
}

export const StudioContext = createContext<Studio | null>(null);

export function useStudio(): Studio {
  const s = useContext(StudioContext);
  if (!s) throw new Error('useStudio: no <StudioContext.Provider> above this component');
  return s;
}

/** A field of the draft; re-renders when it changes. */
export function useDraft<T>(selector: (s: StudioDraft) => T): T {
  return useStore(useStudio().draft, selector);
}

/** The problems found at these JSON paths. */
export function useProblemsAt(...paths: string[]): ManifestProblem[] {
  const { byPath } = useStudio();
  return paths.flatMap((p) => byPath.get(p) ?? []);
}

/** The id of the form control for a JSON path (`media[0].src` → `fld-media-0-src`). */
export function fieldId(path: string): string {
  return `fld-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}
