import { Canvas } from '@react-three/fiber';
import { NeutralToneMapping } from 'three';
import { Suspense, useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { localize, type Lang, type Model3D } from '../../manifest';
import { t } from '../../i18n/strings';
import { useMotion } from '../../context/useMotion';
import { SceneErrorBoundary } from '../../boot/SceneErrorBoundary';
import { ModelStage, type ModelViewApi } from './ModelStage';
import { ViewButtons } from './ViewButtons';
import './vrViewers.css';

const TURN = Math.PI / 12;

/**
 * A 3D model in the panel: its poster until it has loaded, then the model to turn (drag, arrows),
 * zoom (wheel, pinch, + −) and reset (Home), turning slowly by itself until touched, and never
 * under reduced motion. Its own canvas, drawn on demand while still.
 */
export function ModelViewer({ item, lang, onView }: { item: Model3D; lang: Lang; onView?: () => void }) {
  const reduced = useMotion((s) => s.reduced);
  const [touched, setTouched] = useState(false);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const api = useRef<ModelViewApi | null>(null);
  const helpId = useId();
  const title = localize(item.title, lang);
  const autoRotate = !reduced && !touched && state === 'ready';
  const onLoaded = useCallback(() => {
    setState('ready');
    onView?.();
  }, [onView]);
  const onTouched = useCallback(() => setTouched(true), []);

  const onKey = (e: KeyboardEvent) => {
    const a = api.current;
    if (!a) return;
    if (e.key === 'ArrowLeft') a.turn(TURN, 0);
    else if (e.key === 'ArrowRight') a.turn(-TURN, 0);
    else if (e.key === 'ArrowUp') a.turn(0, TURN);
    else if (e.key === 'ArrowDown') a.turn(0, -TURN);
    else if (e.key === '+' || e.key === '=') a.zoom(0.8);
    else if (e.key === '-' || e.key === '_') a.zoom(1.25);
    else if (e.key === 'Home') a.reset();
    else return;
    e.preventDefault();
    setTouched(true);
  };
  const act = (f: (a: ModelViewApi) => void) => {
    if (api.current) f(api.current);
    setTouched(true);
  };

  return (
    <figure className="model-viewer" data-model-state={state}>
      <div
        className="model-view"
        tabIndex={0}
        role="application"
        aria-roledescription={t('modelRole', lang)}
        aria-label={title}
        aria-describedby={helpId}
        onKeyDown={onKey}
      >
        {state !== 'ready' && item.poster && <img className="model-poster" src={item.poster} alt="" />}
        {state === 'loading' && <p className="pano-status">{t('modelLoading', lang)}</p>}
        {state === 'failed' ? (
          <p className="pano-status" role="alert">
            {t('modelFailed', lang)}
          </p>
        ) : (
          <Canvas
            frameloop={autoRotate ? 'always' : 'demand'}
            camera={{ position: [0.6, 0.4, 0.9], fov: 35, near: 0.001, far: 100 }}
            dpr={[1, 2]}
            // Neutral, not R3F's default ACES: product colours as the exhibitor made them.
            onCreated={({ gl }) => void (gl.toneMapping = NeutralToneMapping)}
          >
            <SceneErrorBoundary onError={() => setState('failed')}>
              <Suspense fallback={null}>
                <ModelStage
                  url={item.src}
                  scale={item.scale}
                  autoRotate={autoRotate}
                  onTouched={onTouched}
                  onLoaded={onLoaded}
                  api={api}
                />
              </Suspense>
            </SceneErrorBoundary>
          </Canvas>
        )}
      </div>
      <div className="pano-controls">
        <ViewButtons lang={lang} onZoom={(f) => act((a) => a.zoom(f))} onReset={() => act((a) => a.reset())} />
        {!reduced && (
          <button
            type="button"
            className="pill-btn"
            aria-pressed={autoRotate}
            onClick={() => setTouched(!touched)}
            disabled={state !== 'ready'}
          >
            {t('autoRotate', lang)}
          </button>
        )}
      </div>
      <p id={helpId} className="pano-help">
        {t('modelHelp', lang)}
      </p>
      <figcaption>
        <strong>{title}</strong>
        {item.description && <span> · {localize(item.description, lang)}</span>}
      </figcaption>
    </figure>
  );
}
