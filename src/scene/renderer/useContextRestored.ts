import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';

/**
 * Calls `onRestored` after a lost WebGL context comes back, once three has made its own state
 * again (its listener was added when the renderer was made, so it runs first). Three re-uploads
 * what it holds a full copy of (geometry, canvas and data textures); whatever was filled bit by
 * bit on the GPU (the atlases' slots) is for its owner to send again.
 */
export function useContextRestored(onRestored: () => void): void {
  const gl = useThree((s) => s.gl);
  const callback = useRef(onRestored);
  useEffect(() => {
    callback.current = onRestored;
  });
  useEffect(() => {
    const canvas = gl.domElement;
    const restored = () => callback.current();
    canvas.addEventListener('webglcontextrestored', restored);
    return () => canvas.removeEventListener('webglcontextrestored', restored);
  }, [gl]);
}
