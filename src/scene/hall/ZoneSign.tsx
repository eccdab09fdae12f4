import { localize, type Lang, type Zone } from '../../manifest';
import type { ZoneArea } from '../../hall/layout';
import { inkOn } from '../colors';
import { zoneSignPlacement } from './zoneSignPlacement';
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
  const { x, y, z, size } = zoneSignPlacement(area);
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
    </group>
  );
}
