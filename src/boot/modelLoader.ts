import type { Material, Mesh, Object3D, Texture } from 'three';
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/**
 * The Draco decoder the project serves itself (scripts/vite-plugin-decoders.ts): drei's default
 * is Google's CDN, which offline kiosks, and visitors who cannot reach Google, never get. The
 * meshopt decoder is inside its module and fetches nothing. One loader setup for the panel's
 * viewer and the hall's models, from three's own loaders (one copy in the bundle).
 */
export const DRACO_PATH = `${import.meta.env.BASE_URL}decoders/draco/`;

let draco: DRACOLoader | null = null;

/** Sets a GLTFLoader up with the project's decoders (R3F's useLoader calls it as its extension). */
export function configureGltf(loader: GLTFLoader): void {
  draco ??= new DRACOLoader().setDecoderPath(DRACO_PATH);
  loader.setDRACOLoader(draco).setMeshoptDecoder(MeshoptDecoder).setCrossOrigin('anonymous');
}

let shared: GLTFLoader | null = null;

/** Loads a GLB outside React's cache: the hall bakes it and lets the original go at once. */
export async function loadGltfScene(url: string): Promise<Object3D> {
  if (!shared) {
    shared = new GLTFLoader();
    configureGltf(shared);
  }
  return (await shared.loadAsync(url)).scene;
}

/** Frees a loaded model's geometries, materials and textures. */
export function disposeObject(root: Object3D): void {
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

export { GLTFLoader };
