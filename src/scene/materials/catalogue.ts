import { MeshBasicMaterial, MeshLambertMaterial, type ColorRepresentation, type Material, type Texture } from 'three';
import { atlasMaterial } from './atlasMaterial';
import { screenMaterial } from './screenMaterial';

/**
 * What, besides its material, decides the shader program a mesh is drawn with: whether it is
 * instanced, with a colour per instance, and which attributes its geometry has.
 */
export interface DrawShape {
  mesh: 'single' | 'instanced' | 'instancedColored';
  geometry: 'box' | 'plane' | 'vertexColored' | 'positionUv' | 'atlasQuad';
}

interface Kind<P, M extends Material> extends DrawShape {
  /** What the hall draws with it, for the reader. */
  drawn: string;
  make: (params: P) => M;
  /** The kind's params for the warm-up, with `map` wherever it takes a texture. */
  sample: (map: Texture) => P;
  /** Drawn first long after the hall opens (a booth's video, when the visitor walks up): the warm-up keeps its program alive. */
  keep?: boolean;
}

/** Kinds without params take `{}`, so every kind is made and sampled alike. */
type NoParams = Record<string, never>;

const kind = <P, M extends Material>(k: Kind<P, M>): Kind<P, M> => k;

/**
 * Every material the hall draws with, one entry per shader program. Components make their
 * materials here and nowhere else (a lint rule holds them to it), and the shader warm-up
 * compiles one mesh of each entry (a unit test holds it to that): a new kind of mesh cannot be
 * forgotten and compiled, for a sixth of a second, in the middle of a walk.
 */
export const MATERIALS = {
  solid: kind({
    drawn: 'walls, stage, gate',
    make: ({ color }: { color: ColorRepresentation }) => new MeshLambertMaterial({ color }),
    sample: () => ({ color: '#ffffff' }),
    mesh: 'single',
    geometry: 'box',
  }),
  tiled: kind({
    drawn: 'floor tiles',
    make: ({ map }: { map: Texture }) => new MeshLambertMaterial({ map }),
    sample: (map) => ({ map }),
    mesh: 'single',
    geometry: 'plane',
  }),
  tint: kind({
    drawn: 'aisle tints, a colour per instance',
    make: (_: NoParams) => new MeshLambertMaterial(),
    sample: () => ({}),
    mesh: 'instancedColored',
    geometry: 'plane',
  }),
  bakedBody: kind({
    drawn: 'booth bodies, baked with a colour per vertex',
    make: (_: NoParams) => new MeshLambertMaterial({ vertexColors: true }),
    sample: () => ({}),
    mesh: 'single',
    geometry: 'vertexColored',
  }),
  board: kind({
    drawn: 'zone boards (position and uv only)',
    make: ({ map }: { map: Texture }) => new MeshBasicMaterial({ map, toneMapped: false }),
    sample: (map) => ({ map }),
    mesh: 'single',
    geometry: 'positionUv',
  }),
  picture: kind({
    drawn: 'welcome board, stage screen',
    make: ({ map }: { map: Texture }) => new MeshBasicMaterial({ map, toneMapped: false }),
    sample: (map) => ({ map }),
    mesh: 'single',
    geometry: 'plane',
  }),
  cable: kind({
    drawn: 'zone boards\u2019 cables',
    make: ({ color }: { color: ColorRepresentation }) => new MeshBasicMaterial({ color }),
    sample: () => ({ color: '#ffffff' }),
    mesh: 'instanced',
    geometry: 'box',
  }),
  atlas: kind({
    drawn: 'booth signs and posters: a slot of a shared atlas per instance',
    make: ({ map }: { map: Texture }) => atlasMaterial(map),
    sample: (map) => ({ map }),
    mesh: 'instancedColored',
    geometry: 'atlasQuad',
  }),
  label: kind({
    drawn: 'the headset\u2019s buttons, boards and captions (rounded: transparent corners)',
    make: ({ map }: { map: Texture }) => new MeshBasicMaterial({ map, transparent: true, toneMapped: false }),
    sample: (map) => ({ map }),
    mesh: 'single',
    geometry: 'plane',
  }),
  videoScreen: kind({
    drawn: 'a booth\u2019s playing video',
    make: (_: NoParams) => screenMaterial(),
    sample: () => ({}),
    mesh: 'single',
    geometry: 'plane',
    keep: true,
  }),
};

export type MaterialKind = keyof typeof MATERIALS;
