import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { pinnedDpr, ResolutionGovernor, SOFTWARE_START_DPR } from './resolutionGovernor';
import { sceneProgress } from './sceneProgress';
import { onSoftwareGpu } from './softwareGpu';

/** Never below half a CSS pixel per pixel: blurrier than that stops being worth the frames. */
const MIN_DPR = 0.5;

interface Props {
  /** The highest ratio wanted (the canvas's own cap). */
  maxDpr: number;
}

/**
 * Keeps frames short on weak GPUs by lowering the canvas's pixel ratio while frames are slow and
 * raising it again when there is room (see ResolutionGovernor). `?dpr=` pins it instead.
 */
export function AdaptiveResolution({ maxDpr }: Props) {
  const gl = useThree((s) => s.gl);
  const pinned = useMemo(() => pinnedDpr(location.search), []);
  const governor = useMemo(() => {
    const max = Math.max(MIN_DPR, Math.min(maxDpr, window.devicePixelRatio || 1));
    return new ResolutionGovernor({ min: MIN_DPR, max, start: onSoftwareGpu(gl) ? SOFTWARE_START_DPR : max });
  }, [maxDpr, gl]);

  // The ratio last written on <body> (data-dpr), for tests and kiosk watchdogs.
  const shown = useRef(0);

  useFrame(({ viewport, setDpr }, delta) => {
    // Only frames that draw the hall say what filling it costs: not the loading screen's.
    if (pinned === null && sceneProgress.shown) governor.record(delta * 1000);
    const wanted = pinned ?? governor.dpr;
    // The canvas's own config puts its ratio back whenever it is reconfigured (a resize, a
    // language switch): a comparison a frame keeps the chosen one.
    if (viewport.dpr !== wanted) setDpr(wanted);
    // Written with the change, so <body data-dpr> never disagrees with the drawing buffer.
    if (shown.current !== wanted) document.body.dataset.dpr = String((shown.current = wanted));
  });
  return null;
}
