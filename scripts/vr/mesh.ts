/**
 * Small meshes built from primitives for the sample models: each part a box or a cylinder with
 * flat normals, placed in metres, with its own colour. No randomness: the same bytes every run.
 */

export interface Part {
  positions: number[];
  normals: number[];
  indices: number[];
  color: [number, number, number];
  metallic: number;
  roughness: number;
}

export interface Look {
  color: [number, number, number];
  metallic?: number;
  roughness?: number;
}

/** An axis-aligned box centred at (x, y, z) with sides (w, h, d). */
export function box([x, y, z]: [number, number, number], [w, h, d]: [number, number, number], look: Look): Part {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const faces: [number[], number[], number[]][] = [
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
    [
      [-1, 0, 0],
      [0, 1, 0],
      [0, 0, -1],
    ],
    [
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ],
    [
      [0, -1, 0],
      [0, 0, -1],
      [1, 0, 0],
    ],
    [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ],
    [
      [0, 0, -1],
      [-1, 0, 0],
      [0, 1, 0],
    ],
  ];
  const half = [w / 2, h / 2, d / 2];
  for (const [n, u, v] of faces) {
    const base = positions.length / 3;
    for (const [su, sv] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      const p = [0, 1, 2].map((k) => (n[k]! + su * u[k]! + sv * v[k]!) * half[k]!);
      positions.push(x + p[0]!, y + p[1]!, z + p[2]!);
      normals.push(n[0]!, n[1]!, n[2]!);
    }
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
  return { positions, normals, indices, color: look.color, metallic: look.metallic ?? 0, roughness: look.roughness ?? 0.6 };
}

/** A cylinder along `axis` ('x' | 'y' | 'z'), centred at c, with smooth sides and flat caps. */
export function cylinder(
  c: [number, number, number],
  radius: number,
  length: number,
  axis: 'x' | 'y' | 'z',
  look: Look,
  segments = 24,
): Part {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  // Built along y, then its axes swapped into place.
  const place = (px: number, py: number, pz: number): [number, number, number] =>
    axis === 'y' ? [px, py, pz] : axis === 'x' ? [py, px, pz] : [px, pz, py];
  const put = (p: [number, number, number], n: [number, number, number]) => {
    const q = place(...p);
    const m = place(...n);
    positions.push(c[0] + q[0], c[1] + q[1], c[2] + q[2]);
    normals.push(...m);
  };
  const h = length / 2;
  for (let i = 0; i <= segments; i++) {
    const a = (i / segments) * Math.PI * 2;
    const [cx, cz] = [Math.cos(a), Math.sin(a)];
    put([cx * radius, -h, cz * radius], [cx, 0, cz]);
    put([cx * radius, h, cz * radius], [cx, 0, cz]);
  }
  for (let i = 0; i < segments; i++) {
    const k = i * 2;
    indices.push(k, k + 1, k + 3, k, k + 3, k + 2);
  }
  for (const side of [-1, 1]) {
    const centre = positions.length / 3;
    put([0, side * h, 0], [0, side, 0]);
    for (let i = 0; i <= segments; i++) {
      const a = (i / segments) * Math.PI * 2;
      put([Math.cos(a) * radius, side * h, Math.sin(a) * radius], [0, side, 0]);
    }
    for (let i = 0; i < segments; i++) {
      const a = centre + 1 + i;
      if (side > 0) indices.push(centre, a + 1, a);
      else indices.push(centre, a, a + 1);
    }
  }
  // Swapping two axes mirrors the mesh: turn the triangles back outwards.
  if (axis !== 'y')
    for (let i = 0; i < indices.length; i += 3) [indices[i + 1], indices[i + 2]] = [indices[i + 2]!, indices[i + 1]!];
  return { positions, normals, indices, color: look.color, metallic: look.metallic ?? 0, roughness: look.roughness ?? 0.5 };
}
