import { Document, NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../../../src/manifest/files';
import { MODEL_BUDGET } from '../../../../src/manifest/files/glb';
import { png, src } from './support';

/** A GLB of `triangles` separate triangles (three vertices each). */
async function glb(triangles: number): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const positions = new Float32Array(triangles * 9);
  for (let t = 0; t < triangles; t++) positions.set([t, 0, 0, t + 1, 0, 0, t, 1, 0], t * 9);
  const position = doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer);
  const prim = doc.createPrimitive().setAttribute('POSITION', position).setMaterial(doc.createMaterial('m'));
  doc.createScene('s').addChild(doc.createNode('n').setMesh(doc.createMesh('m').addPrimitive(prim)));
  return new NodeIO().writeBinary(doc);
}

describe('GLB models', () => {
  it('accepts a valid model and counts its triangles with the Khronos validator', async () => {
    const r = await inspectFile('models/key.glb', src(await glb(12)));
    expect(r.type).toBe('model/gltf-binary');
    expect(r.problems).toEqual([]);
    expect(r.triangles).toBe(12);
  });

  it('refuses a damaged model with where the validator found it', async () => {
    const whole = await glb(3);
    const r = await inspectFile('models/key.glb', src(whole.slice(0, 40)));
    expect(r.problems).toContainEqual({
      message: expect.stringMatching(/^glTF validator: .+ \(GLB_\w+ at byte \d+\)$/),
      severity: 'error',
    });
  });

  it('refuses a picture named .glb, and a model named .png', async () => {
    expect((await inspectFile('models/key.glb', src(png(4, 4)))).problems[0]?.message).toMatch(
      /expected a glTF 2.0 binary model \(GLB\)/,
    );
    expect((await inspectFile('images/a.png', src(await glb(1)))).problems[0]?.message).toMatch(/got a glTF 2.0 binary model/);
  });

  it('warns over the triangle budget and refuses far over it', async () => {
    const heavy = await inspectFile('m.glb', src(await glb(MODEL_BUDGET.triangles.warn + 1)));
    expect(heavy.problems).toEqual([
      { message: expect.stringMatching(/50,001 triangles: phones draw it slowly/), severity: 'warning' },
    ]);
    const huge = await inspectFile('m.glb', src(await glb(MODEL_BUDGET.triangles.max + 1)));
    expect(huge.problems.some((p) => p.severity === 'error' && /200,001 triangles, more than 200,000/.test(p.message))).toBe(
      true,
    );
  });
});
