const cache = new Map<string, Promise<HTMLImageElement | null>>();

/**
 * Loads an image for drawing into a canvas; null (never a throw) when it fails, so a
 * broken logo leaves a plain sign rather than a broken hall. Cached: halls repeat logos.
 */
export function loadImage(url: string): Promise<HTMLImageElement | null> {
  let p = cache.get(url);
  if (!p) {
    p = new Promise((resolve) => {
      const img = new Image();
      // Cross-origin (allow-listed) images must come with CORS or they would taint the atlas.
      if (new URL(url, location.href).origin !== location.origin) img.crossOrigin = 'anonymous';
      img.decoding = 'async';
      img.onload = () => resolve(img);
      img.onerror = () => {
        console.warn(`[media] image failed to load: ${url}`);
        resolve(null);
      };
      img.src = url;
    });
    cache.set(url, p);
    if (cache.size > 400) cache.delete(cache.keys().next().value!);
  }
  return p;
}
