const queue: Array<() => void> = [];
let scheduled = false;

function runOne(): void {
  queue.shift()?.();
  if (queue.length) requestAnimationFrame(runOne);
  else scheduled = false;
}

/**
 * Runs `job` in an animation frame of its own, after those queued before it. For big one-off
 * uploads (a board's texture and its mipmaps): several in one frame make that frame wait for
 * all of them on the GPU, which a software renderer took half a second over. Returns a cancel.
 */
export function oneAFrame(job: () => void): () => void {
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(runOne);
  }
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}
