import { localize, type Lang, type Zone } from '../../manifest';
import type { ZoneArea } from '../../hall/layout';
import { inkOn } from '../colors';
import { drawTextBlock } from '../text/drawText';
import { useCanvasTexture } from '../text/useCanvasTexture';

interface Props {
  area: ZoneArea;
  zone: Zone | undefined;
  lang: Lang;
}

function dayLabel(date: string | undefined, lang: Lang): string {
  if (!date) return '';
  const [, m, d] = date.split('-').map(Number);
  return lang === 'zh'
    ? `${m}月${d}日`
    : new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** A big hanging board in the zone's colour where the zone starts, facing the entrance. */
export function ZoneSign({ area, zone, lang }: Props) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const name = zone ? localize(zone.name, lang) : lang === 'zh' ? '综合展区' : 'General area';
  const sub = zone ? localize(zone.name, other) : lang === 'zh' ? 'General area' : '综合展区';
  const day = dayLabel(zone?.themeDay, lang);
  const texture = useCanvasTexture(
    1024,
    320,
    name + sub + day,
    (ctx, w, h) => {
      ctx.fillStyle = area.color;
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = 'rgba(255,255,255,0.16)';
      ctx.fillRect(0, h - 64, w, 64);
      const ink = inkOn(area.color);
      drawTextBlock(
        ctx,
        [
          { text: name, weight: 700, size: 120, color: ink },
          { text: sub, weight: 400, size: 52, color: ink },
        ],
        { x: 40, y: 18, w: w - 80, h: h - 96 },
      );
      if (day) drawTextBlock(ctx, [{ text: day, weight: 700, size: 40, color: ink }], { x: 40, y: h - 60, w: w - 80, h: 56 });
    },
    [area.color, lang, name, sub, day],
  );
  const stage = area.side === 0;
  const x = stage ? 0 : area.sign.x + area.side * 3.4;
  const z = stage ? area.sign.z : area.area.z1 + 1.5;
  const y = stage ? 7.6 : 4.6;
  const size: [number, number] = stage ? [9, 2.8] : [6.4, 2];
  return (
    <group position={[x, y, z]}>
      <mesh>
        <planeGeometry args={size} />
        <meshBasicMaterial map={texture} toneMapped={false} />
      </mesh>
      <mesh position={[0, 0, -0.03]} rotation={[0, Math.PI, 0]}>
        <planeGeometry args={size} />
        <meshBasicMaterial color={area.color} />
      </mesh>
      {!stage &&
        [-1, 1].map((s) => (
          <mesh key={s} position={[s * (size[0] / 2 - 0.3), size[1] / 2 + 1.5, 0]}>
            <boxGeometry args={[0.03, 3, 0.03]} />
            <meshBasicMaterial color="#94a3b8" />
          </mesh>
        ))}
    </group>
  );
}
