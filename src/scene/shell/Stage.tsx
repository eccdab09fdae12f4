import type { Rect } from '../../hall/geometry';
import { localize, type Hall, type Lang, type Zone } from '../../manifest';
import { drawTextBlock } from '../text/drawText';
import { useMaterial } from '../materials/useMaterial';
import { useCanvasTexture } from '../text/useCanvasTexture';

interface Props {
  stage: Rect;
  hall: Hall;
  zone: Zone | undefined;
  lang: Lang;
}

/** The summit forum: a raised platform, a big screen and a lectern. */
export function Stage({ stage, hall, zone, lang }: Props) {
  const w = stage.x1 - stage.x0;
  const d = stage.z1 - stage.z0;
  const cx = (stage.x0 + stage.x1) / 2;
  const cz = (stage.z0 + stage.z1) / 2;
  const title = localize(hall.title, lang);
  const forum = zone ? localize(zone.name, lang) : '';
  const dates = `${hall.dates.start} — ${hall.dates.end}`;
  const texture = useCanvasTexture(
    1600,
    900,
    title + forum + dates,
    (ctx, cw, ch) => {
      const g = ctx.createRadialGradient(cw / 2, ch * 0.4, 50, cw / 2, ch / 2, cw * 0.7);
      g.addColorStop(0, '#1d4ed8');
      g.addColorStop(1, '#0b1d4d');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, cw, ch);
      drawTextBlock(
        ctx,
        [
          { text: forum, weight: 700, size: 150, color: '#ffffff' },
          { text: title, weight: 400, size: 64, color: '#bfdbfe' },
          { text: dates, weight: 400, size: 48, color: '#93c5fd' },
        ],
        { x: 80, y: 160, w: cw - 160, h: ch - 320 },
      );
    },
    [lang, title, forum, dates],
  );
  const platform = useMaterial('solid', { color: '#334155' });
  const carpet = useMaterial('solid', { color: '#be123c' });
  const screen = useMaterial('picture', { map: texture });
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
      <mesh position={[cx, 0.6 + 0.8 + screenH / 2, stage.z0 + 0.3]} material={screen}>
        <planeGeometry args={[screenW, screenH]} />
      </mesh>
      <mesh position={[cx, 0.6 + 0.8 + screenH / 2, stage.z0 + 0.2]} material={frame}>
        <boxGeometry args={[screenW + 0.3, screenH + 0.3, 0.15]} />
      </mesh>
      <mesh position={[cx + w * 0.3, 0.6 + 0.55, cz + 1]} material={lectern}>
        <boxGeometry args={[0.7, 1.1, 0.5]} />
      </mesh>
    </group>
  );
}
