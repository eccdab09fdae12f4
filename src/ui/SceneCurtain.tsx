import { useEffect, useState } from 'react';
import { useLangStore } from '../state/langStore';
import { t } from './strings';

/**
 * Covers the canvas until the first frame is drawn and the sign font is ready, so the
 * visitor never sees an empty or half-lettered hall; the loading bar's last stretch.
 */
export function SceneCurtain() {
  const lang = useLangStore((s) => s.lang);
  const [done, setDone] = useState(false);
  useEffect(() => {
    let raf = 0;
    const check = () => {
      if (document.body.dataset.firstFrame === 'true') void document.fonts.ready.then(() => setDone(true));
      else raf = requestAnimationFrame(check);
    };
    raf = requestAnimationFrame(check);
    return () => cancelAnimationFrame(raf);
  }, []);
  if (done) return null;
  return (
    <div
      className="loading curtain"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={90}
      aria-label={t('loading', lang)}
    >
      <p>{t('loading', lang)}</p>
      <div className="bar">
        <div style={{ width: '90%' }} />
      </div>
    </div>
  );
}
