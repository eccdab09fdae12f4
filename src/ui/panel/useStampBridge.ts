import { useEffect, type RefObject } from 'react';
import { usePavilion } from '../../context/usePavilion';
import { bridgeDecide, floodGateStart } from '../../programme/stampBridge';

/**
 * The stamp bridge's listener (programme/stampBridge.ts, docs/stamp-bridge.md) for one booth's
 * H5 frame: a message stamps `boothId` only when it comes from this very frame's window, while
 * this booth's panel is open, within the frame's message budget, in exactly the documented
 * shape. Nothing else happens, and nothing is answered.
 */
export function useStampBridge(frame: RefObject<HTMLIFrameElement | null>, boothId: string): void {
  const { passport, tour } = usePavilion();
  useEffect(() => {
    // One gate per frame for as long as it is shown: two numbers, however long the flood.
    let gate = floodGateStart();
    const onMessage = (e: MessageEvent) => {
      // Read at the message, not at mount: a language switch replaces the frame (its key is its URL).
      const win = frame.current?.contentWindow ?? null;
      const fromBoothFrame = win !== null && e.source === win && tour.getState().openBoothId === boothId;
      // Another window's data is never read (nor deserialised): only who sent it is looked at.
      const decision = bridgeDecide(gate, {
        fromBoothFrame,
        origin: e.origin,
        data: fromBoothFrame ? e.data : undefined,
        now: performance.now(),
      });
      gate = decision.gate;
      if (decision.action === 'stamp') passport.getState().stamp(boothId, 'bridge');
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame, boothId, passport, tour]);
}
