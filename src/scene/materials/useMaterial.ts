import { useEffect, useMemo } from 'react';
import { MATERIALS, type MaterialKind } from './catalogue';

type Params<K extends MaterialKind> = Parameters<(typeof MATERIALS)[K]['make']>[0];
type Made<K extends MaterialKind> = ReturnType<(typeof MATERIALS)[K]['make']>;

/**
 * A material of the catalogue for this component, made again when its params change, disposed
 * with it. The catalogue's params are one value at most (a colour, a map): that value, not the
 * object around it, is what the material depends on.
 */
export function useMaterial<K extends MaterialKind>(kind: K, params: Params<K>): Made<K> {
  const value: unknown = Object.values(params)[0];
  const material = useMemo(
    // Each entry's make takes its own params; TypeScript cannot follow that through the union.
    () => (MATERIALS[kind].make as (p: Params<K>) => Made<K>)(params),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new params object with the same value keeps the material
    [kind, value],
  );
  useEffect(() => () => material.dispose(), [material]);
  return material;
}
