import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useHall } from '../../context/useHall';
import { usePavilion } from '../../context/usePavilion';
import { useTour } from '../../context/useTour';
import { BoothPanelBody } from './BoothPanelBody';

/** The open booth: an accessible modal dialog named by the exhibitor, one tab per kind of media. */
export function BoothPanel() {
  const { tour } = usePavilion();
  const openId = useTour((s) => s.openBoothId);
  const loaded = useHall((s) => s.loaded);
  const booth = useMemo(() => loaded?.booths.find((b) => b.id === openId) ?? null, [loaded, openId]);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (booth && !d.open) {
      const before = document.activeElement as HTMLElement | null;
      d.showModal();
      return () => before?.focus?.();
    }
    if (!booth && d.open) d.close();
  }, [booth]);

  const close = useCallback(() => tour.getState().openBooth(null), [tour]);
  return (
    <dialog
      ref={ref}
      className="booth-panel"
      aria-labelledby="booth-panel-title"
      onCancel={(e) => {
        e.preventDefault(); // we close through the store, so history stays in step
        close();
      }}
      onClick={(e) => e.target === ref.current && close()}
    >
      {booth && <BoothPanelBody key={booth.id} booth={booth} onClose={close} />}
    </dialog>
  );
}
