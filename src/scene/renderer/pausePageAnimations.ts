/**
 * Pauses the page's running CSS and Web Animations; returns the function that plays them again.
 * While a WebGL context comes back, every shader is compiled again; in software rendering the
 * GPU process does that, and a page animation (a kiosk's pulsing "touch" hand) keeps it busy
 * compositing: a restore that took half a second took five.
 */
export function pausePageAnimations(): () => void {
  if (typeof document.getAnimations !== 'function') return () => {};
  const paused = document.getAnimations().filter((a) => a.playState === 'running');
  for (const a of paused) a.pause();
  return () => {
    for (const a of paused) if (a.playState === 'paused') a.play();
  };
}
