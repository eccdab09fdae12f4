import { Document } from '@gltf-transform/core';
import { box, cylinder, type Part } from './mesh';

const C = {
  black: [0.05, 0.06, 0.08] as [number, number, number],
  graphite: [0.16, 0.18, 0.22] as [number, number, number],
  white: [0.92, 0.93, 0.95] as [number, number, number],
  silver: [0.78, 0.8, 0.84] as [number, number, number],
  red: [0.86, 0.15, 0.15] as [number, number, number],
  blue: [0.12, 0.35, 0.85] as [number, number, number],
  green: [0.1, 0.75, 0.35] as [number, number, number],
  gold: [0.95, 0.72, 0.2] as [number, number, number],
};

/** A hardware security key (U盾): body, metal connector, cap, button and LED. About 6 cm long. */
export function usbKey(): Part[] {
  return [
    box([0, 0.006, 0], [0.042, 0.012, 0.02], { color: C.red, roughness: 0.45 }),
    box([-0.026, 0.006, 0], [0.012, 0.0045, 0.012], { color: C.silver, metallic: 1, roughness: 0.25 }),
    box([0.025, 0.006, 0], [0.008, 0.012, 0.02], { color: C.graphite, roughness: 0.5 }),
    cylinder([0.025, 0.006, 0], 0.0035, 0.0222, 'z', { color: C.silver, metallic: 1, roughness: 0.3 }),
    cylinder([0.002, 0.0125, 0], 0.0055, 0.002, 'y', { color: C.gold, metallic: 0.6, roughness: 0.35 }),
    box([-0.012, 0.0122, 0.006], [0.003, 0.0008, 0.003], { color: C.green, roughness: 0.2 }),
  ];
}

/** A home Wi-Fi router: body, four antennas, front status lights, back ports. */
export function router(): Part[] {
  const parts: Part[] = [box([0, 0.02, 0], [0.24, 0.035, 0.15], { color: C.white, roughness: 0.55 })];
  parts.push(box([0, 0.0035, 0], [0.22, 0.007, 0.13], { color: C.graphite, roughness: 0.7 }));
  for (const x of [-0.09, -0.03, 0.03, 0.09])
    parts.push(cylinder([x, 0.11, -0.07], 0.006, 0.15, 'y', { color: C.black, roughness: 0.6 }));
  for (let i = 0; i < 5; i++)
    parts.push(box([-0.06 + i * 0.03, 0.03, 0.0755], [0.008, 0.003, 0.002], { color: i < 4 ? C.green : C.blue, roughness: 0.2 }));
  for (let i = 0; i < 4; i++)
    parts.push(
      box([-0.06 + i * 0.035, 0.02, -0.0755], [0.018, 0.014, 0.003], { color: i === 0 ? C.blue : C.gold, roughness: 0.4 }),
    );
  return parts;
}

/** A smart home camera on a stand: base, neck, body, lens and the privacy shutter half over it. */
export function camera(): Part[] {
  return [
    cylinder([0, 0.006, 0], 0.04, 0.012, 'y', { color: C.white, roughness: 0.5 }),
    cylinder([0, 0.045, 0], 0.008, 0.07, 'y', { color: C.silver, metallic: 0.8, roughness: 0.35 }),
    box([0, 0.1, 0], [0.075, 0.06, 0.06], { color: C.white, roughness: 0.45 }),
    cylinder([0, 0.1, 0.031], 0.021, 0.006, 'z', { color: C.black, roughness: 0.15 }),
    cylinder([0, 0.1, 0.034], 0.012, 0.004, 'z', { color: C.blue, metallic: 0.5, roughness: 0.1 }),
    box([0, 0.113, 0.038], [0.05, 0.018, 0.004], { color: C.graphite, roughness: 0.6 }),
    box([0.026, 0.125, 0.031], [0.004, 0.004, 0.002], { color: C.red, roughness: 0.2 }),
  ];
}

/** The parts as one glTF document: a mesh of one primitive per part, each with its own material. */
export function toDocument(name: string, parts: readonly Part[]): Document {
  const doc = new Document();
  doc.getRoot().getAsset().generator = 'cloud-expo-pavilion scripts/make-vr-media.ts';
  const buffer = doc.createBuffer();
  const mesh = doc.createMesh(name);
  parts.forEach((p, i) => {
    const material = doc
      .createMaterial(`${name}-${i}`)
      .setBaseColorFactor([...p.color, 1])
      .setMetallicFactor(p.metallic)
      .setRoughnessFactor(p.roughness);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(p.positions)).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(p.normals)).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(p.indices)).setBuffer(buffer))
      .setMaterial(material);
    mesh.addPrimitive(prim);
  });
  doc.createScene(name).addChild(doc.createNode(name).setMesh(mesh));
  return doc;
}
