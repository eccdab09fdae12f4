import { Box3, BoxGeometry, Group, Mesh, MeshStandardMaterial, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { bakeModel } from '../../../../src/scene/booth/bakeModel';

function twoBoxes(): Group {
  const g = new Group();
  const red = new Mesh(new BoxGeometry(0.06, 0.01, 0.02), new MeshStandardMaterial({ color: '#ff0000' }));
  const grey = new Mesh(new BoxGeometry(0.01, 0.01, 0.02), new MeshStandardMaterial({ color: '#808080' }));
  grey.position.set(0.035, 0, 0);
  g.add(red, grey);
  g.position.set(5, 5, 5);
  return g;
}

describe('bakeModel', () => {
  it('merges the parts into one geometry with their colours per vertex, largest side to size, standing on the floor', () => {
    const { geometry, triangles } = bakeModel(twoBoxes(), 0.5, false);
    expect(triangles).toBe(24);
    expect(Object.keys(geometry.attributes).sort()).toEqual(['color', 'normal', 'position']);
    const box = new Box3().setFromBufferAttribute(geometry.getAttribute('position') as never);
    const size = box.getSize(new Vector3());
    expect(Math.max(size.x, size.y, size.z)).toBeCloseTo(0.5);
    expect(box.min.y).toBeCloseTo(0);
    expect((box.min.x + box.max.x) / 2).toBeCloseTo(0);
    const colors = geometry.getAttribute('color');
    const reds = Array.from({ length: colors.count }, (_, i) => colors.getX(i)).filter((r) => r === 1).length;
    expect(reds).toBe(36);
  });

  it('stands it on a plinth when asked, in the same geometry (still one draw call)', () => {
    const { geometry, triangles } = bakeModel(twoBoxes(), 0.5, true);
    expect(triangles).toBe(36);
    const box = new Box3().setFromBufferAttribute(geometry.getAttribute('position') as never);
    expect(box.min.y).toBeCloseTo(0);
    expect(box.max.y).toBeGreaterThan(0.9);
  });

  it('leaves a stand-in for far away: the model’s box above its plinth, in its average colour', () => {
    const { standIn } = bakeModel(twoBoxes(), 0.5, true);
    expect(standIn.size[0]).toBeCloseTo(0.5);
    expect(standIn.size[1]).toBeCloseTo(0.5 / 7);
    expect(standIn.y0).toBeCloseTo(0.9); // on the plinth, not including it
    // Red and grey boxes, 36 vertices each: half full red, half mid grey (linear).
    const grey = new MeshStandardMaterial({ color: '#808080' }).color.r;
    expect(standIn.color[0]).toBeCloseTo((1 + grey) / 2);
    expect(standIn.color[1]).toBeCloseTo(grey / 2);
  });

  it('refuses a model with nothing to draw', () => {
    expect(() => bakeModel(new Group(), 1, false)).toThrow(/no meshes/);
  });
});
