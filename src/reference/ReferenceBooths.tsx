import type { BoothPlacement } from '../hall/layout';
import { useLang } from '../context/useLang';
import type { Booth } from '../manifest';
import { ReferenceBooth } from './ReferenceBooth';

interface Props {
  placements: readonly BoothPlacement[];
  booths: readonly Booth[];
}

/**
 * The bench's reference build (`?variant=ref`): the same hall done the straightforward R3F
 * way, one self-contained component per booth, everything set up at start. Never shown to
 * visitors; `npm run bench` measures our instanced, atlased booths against it.
 */
export function ReferenceBooths({ placements, booths }: Props) {
  const lang = useLang();
  return (
    <group name="reference-booths">
      {placements.map((p) => (
        <ReferenceBooth key={p.id} placement={p} booth={booths[p.index]!} lang={lang} />
      ))}
    </group>
  );
}
