import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rules a file at `filePath` with `code` breaks. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('eslint.config.js', () => {
  it('refuses an import against the layers: a pure folder reaching up, or two peers reaching across', async () => {
    expect(
      await broken('src/hall/probe.ts', "import { HallScene } from '../scene/HallScene';\nexport const x = HallScene;\n"),
    ).toContain('no-restricted-imports');
    expect(await broken('src/scene/probe.ts', "import { Hud } from '../ui/Hud';\nexport const x = Hud;\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await broken('src/ui/probe.ts', "import { HallScene } from '../scene/HallScene';\nexport const x = HallScene;\n"),
    ).toContain('no-restricted-imports');
    expect(await broken('src/manifest/probe.ts', "import { t } from '../i18n/strings';\nexport const x = t;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('allows imports that run down the layers', async () => {
    expect(
      await broken('src/scene/probe.ts', "import { layoutHall } from '../hall/layout';\nexport const x = layoutHall;\n"),
    ).toEqual([]);
    expect(await broken('src/modes/probe.ts', "import { Hud } from '../ui/Hud';\nexport const x = Hud;\n")).toEqual([]);
  });

  it('keeps pure folders free of React, three, React-bound zustand and the DOM', async () => {
    expect(await broken('src/state/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await broken('src/hall/probe.ts', "import { Vector3 } from 'three';\nexport const x = Vector3;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await broken('src/state/probe.ts', "import { create } from 'zustand';\nexport const x = create;\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await broken('src/state/probe.ts', "import { createStore } from 'zustand/vanilla';\nexport const x = createStore;\n"),
    ).toEqual([]);
    expect(await broken('src/state/probe.ts', 'export const w = () => window.innerWidth;\n')).toContain('no-restricted-globals');
  });

  it('makes the scene take its materials from the catalogue', async () => {
    const code = "import { MeshBasicMaterial } from 'three';\nexport const m = () => new MeshBasicMaterial();\n";
    expect(await broken('src/scene/shell/Probe.ts', code)).toContain('no-restricted-syntax');
    expect(await broken('src/scene/shell/Probe.tsx', 'export const P = () => <meshBasicMaterial />;\n')).toContain(
      'no-restricted-syntax',
    );
    expect(await broken('src/scene/materials/probe.ts', code)).toEqual([]);
  });

  it('caps files in src at 250 lines', async () => {
    const long = Array.from({ length: 251 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await broken('src/hall/probe.ts', long)).toContain('max-lines');
  });
});
