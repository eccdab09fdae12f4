import { useEffect, useState } from 'react';
import { useGuide } from '../context/useGuide';
import { useHall } from '../context/useHall';
import { useLang } from '../context/useLang';
import { useTour } from '../context/useTour';
import { t } from '../i18n/strings';
import { localize } from '../manifest';

/** Long enough that walking past a row of booths announces where the visitor stops, not each one. */
const SETTLE_MS = 1200;

/**
 * Says the nearest booth politely when it changes and the visitor has settled there; silent while
 * the guided tour speaks for itself (its caption bar is live).
 */
export function NearestAnnouncer() {
  const lang = useLang();
  const id = useTour((s) => s.nearestBoothId);
  const guiding = useGuide((s) => s.status !== 'off');
  const name = useHall((s) => (id ? s.loaded?.booths.find((b) => b.id === id)?.exhibitor.name : undefined));
  const [said, setSaid] = useState('');
  useEffect(() => {
    const text = name && !guiding ? `${t('nearbyBooth', lang)}${localize(name, lang)}` : '';
    const timer = setTimeout(() => setSaid(text), text ? SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [name, guiding, lang]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="nearest-announcer">
      {said}
    </p>
  );
}
