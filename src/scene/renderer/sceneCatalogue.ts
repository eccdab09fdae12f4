// The three.js classes the scene's JSX uses as lower-case elements (<mesh>, <fog>, …), and only
// these: SceneCanvas registers this module's exports with R3F. Everything else is built with
// `new` and shown through <primitive>. A new lower-case element needs its class here.
export {
  BoxGeometry,
  Color,
  DirectionalLight,
  Fog,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PlaneGeometry,
} from 'three';
