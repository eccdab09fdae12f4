import type { Rect } from '../../hall/geometry';
import type { Hall, Lang, Zone } from '../../manifest';
import { useMaterial } from '../materials/useMaterial';
import { StageScreen } from './StageScreen';

interface Props {
  stage: Rect;
  hall: Hall;
  zone: Zone | undefined;
  lang: Lang;
}

/** The summit forum: a raised platform, its big screen (the programme's stage) and a lectern. */
export function Stage({ stage, hall, zone, lang }: Props) {
  const w = stage.x1 - stage.x0;
  const d = stage.z1 - stage.z0;
  const cx = (stage.x0 + stage.x1) / 2;
  const cz = (stage.z0 + stage.z1) / 2;
  const platform = useMaterial('solid', { color: '#334155' });
  const carpet = useMaterial('solid', { color: '#be123c' });
  const frame = useMaterial('solid', { color: '#0f172a' });
  const lectern = useMaterial('solid', { color: '#f8fafc' });
  const screenW = w * 0.75;
  const screenH = (screenW * 9) / 16;
  return (
    <group>
      <mesh position={[cx, 0.3, cz]} material={platform}>
        <boxGeometry args={[w, 0.6, d]} />
      </mesh>
      <mesh position={[cx, 0.61, cz + d / 2 - 0.4]} material={carpet}>
        <boxGeometry args={[w, 0.02, 0.8]} />
      </mesh>
      <StageScreen
        position={[cx, 0.6 + 0.8 + screenH / 2, stage.z0 + 0.3]}
        size={[screenW, screenH]}
        hall={hall}
        zone={zone}
        lang={lang}
      />
      <mesh position={[cx, 0.6 + 0.8 + screenH / 2, stage.z0 + 0.2]} material={frame}>
        <boxGeometry args={[screenW + 0.3, screenH + 0.3, 0.15]} />
      </mesh>
      <mesh position={[cx + w * 0.3, 0.6 + 0.55, cz + 1]} material={lectern}>
        <boxGeometry args={[0.7, 1.1, 0.5]} />
      </mesh>
    </group>
  );
}
