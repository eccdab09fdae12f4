import { useCallback, useMemo } from 'react';
import { useHall } from '../../context/useHall';
import { usePavilion } from '../../context/usePavilion';
import { useTour } from '../../context/useTour';
import { ModalDialog } from '../ModalDialog';
import { BoothPanelBody } from './BoothPanelBody';

/** The open booth: an accessible modal dialog named by the exhibitor, one tab per kind of media. */
export function BoothPanel() {
  const { tour } = usePavilion();
  const openId = useTour((s) => s.openBoothId);
  const loaded = useHall((s) => s.loaded);
  const booth = useMemo(() => loaded?.booths.find((b) => b.id === openId) ?? null, [loaded, openId]);

  const close = useCallback(() => tour.getState().openBooth(null), [tour]);
  return (
    <ModalDialog open={booth !== null} onClose={close} className="booth-panel" labelledBy="booth-panel-title">
      {booth && <BoothPanelBody key={booth.id} booth={booth} onClose={close} />}
    </ModalDialog>
  );
}
