import { useKiosk } from '../../context/useKioskState';

/** Whether this page is a hall kiosk: its runtime above, or the body's mark (set by kiosk mode). */
export function useInKiosk(): boolean {
  const kiosk = useKiosk();
  return kiosk !== null || document.body.dataset.kiosk !== undefined;
}
