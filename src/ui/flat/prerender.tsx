/**
 * The server side of the 2D pavilion: the same FlatPavilion the app shows, rendered to HTML for
 * the hall's page and each booth's, so a shared link has its card and its content before, or
 * without, any script. scripts/vite-plugin-prerender.ts builds it for Node (`dist-ssr/`) and
 * writes the sample hall's pages with it; the service renders its live hall's with the same build.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { PavilionContext } from '../../context/PavilionContext';
import type { LoadedHall } from '../../manifest/loadHall';
import type { StoreApi } from 'zustand';
import { createPavilion, type Pavilion } from '../../state/pavilion';
import { FlatPavilion } from './FlatPavilion';

// What the build and the service need besides the render, from the same build of the app's modules.
export { loadHall } from '../../manifest/loadHall';
export { shareCard } from '../../manifest/shareCard';

/** One pavilion for the build: the hall already loaded, nobody's passport. */
export async function pavilionFor(loaded: LoadedHall): Promise<Pavilion> {
  const pavilion = createPavilion({ loader: async () => loaded, aspect: () => 16 / 9 });
  await pavilion.hall.getState().load(loaded.hall.url, new URL(loaded.hall.url).origin);
  const { status, error } = pavilion.hall.getState();
  if (status !== 'ready') throw new Error(`prerender: the hall did not load: ${JSON.stringify(error)}`);
  return pavilion;
}

/**
 * A store as a server render must see it: zustand's hooks read `getInitialState()` there (React's
 * server snapshot), which would be the empty hall, not the one loaded.
 */
function asRendered<T>(store: StoreApi<T>): StoreApi<T> {
  return { ...store, getInitialState: store.getState };
}

/** The 2D page's markup: the hall (`boothId` null) or one booth. */
export function renderFlatPage(pavilion: Pavilion, boothId: string | null): string {
  pavilion.tour.getState().openBooth(boothId);
  const rendered: Pavilion = {
    ...pavilion,
    hall: asRendered(pavilion.hall),
    tour: asRendered(pavilion.tour),
    passport: asRendered(pavilion.passport),
  };
  return renderToStaticMarkup(
    <PavilionContext.Provider value={rendered}>
      <FlatPavilion webgl live={false} />
    </PavilionContext.Provider>,
  );
}
export { pageWithFlat, type PageCard } from './pageWithFlat';
export type { LoadedHall, Pavilion };
