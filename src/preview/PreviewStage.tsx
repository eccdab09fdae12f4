import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { CanvasBoundary } from '../boot/CanvasBoundary';
import { isTouchDevice, webglSupported } from '../boot/webgl';
import { PavilionContext } from '../context/PavilionContext';
import { ts } from '../i18n/studioStrings';
import type { Booth, Lang, LoadedHall } from '../manifest';
import { singleBoothHall } from '../manifest/singleBoothHall';
import { PavilionCanvas } from '../scene/PavilionCanvas';
import { createPavilion } from '../state/pavilion';
import { LazyBoothPanel } from '../ui/LazyBoothPanel';

/** Edits come in keystroke by keystroke: the scene is rebuilt once they pause. */
const SETTLE_MS = 350;

/**
 * A preview's own pavilion, and the hall revision its loader hands out (the loader is asked for a
 * revision by URL; a superseded one is refused).
 */
function previewPavilion() {
  let current: LoadedHall | null = null;
  let box: HTMLElement | null = null;
  const pavilion = createPavilion({
    loader: async (hallUrl) => {
      if (!current || current.hall.url !== hallUrl) throw new Error('a newer revision of the booth replaced this one');
      return current;
    },
    aspect: () => (box ? box.clientWidth / Math.max(1, box.clientHeight) : 1.5),
    walkKeys: 'canvas',
  });
  return {
    pavilion,
    hasRevision: () => current !== null,
    setRevision: (hall: LoadedHall) => (current = hall),
    setBox: (el: HTMLElement | null) => void (box = el),
  };
}

/** A pavilion of one booth: its own stores, the pavilion's canvas and booth panel, the visitor at the booth's front. */
export function PreviewStage({ booth, lang }: { booth: Booth; lang: Lang }) {
  const [{ pavilion, hasRevision, setRevision, setBox }] = useState(previewPavilion);
  const [webgl, setWebgl] = useState(webglSupported);
  const [touch] = useState(isTouchDevice);
  const loaded = useStore(pavilion.hall, (s) => s.loaded);
  const world = useStore(pavilion.hall, (s) => s.world);

  // Each settled revision is a hall of its own URL: HallScene is rebuilt for it.
  useEffect(() => {
    const timer = setTimeout(
      () => {
        const rev = `${booth.url}#preview-${Date.now().toString(36)}`;
        setRevision(singleBoothHall(booth, rev));
        void pavilion.hall.getState().load(rev, location.origin);
      },
      hasRevision() ? SETTLE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [booth, pavilion, hasRevision, setRevision]);

  // Stands the visitor in front of the booth whenever a revision is built.
  useEffect(
    () =>
      pavilion.hall.subscribe((s, prev) => {
        const id = s.loaded?.booths[0]?.id;
        if (s.world && s.world !== prev.world && id) pavilion.nav.jumpToBooth(id);
      }),
    [pavilion],
  );

  const id = loaded?.booths[0]?.id;
  return (
    <PavilionContext.Provider value={pavilion}>
      <div className="preview-stage" ref={setBox} data-walk-keys tabIndex={0} aria-label={ts('previewLabel', lang)}>
        {webgl ? (
          <CanvasBoundary onFail={() => setWebgl(false)}>
            <PavilionCanvas loaded={world ? loaded : null} world={world} probe={false} />
          </CanvasBoundary>
        ) : (
          <p className="preview-note">{ts('previewNoWebgl', lang)}</p>
        )}
        {!world && webgl && <p className="preview-note">{ts('previewLoading', lang)}</p>}
      </div>
      <div className="preview-actions">
        <button
          type="button"
          className="preview-btn primary"
          disabled={!id}
          onClick={() => id && pavilion.tour.getState().openBooth(id)}
        >
          {ts('previewOpenPanel', lang)}
        </button>
        <button type="button" className="preview-btn" disabled={!id} onClick={() => id && pavilion.nav.jumpToBooth(id)}>
          {ts('previewFront', lang)}
        </button>
      </div>
      <p className="preview-hint">{ts(touch ? 'previewHintTouch' : 'previewHint', lang)}</p>
      <LazyBoothPanel />
    </PavilionContext.Provider>
  );
}
