import { useGLTF } from '@react-three/drei';
import { useEffect } from 'react';
import type { Material, Mesh, Object3D, Texture } from 'three';

/**
 * The Draco decoder the project serves itself (scripts/vite-plugin-decoders.ts): drei's default
 * is Google's CDN, which kiosks offline and visitors behind the Great Firewall never reach. The
 * meshopt decoder is inside its module and fetches nothing.
 */
export const DRACO_PATH = `${import.meta.env.BASE_URL}decoders/draco/`;
useGLTF.setDecoderPath(DRACO_PATH);

function disposeTree(root: Object3D): void {
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    mesh.geometry.dispose();
    for (const m of ([] as Material[]).concat(mesh.material)) {
      for (const v of Object.values(m)) if ((v as Texture | null)?.isTexture) (v as Texture).dispose();
      m.dispose();
    }
  });
}

/** A GLB (suspends while it loads), released from the cache and the GPU when no longer shown. */
export function useModel(url: string): Object3D {
  const { scene } = useGLTF(url, DRACO_PATH, true);
  useEffect(
    () => () => {
      useGLTF.clear(url);
      disposeTree(scene);
    },
    [url, scene],
  );
  return scene;
}
