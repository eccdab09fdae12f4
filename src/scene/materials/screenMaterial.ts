import { Matrix3, ShaderMaterial, Vector3, type Texture } from 'three';
import { PlaneMode } from '../video/videoPlanes';

export interface ScreenUniforms {
  [name: string]: { value: unknown };
  planeY: { value: Texture | null };
  planeU: { value: Texture | null };
  planeV: { value: Texture | null };
  mode: { value: PlaneMode };
  yuvToRgb: { value: Matrix3 };
  yuvOffset: { value: Vector3 };
}

const vertexShader = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

// Every source is uploaded top row first (a <video> texture with flipY off), so v is flipped here.
const fragmentShader = /* glsl */ `
uniform sampler2D planeY;
uniform sampler2D planeU;
uniform sampler2D planeV;
uniform int mode;
uniform mat3 yuvToRgb;
uniform vec3 yuvOffset;
varying vec2 vUv;
void main() {
  vec3 rgb;
  vec2 st = vec2(vUv.x, 1.0 - vUv.y);
  if (mode >= 2) {
    vec4 c = texture2D(planeY, st);
    rgb = mode == 3 ? c.bgr : c.rgb;
  } else {
    float y = texture2D(planeY, st).r;
    vec2 uv = mode == 0 ? texture2D(planeU, st).rg : vec2(texture2D(planeU, st).r, texture2D(planeV, st).r);
    rgb = clamp(yuvToRgb * (vec3(y, uv) - yuvOffset), 0.0, 1.0);
  }
  // Video is sRGB-encoded; the renderer works in linear and encodes for the screen below.
  gl_FragColor = sRGBTransferEOTF(vec4(rgb, 1.0));
  #include <colorspace_fragment>
}
`;

/**
 * The material of a booth's video screen. One shader for every way frames arrive (YUV planes
 * copied out of the decoder, or the browser's own RGB upload of the <video>), chosen by a
 * uniform, so every screen shares one program and it can be compiled during the warm-up.
 */
export function screenMaterial(): ShaderMaterial & { uniforms: ScreenUniforms } {
  const uniforms: ScreenUniforms = {
    planeY: { value: null },
    planeU: { value: null },
    planeV: { value: null },
    mode: { value: PlaneMode.RGBA },
    yuvToRgb: { value: new Matrix3() },
    yuvOffset: { value: new Vector3() },
  };
  const m = new ShaderMaterial({ uniforms, vertexShader, fragmentShader, toneMapped: false });
  return m as ShaderMaterial & { uniforms: ScreenUniforms };
}
