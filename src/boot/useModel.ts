import { useLoader } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Object3D } from 'three';
import { configureGltf, disposeObject, GLTFLoader } from './modelLoader';

/** A GLB (suspends while it loads, with the project's decoders), released from the cache and the GPU when no longer shown. */
export function useModel(url: string): Object3D {
  const { scene } = useLoader(GLTFLoader, url, configureGltf);
  useEffect(
    () => () => {
      useLoader.clear(GLTFLoader, url);
      disposeObject(scene);
    },
    [url, scene],
  );
  return scene;
}
