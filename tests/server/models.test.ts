import { Document, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type Json, boothManifest, defaultFiles, post, startServer, submission, type TestServer } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(async () => {
  await s.stop();
});

/** A grid of triangles, uncompressed, as an exhibitor's exporter might write it. */
async function plainModel(side: number): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const pos: number[] = [];
  const idx: number[] = [];
  for (let y = 0; y <= side; y++) for (let x = 0; x <= side; x++) pos.push(x / side, Math.sin(x + y) * 0.05, y / side);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const k = y * (side + 1) + x;
      idx.push(k, k + side + 1, k + 1, k + 1, k + side + 1, k + side + 2);
    }
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(pos)).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(idx)).setBuffer(buffer))
    .setMaterial(doc.createMaterial('m'));
  doc.createScene('s').addChild(doc.createNode('n').setMesh(doc.createMesh('m').addPrimitive(prim)));
  return new NodeIO().writeBinary(doc);
}

/** A bumpy normal map's pixels (a solid one is pruned: it says nothing a material factor cannot). */
function bumpMap(): Buffer {
  const bumps = Buffer.alloc(256 * 256 * 3);
  for (let i = 0; i < 256 * 256; i++) bumps.set([(i * 13) % 256, (i * 7) % 256, 255], i * 3);
  return bumps;
}

/** A quad with a colour texture of `side` px (a PNG, as exporters write them) and a normal map. */
async function texturedModel(side: number): Promise<Uint8Array> {
  const raw = Buffer.alloc(side * side * 3);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const i = (y * side + x) * 3;
      raw[i] = (x * 7) & 255;
      raw[i + 1] = (y * 3) & 255;
      raw[i + 2] = ((x ^ y) * 5) & 255;
    }
  const png = await sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
  const flat = await sharp(bumpMap(), { raw: { width: 256, height: 256, channels: 3 } })
    .png()
    .toBuffer();
  const doc = new Document();
  const buffer = doc.createBuffer();
  const accessor = (type: 'VEC3' | 'VEC2', a: number[]) =>
    doc.createAccessor().setType(type).setArray(new Float32Array(a)).setBuffer(buffer);
  const material = doc
    .createMaterial('m')
    .setBaseColorTexture(doc.createTexture('colour').setImage(new Uint8Array(png)).setMimeType('image/png'))
    .setNormalTexture(doc.createTexture('normal').setImage(new Uint8Array(flat)).setMimeType('image/png'));
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0]))
    .setAttribute('NORMAL', accessor('VEC3', [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]))
    .setAttribute('TEXCOORD_0', accessor('VEC2', [0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1]))
    .setMaterial(material);
  doc.createScene('s').addChild(doc.createNode('n').setMesh(doc.createMesh('m').addPrimitive(prim)));
  return new NodeIO().writeBinary(doc);
}

/** The JSON chunk of a GLB: what extensions it uses. */
const gltfJson = (glb: Uint8Array): Json => {
  const view = new DataView(glb.buffer, glb.byteOffset);
  const len = view.getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + len))) as Json;
};

describe('models on the service', () => {
  it('refuses a damaged GLB with the glTF validator’s located problem, and keeps nothing', async () => {
    const t = s.exhibitor('broken-model-co');
    const whole = await plainModel(4);
    const m = boothManifest('broken-model-co', {
      media: [
        { type: 'model', title: { zh: '模型', en: 'Model' }, src: 'models/a.glb', description: { zh: '说明', en: 'About' } },
      ],
    });
    const r = await post(
      `${s.url}/api/booths/broken-model-co/submissions`,
      t,
      submission(m, [...defaultFiles(), { path: 'models/a.glb', body: Buffer.from(whole.slice(0, 60)) }]),
    );
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.json)).toMatch(/glTF validator: .+GLB_/);
  });

  it('publishes a model compressed with meshopt, the submitted file kept as it was', async () => {
    const t = s.exhibitor('model-co');
    const original = await plainModel(60);
    const m = boothManifest('model-co', {
      media: [
        {
          type: 'model',
          title: { zh: '地形', en: 'Terrain' },
          description: { zh: '一块起伏的地面', en: 'A rolling ground' },
          src: 'models/terrain.glb',
          poster: 'images/poster.png',
        },
      ],
    });
    const r = await post(
      `${s.url}/api/booths/model-co/submissions`,
      t,
      submission(m, [...defaultFiles(), { path: 'models/terrain.glb', body: Buffer.from(original) }]),
    );
    expect(r.status).toBe(201);
    expect((await post(`${s.url}/api/submissions/${r.json.submission}/approve`, ADMIN, {})).status).toBe(200);
    const bundle = await (await fetch(`${s.url}/live/hall.bundle.json`)).json();
    const url = (bundle.hall.booths as string[]).find((u) => bundle.booths[u]?.id === 'model-co')!;
    const live = new Uint8Array(await (await fetch(new URL('models/terrain.glb', url))).arrayBuffer());
    expect(live.length).toBeLessThan(original.length * 0.7);
    expect(gltfJson(live).extensionsUsed).toContain('EXT_meshopt_compression');
    // The submission still holds what the exhibitor sent.
    const sent = s.db.prepare('SELECT files FROM submissions WHERE id = ?').get(r.json.submission) as { files: string };
    const file = (JSON.parse(sent.files) as { path: string; size: number }[]).find((f) => f.path === 'models/terrain.glb')!;
    expect(file.size).toBe(original.length);
  });

  it('publishes textures as WebP no larger than 2048 px, normal maps lossless', async () => {
    const t = s.exhibitor('texture-co');
    const original = await texturedModel(3000);
    const m = boothManifest('texture-co', {
      media: [
        {
          type: 'model',
          title: { zh: '贴图', en: 'Textured' },
          description: { zh: '一块带贴图的板', en: 'A textured panel' },
          src: 'models/panel.glb',
          poster: 'images/poster.png',
        },
      ],
    });
    const r = await post(
      `${s.url}/api/booths/texture-co/submissions`,
      t,
      submission(m, [...defaultFiles(), { path: 'models/panel.glb', body: Buffer.from(original) }]),
    );
    expect(r.status).toBe(201);
    expect((await post(`${s.url}/api/submissions/${r.json.submission}/approve`, ADMIN, {})).status).toBe(200);
    const bundle = await (await fetch(`${s.url}/live/hall.bundle.json`)).json();
    const url = (bundle.hall.booths as string[]).find((u) => bundle.booths[u]?.id === 'texture-co')!;
    const live = new Uint8Array(await (await fetch(new URL('models/panel.glb', url))).arrayBuffer());
    expect(live.length).toBeLessThan(original.length / 2);
    expect(gltfJson(live).extensionsUsed).toContain('EXT_texture_webp');
    await MeshoptDecoder.ready;
    const doc = await new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
      .readBinary(live);
    const textures = doc.getRoot().listTextures();
    expect(textures.map((x) => `${x.getName()} ${x.getMimeType()}`)).toEqual(['colour image/webp', 'normal image/webp']);
    for (const x of textures) {
      const meta = await sharp(Buffer.from(x.getImage()!)).metadata();
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(2048);
    }
    // The normal map's every pixel as it was.
    const normal = await sharp(Buffer.from(textures[1]!.getImage()!)).removeAlpha().raw().toBuffer();
    expect(normal.equals(bumpMap())).toBe(true);
  }, 60_000);
});
