import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneAFrame } from '../../../../src/scene/text/oneAFrame';

describe('oneAFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs queued jobs one per animation frame, in order, and skips a cancelled one', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const ran: string[] = [];
    oneAFrame(() => ran.push('a'));
    const cancelB = oneAFrame(() => ran.push('b'));
    oneAFrame(() => ran.push('c'));
    cancelB();
    expect(ran).toEqual([]);
    frames.shift()!(0);
    expect(ran).toEqual(['a']);
    frames.shift()!(16);
    expect(ran).toEqual(['a', 'c']);
    expect(frames).toHaveLength(0); // nothing left: no frame asked for
    oneAFrame(() => ran.push('d'));
    frames.shift()!(32);
    expect(ran).toEqual(['a', 'c', 'd']);
  });
});
