import { Document, NodeIO } from '@gltf-transform/core';
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
});
