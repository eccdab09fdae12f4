/**
 * npx tsx scripts/make-vr-media.ts: the sample expo's VR media, under scenes/sample/media/vr/:
 * - three GLB models built from primitives (scripts/vr/models.ts): usb-key (plain),
 *   router (meshopt-compressed) and camera (Draco-compressed), so both decoders the pavilion
 *   serves are exercised; each checked by the Khronos glTF validator;
 * - two 360° panoramas drawn as cube faces by ffmpeg and turned equirectangular with its v360
 *   filter (scripts/vr/panoramas.ts): a security operations centre (picture) and a classroom (video);
 * - posters of the models, rendered in headless Chromium with three (scripts/vr/posters.ts).
 * Outputs are committed; needs ffmpeg and fonts-noto-cjk (Debian) and Chromium for the posters.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dedup, draco, meshopt, prune } from '@gltf-transform/functions';
import draco3d from 'draco3dgltf';
import validator from 'gltf-validator';
import { MeshoptEncoder } from 'meshoptimizer';
import { camera, router, toDocument, usbKey } from './vr/models';
import { makePanoramas } from './vr/panoramas';
import { makePosters } from './vr/posters';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'scenes/sample/media/vr');
mkdirSync(OUT, { recursive: true });

await MeshoptEncoder.ready;
const io = new NodeIO()
  .registerExtensions(ALL_EXTENSIONS)
  .registerDependencies({ 'draco3d.encoder': await draco3d.createEncoderModule(), 'meshopt.encoder': MeshoptEncoder });

const models = [
  { name: 'usb-key', parts: usbKey(), compress: null },
  { name: 'router', parts: router(), compress: 'meshopt' },
  { name: 'camera', parts: camera(), compress: 'draco' },
] as const;

for (const m of models) {
  const doc = toDocument(m.name, m.parts);
  await doc.transform(dedup(), prune());
  if (m.compress === 'meshopt') await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
  if (m.compress === 'draco') await doc.transform(draco({ method: 'edgebreaker' }));
  const bytes = await io.writeBinary(doc);
  writeFileSync(path.join(OUT, `${m.name}.glb`), bytes);
  const report = await validator.validateBytes(bytes, { maxIssues: 20, writeTimestamp: false });
  const { numErrors, numWarnings } = report.issues;
  console.log(
    `${m.name}.glb: ${bytes.length} bytes, ${report.info?.totalTriangleCount ?? '?'} triangles, ${m.compress ?? 'uncompressed'}; validator: ${numErrors} errors, ${numWarnings} warnings`,
  );
  if (numErrors > 0) throw new Error(`${m.name}.glb: ${JSON.stringify(report.issues.messages)}`);
}

await makePanoramas(OUT);
await makePosters(
  ROOT,
  OUT,
  models.map((m) => m.name),
);
