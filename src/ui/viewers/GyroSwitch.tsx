import { useEffect, useState, type RefObject } from 'react';
import { gyroLook, wrapYaw } from '../../hall/panoramaMath';
import type { Lang } from '../../manifest';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import type { PanoramaLook } from './PanoramaSphere';

type OrientationWithPermission = typeof DeviceOrientationEvent & { requestPermission?: () => Promise<'granted' | 'denied'> };

/** Only phones and tablets turn with the visitor: a desktop's sensor (if any) would only confuse. */
const hasGyro = () => typeof DeviceOrientationEvent !== 'undefined' && matchMedia('(pointer: coarse)').matches;

/**
 * Lets the phone's movement turn the panorama, once the visitor asks (iOS asks permission, and
 * only from a tap). The first reading keeps the view where it is; dragging still works on top.
 */
export function GyroSwitch({ look, lang, changed }: { look: RefObject<PanoramaLook>; lang: Lang; changed: () => void }) {
  const [available] = useState(hasGyro);
  const [on, setOn] = useState(false);

  useEffect(() => {
    if (!on) return;
    let offset: number | null = null;
    const read = (e: DeviceOrientationEvent) => {
      if (e.alpha === null || e.beta === null || e.gamma === null) return;
      const g = gyroLook(e.alpha, e.beta, e.gamma, screen.orientation?.angle ?? 0);
      offset ??= look.current.yaw - g.yaw;
      look.current.yaw = wrapYaw(g.yaw + offset);
      look.current.pitch = g.pitch;
      changed();
    };
    addEventListener('deviceorientation', read);
    return () => removeEventListener('deviceorientation', read);
  }, [on, look, changed]);

  if (!available) return null;
  const toggle = async () => {
    if (on) return setOn(false);
    const ask = (DeviceOrientationEvent as OrientationWithPermission).requestPermission;
    if (ask && (await ask().catch(() => 'denied')) !== 'granted') return;
    setOn(true);
  };
  return (
    <button type="button" className="pill-btn" aria-pressed={on} onClick={() => void toggle()}>
      <Icon name="phone" size={18} /> {t('gyroOn', lang)}
    </button>
  );
}
