// draco3dgltf ships no types: the one call scripts/make-vr-media.ts makes (its module goes to glTF-Transform as is).
declare module 'draco3dgltf' {
  const draco3d: { createEncoderModule(): Promise<unknown>; createDecoderModule(): Promise<unknown> };
  export default draco3d;
}
