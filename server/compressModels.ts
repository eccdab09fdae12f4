import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NodeIO, type Transform } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dedup, meshopt, prune, textureCompress } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { SubmittedFile } from '../src/api/types';
import type { BlobStore } from './blobs';

/** The largest texture side visitors download: what a booth's model needs at arm's length. */
const TEXTURE_SIDE = 2048;

/**
 * Textures as WebP (EXT_texture_webp, which three's loader reads), none over TEXTURE_SIDE:
 * colours lossy, normal maps lossless (lossy normals shade in blotches). Without sharp (its
 * prebuilt binary missing on some platform) textures are left as they are.
 */
async function textureSteps(): Promise<Transform[]> {
  const sharp = (await import('sharp').catch(() => null))?.default;
  if (!sharp) return [];
  const common = { encoder: sharp, targetFormat: 'webp' as const, resize: [TEXTURE_SIDE, TEXTURE_SIDE] as [number, number] };
  return [
    textureCompress({ ...common, slots: /^(?!normalTexture$)/ }),
    textureCompress({ ...common, slots: /^normalTexture$/, lossless: true }),
  ];
}

/**
 * A model as visitors download it: duplicates merged, unused data pruned, textures as WebP of
 * at most 2048 px, geometry compressed with meshopt (the pavilion decodes it in the page, with
 * nothing fetched). Draco models are decoded and re-encoded as meshopt, one decoder fewer on the
 * way. Null when it does not get smaller or cannot be read (the exhibitor's file is published as
 * it is: it passed the checks).
 */
async function compress(bytes: Uint8Array): Promise<Uint8Array | null> {
  await MeshoptEncoder.ready;
  const draco3d = (await import('draco3dgltf').catch(() => null))?.default;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
    ...(draco3d ? { 'draco3d.decoder': await draco3d.createDecoderModule() } : {}),
  });
  try {
    const doc = await io.readBinary(bytes);
    await doc.transform(dedup(), prune(), ...(await textureSteps()), meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
    const out = await io.writeBinary(doc);
    return out.length < bytes.length ? out : null;
  } catch {
    return null;
  }
}

/**
 * On publish: each GLB of a submission replaced by its compressed copy (a blob of its own; the
 * submitted file is kept as it was, so nothing accepted is lost), same path, so the manifest
 * names it unchanged.
 */
export async function compressModels(files: readonly SubmittedFile[], blobs: BlobStore): Promise<SubmittedFile[]> {
  if (!files.some((f) => f.type === 'model/gltf-binary')) return [...files];
  const dir = await mkdtemp(path.join(tmpdir(), 'pavilion-glb-'));
  try {
    const out: SubmittedFile[] = [];
    for (const f of files) {
      if (f.type !== 'model/gltf-binary') {
        out.push(f);
        continue;
      }
      const smaller = await compress(new Uint8Array(await readFile(blobs.blobPath(f.sha256))));
      if (!smaller) {
        out.push(f);
        continue;
      }
      const tmp = path.join(dir, path.basename(f.path));
      await writeFile(tmp, smaller);
      const stored = await blobs.putFile(tmp);
      out.push({ ...f, sha256: stored.sha256, size: stored.size });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
