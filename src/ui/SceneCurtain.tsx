import { useEffect, useRef, useState } from 'react';
import { usePavilion } from '../context/usePavilion';
import { FIRST_VIEW_MAX_WAIT_MS } from '../state/sceneProgress';
import { t } from '../i18n/strings';
import { useLang } from '../context/useLang';

// The render gate gives up first; this leaves it time to draw.
const MAX_WAIT_MS = FIRST_VIEW_MAX_WAIT_MS + 2000;

/**
 * Covers the canvas until the first frame is drawn (the render gate draws nothing before the
 * nearby boards, signs and posters are on the GPU) and the interface font is ready: the loading
 * bar's last stretch (80–100%), so the visitor never sees an empty or half-lettered hall.
 */
export function SceneCurtain() {
  const lang = useLang();
  const { progress } = usePavilion();
  const [done, setDone] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const start = performance.now();
    let fonts = false;
    void document.fonts.ready.then(() => (fonts = true));
    let raf = 0;
    const tick = () => {
      const { wanted, painted } = progress;
      const share = wanted ? Math.min(1, painted / wanted) : 0;
      if (bar.current) bar.current.style.width = `${80 + 20 * share}%`;
      const framed = document.body.dataset.firstFrame === 'true';
      if ((framed && fonts) || performance.now() - start > MAX_WAIT_MS) setDone(true);
      else raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [progress]);
  if (done) return null;
  return (
    <div className="loading curtain" aria-busy="true">
      <p>{t('loading', lang)}</p>
      <div className="bar" role="progressbar" aria-label={t('loadingTextures', lang)} aria-valuemin={0} aria-valuemax={100}>
        <div ref={bar} style={{ width: '80%' }} />
      </div>
      <p className="detail">{t('loadingTextures', lang)}</p>
    </div>
  );
}
