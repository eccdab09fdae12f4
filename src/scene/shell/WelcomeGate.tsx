import type { HallLayout } from '../../hall/layout';
import { localize, type Hall, type Lang } from '../../manifest';
import { drawTextBlock } from '../text/drawText';
import { useMaterial } from '../materials/useMaterial';
import { useCanvasTexture } from '../text/useCanvasTexture';

interface Props {
  layout: HallLayout;
  hall: Hall;
  lang: Lang;
}

/** The entrance gate: the hall's title in both languages and its welcome line, over the spine. */
export function WelcomeGate({ layout, hall, lang }: Props) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const title = localize(hall.title, lang);
  const sub = localize(hall.title, other);
  const welcome = localize(hall.welcome, lang);
  const texture = useCanvasTexture(
    2048,
    640,
    title + sub + welcome,
    (ctx, w, h) => {
      const g = ctx.createLinearGradient(0, 0, w, h);
      g.addColorStop(0, '#1e3a8a');
      g.addColorStop(0.55, '#1d4ed8');
      g.addColorStop(1, '#0891b2');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = 'rgba(255,255,255,0.14)';
      ctx.fillRect(0, h - 140, w, 140);
      drawTextBlock(
        ctx,
        [
          { text: title, weight: 700, size: 150, color: '#ffffff' },
          { text: sub, weight: 400, size: 70, color: '#dbeafe' },
        ],
        { x: 80, y: 40, w: w - 160, h: h - 210 },
      );
      drawTextBlock(ctx, [{ text: welcome, weight: 400, size: 52, color: '#ffffff' }], { x: 80, y: h - 130, w: w - 160, h: 120 });
    },
    [lang, title, sub, welcome],
  );
  const board = useMaterial('picture', { map: texture });
  const frame = useMaterial('solid', { color: '#1e3a8a' });
  const post = useMaterial('solid', { color: '#e2e8f0' });
  const { welcomeGate: gate } = layout;
  const boardW = gate.width - 0.8;
  const boardH = boardW * (640 / 2048);
  const top = 3.4 + boardH;
  return (
    <group position={[gate.x, 0, gate.z]}>
      <mesh position={[0, 3.4 + boardH / 2, 0]} material={board}>
        <planeGeometry args={[boardW, boardH]} />
      </mesh>
      <mesh position={[0, 3.4 + boardH / 2, -0.06]} material={frame}>
        <boxGeometry args={[boardW + 0.2, boardH + 0.2, 0.1]} />
      </mesh>
      {[-1, 1].map((s) => (
        <mesh key={s} position={[s * (gate.width / 2), top / 2, 0]} material={post}>
          <boxGeometry args={[0.5, top, 0.5]} />
        </mesh>
      ))}
    </group>
  );
}
