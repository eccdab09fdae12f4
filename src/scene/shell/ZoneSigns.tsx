import { useEffect, useMemo } from 'react';
import { useDayNow } from '../../context/useDayNow';
import type { ZoneArea } from '../../hall/layout';
import { localize, type Lang, type Zone } from '../../manifest';
import { inkOn } from '../colors';
import { useMaterial } from '../materials/useMaterial';
import { drawTextBlock } from '../text/drawText';
import { useCanvasTexture } from '../text/useCanvasTexture';
import { BOARD, boardGrid, zoneBoardsGeometry } from './zoneBoards';

interface Props {
  areas: readonly ZoneArea[];
  zones: readonly Zone[];
  lang: Lang;
}

function dayLabel(date: string | undefined, lang: Lang): string {
  if (!date) return '';
  const [, m, d] = date.split('-').map(Number);
  return lang === 'zh'
    ? `${m}月${d}日`
    : new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
}

const noRaycast = () => {};
/** The lit board's band and frame. */
const TODAY_LIGHT = '#fde047';

/** The big hanging boards in each zone's colour where the zone starts, facing the entrance. */
export function ZoneSigns({ areas, zones, lang }: Props) {
  // Today's theme-day zone: its board is lit and says so. Read here, not in the scene above,
  // so the clock's ticks re-render the boards alone.
  const today = useDayNow()?.today?.zone.id ?? null;
  const boards = useMemo(() => {
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    return areas.map((area) => {
      const zone = zones.find((z) => z.id === area.id);
      return {
        color: area.color,
        name: zone ? localize(zone.name, lang) : lang === 'zh' ? '综合展区' : 'General area',
        sub: zone ? localize(zone.name, other) : lang === 'zh' ? 'General area' : '综合展区',
        day: dayLabel(zone?.themeDay, lang),
        today: area.id === today,
      };
    });
  }, [areas, zones, lang, today]);
  const grid = boardGrid(areas.length);
  const texture = useCanvasTexture(
    grid.columns * BOARD.w,
    grid.rows * BOARD.h,
    boards.map((b) => b.name + b.sub + b.day).join('') + (lang === 'zh' ? '今天' : 'Today'),
    (ctx) => {
      const { w, h } = BOARD;
      boards.forEach((b, i) => {
        const c = grid.cell(i);
        ctx.save();
        ctx.translate(c.x, c.y);
        ctx.fillStyle = b.color;
        ctx.fillRect(0, 0, w, h);
        ctx.fillStyle = 'rgba(255,255,255,0.16)';
        ctx.fillRect(0, h - 64, w, 64);
        const ink = inkOn(b.color);
        drawTextBlock(
          ctx,
          [
            { text: b.name, weight: 700, size: 120, color: ink },
            { text: b.sub, weight: 400, size: 52, color: ink },
          ],
          { x: 40, y: 18, w: w - 80, h: h - 96 },
        );
        if (b.today) {
          // Lit: a bright band and frame, readable from the far end of the hall.
          ctx.fillStyle = TODAY_LIGHT;
          ctx.fillRect(0, h - 64, w, 64);
          ctx.lineWidth = 16;
          ctx.strokeStyle = TODAY_LIGHT;
          ctx.strokeRect(8, 8, w - 16, h - 16);
          const text = `${lang === 'zh' ? '今天' : 'Today'} · ${b.day}`;
          drawTextBlock(ctx, [{ text, weight: 700, size: 40, color: '#111827' }], { x: 40, y: h - 60, w: w - 80, h: 56 });
        } else if (b.day)
          drawTextBlock(ctx, [{ text: b.day, weight: 700, size: 40, color: ink }], { x: 40, y: h - 60, w: w - 80, h: 56 });
        ctx.restore();
      });
    },
    [boards],
  );
  const geometry = useMemo(() => zoneBoardsGeometry(areas), [areas]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const material = useMaterial('board', { map: texture });

  return <mesh geometry={geometry} material={material} raycast={noRaycast} name="zone-signs" />;
}
