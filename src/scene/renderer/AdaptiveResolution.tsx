import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { usePavilion } from '../../context/usePavilion';
import type { ResolutionState } from '../../state/resolutionStore';
import { dprCeiling, MIN_DPR, ResolutionGovernor, startDpr } from './resolutionGovernor';
import { onSoftwareGpu } from './softwareGpu';

interface Props {
  /** The highest ratio wanted (the canvas's own cap). */
  maxDpr: number;
  /** A ratio to keep whatever the frame times (`?dpr=`), or null to govern. */
  pinned: number | null;
  /** Where the chosen ratio is written, for the canvas's configuration. */
  resolution: StoreApi<ResolutionState>;
}

/**
 * Keeps frames short on weak GPUs by lowering the canvas's pixel ratio while frames are slow and
 * raising it again when there is room (see ResolutionGovernor). `pinned` holds it instead.
 */
export function AdaptiveResolution({ maxDpr, pinned, resolution }: Props) {
  const gl = useThree((s) => s.gl);
  const { progress } = usePavilion();
  const governor = useMemo(() => {
    const max = dprCeiling(maxDpr, window.devicePixelRatio);
    return new ResolutionGovernor({ min: MIN_DPR, max, start: startDpr(max, onSoftwareGpu(gl)) });
  }, [maxDpr, gl]);

  // The ratio last written on <body> (data-dpr), for tests and kiosk watchdogs.
  const shown = useRef(0);

  useFrame(({ viewport, setDpr }, delta) => {
    // Only frames that draw the hall say what filling it costs: not the loading screen's.
    if (pinned === null && progress.shown) governor.record(delta * 1000);
    const wanted = pinned ?? governor.dpr;
    if (viewport.dpr !== wanted) setDpr(wanted);
    if (shown.current !== wanted) {
      // Written with the change, so <body data-dpr> never disagrees with the drawing buffer.
      document.body.dataset.dpr = String((shown.current = wanted));
      // The canvas's configuration follows, so reconfiguring it keeps this ratio.
      resolution.setState({ dpr: wanted });
    }
  });
  return null;
}
