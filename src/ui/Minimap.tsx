import { useEffect, useMemo, useRef, useState } from 'react';
import { rectContains } from '../hall/geometry';
import type { HallWorld } from '../hall/world';
import { localize, type Booth } from '../manifest';
import { fitFrame, toFloor, toMap } from './minimapGeometry';
import { Icon } from '../icons/Icon';
import { t } from '../i18n/strings';
import { useLang } from '../context/useLang';
import { useTour } from '../context/useTour';
import { useHall } from '../context/useHall';
import { useDayNow } from '../context/useDayNow';
import { usePavilion } from '../context/usePavilion';

interface Props {
  world: HallWorld;
  booths: readonly Booth[];
  compact: boolean;
}

/** The hall from above: zones, booths, you-are-here; click anywhere to go there. */
export function Minimap({ world, booths, compact }: Props) {
  const lang = useLang();
  const { visitor, nav } = usePavilion();
  // A short window (a laptop at 200 % zoom, a phone on its side) keeps the map folded at first,
  // and an open map never runs past the window's foot.
  const [roomy] = useState(() => window.innerHeight >= 560);
  const [open, setOpen] = useState(!compact && roomy);
  const base = useRef<HTMLCanvasElement>(null);
  const marker = useRef<SVGSVGElement>(null);
  const { layout } = world;
  const frame = useMemo(
    () => fitFrame(layout.bounds, compact ? 140 : 180, roomy ? (compact ? 240 : 280) : Math.max(120, window.innerHeight - 190)),
    [layout.bounds, compact, roomy],
  );
  const nearestId = useTour((s) => s.nearestBoothId);
  const zones = useHall((s) => s.loaded?.hall.zones);
  // Today's theme-day zone is tinted strongly and outlined: where the day's programme is.
  const todayZone = useDayNow()?.today?.zone.id ?? null;

  // The map: drawn once per hall. A CPU canvas: on the GPU, a thousand small rectangles took a
  // software renderer 0.1 s, in the hall's first second.
  useEffect(() => {
    const c = base.current;
    const ctx = c?.getContext('2d', { willReadFrequently: true });
    if (!c || !ctx || !open) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = frame.width * dpr;
    c.height = frame.height * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#f8fafc';
    ctx.fillRect(0, 0, frame.width, frame.height);
    const box = (r: { x0: number; z0: number; x1: number; z1: number }, color: string) => {
      const a = toMap(frame, { x: r.x0, z: r.z0 });
      const b = toMap(frame, { x: r.x1, z: r.z1 });
      ctx.fillStyle = color;
      ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
    };
    box(layout.spine, '#e2e8f0');
    for (const z of layout.zones) for (const a of z.aisles) box(a, `${z.color}${z.id === todayZone ? '99' : '33'}`);
    if (layout.stage) box(layout.stage, '#475569');
    for (const p of layout.booths) box(p.footprint, booths[p.index]!.colors.primary);
    const today = layout.zones.find((z) => z.id === todayZone);
    if (today) {
      const a = toMap(frame, { x: today.area.x0, z: today.area.z0 });
      const b = toMap(frame, { x: today.area.x1, z: today.area.z1 });
      ctx.strokeStyle = today.color;
      ctx.lineWidth = 2.5;
      ctx.strokeRect(a.x + 1, a.y + 1, b.x - a.x - 2, b.y - a.y - 2);
    }
  }, [frame, layout, booths, open, todayZone]);

  // The booth the visitor is at, outlined over the map: walking past booths moves a box, it
  // does not redraw the map.
  const nearest = nearestId ? layout.byId.get(nearestId) : undefined;
  const here = nearest && {
    a: toMap(frame, { x: nearest.footprint.x0, z: nearest.footprint.z0 }),
    b: toMap(frame, { x: nearest.footprint.x1, z: nearest.footprint.z1 }),
  };

  // The you-are-here marker follows the visitor by transform alone, and only when they move:
  // the compositor moves it, nothing is repainted (a canvas redrawn every frame was).
  useEffect(() => {
    const el = marker.current;
    if (!el || !open) return;
    let raf = 0;
    let x = NaN;
    let z = NaN;
    let yaw = NaN;
    const follow = () => {
      const v = visitor;
      if (v.pos.x !== x || v.pos.z !== z || v.yaw !== yaw) {
        ({ x, z } = v.pos);
        yaw = v.yaw;
        const p = toMap(frame, v.pos);
        el.style.transform = `translate(${p.x}px, ${p.y}px) rotate(${-yaw}rad)`;
      }
      raf = requestAnimationFrame(follow);
    };
    raf = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(raf);
  }, [frame, open, visitor]);

  const at = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const p = toFloor(frame, e.clientX - r.left, e.clientY - r.top);
    return { p, hit: layout.booths.find((b) => rectContains(b.footprint, p)) };
  };
  const onClick = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const { p, hit } = at(e);
    if (hit) nav.walkToBooth(hit.id);
    else nav.walkTo(p);
  };
  // Names what is under the pointer (the native tooltip), without a React render per move.
  const onPointerMove = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const { p, hit } = at(e);
    const zone = hit ? undefined : layout.zones.find((z) => rectContains(z.area, p));
    const zoneName = zone && zones?.find((z) => z.id === zone.id)?.name;
    const title = hit ? localize(booths[hit.index]!.exhibitor.name, lang) : zoneName ? localize(zoneName, lang) : '';
    if (e.currentTarget.title !== title) e.currentTarget.title = title;
  };

  return (
    <section className={`minimap ${open ? 'open' : ''}`} aria-label={t('map', lang)}>
      <button type="button" className="minimap-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <Icon name="map" size={18} /> {t('map', lang)}
      </button>
      {open && (
        <div className="minimap-canvas" style={{ width: frame.width, height: frame.height }}>
          <canvas
            ref={base}
            style={{ width: frame.width, height: frame.height }}
            onClick={onClick}
            onPointerMove={onPointerMove}
            role="img"
            aria-label={`${t('map', lang)} · ${t('youAreHere', lang)}`}
          />
          {here && (
            <div
              className="minimap-here"
              style={{
                left: Math.min(here.a.x, here.b.x),
                top: Math.min(here.a.y, here.b.y),
                width: Math.abs(here.b.x - here.a.x),
                height: Math.abs(here.b.y - here.a.y),
              }}
            />
          )}
          <svg ref={marker} className="minimap-marker" width="32" height="32" viewBox="-16 -16 32 32" aria-hidden="true">
            <path d="M0 0 L-9.03 -13.21 A16 16 0 0 1 9.03 -13.21 Z" fill="rgba(37,99,235,0.25)" />
            <circle r="5" fill="#2563eb" stroke="#ffffff" strokeWidth="2" />
          </svg>
        </div>
      )}
    </section>
  );
}
