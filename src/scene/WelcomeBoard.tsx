import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { localize, type Lang, type Localized } from '../manifest';
import { drawTextBlock } from './text/drawText';
import { ensureGlyphs } from './text/fonts';

interface Props {
  title: Localized;
  subtitle: Localized;
  lang: Lang;
  position?: [number, number, number];
}

const W = 2048;
const H = 768;

/** The big board at the entrance plaza: the hall's title in both languages. */
export function WelcomeBoard({ title, subtitle, lang, position = [0, 3.2, 0] }: Props) {
  const { texture, canvas } = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.anisotropy = 4;
    return { texture, canvas };
  }, []);

  useEffect(() => {
    let cancelled = false;
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const lines = [localize(title, lang), localize(title, other), localize(subtitle, lang)];
    void ensureGlyphs(lines.join('')).then(() => {
      if (cancelled) return;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const g = ctx.createLinearGradient(0, 0, W, H);
      g.addColorStop(0, '#1e40af');
      g.addColorStop(1, '#0ea5e9');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, W, H);
      ctx.fillStyle = 'rgba(255,255,255,0.12)';
      ctx.fillRect(0, H - 120, W, 120);
      drawTextBlock(
        ctx,
        [
          { text: lines[0] ?? '', weight: 700, size: 150, color: '#ffffff' },
          { text: lines[1] ?? '', weight: 400, size: 80, color: '#dbeafe' },
        ],
        { x: 90, y: 60, w: W - 180, h: H - 240 },
      );
      drawTextBlock(ctx, [{ text: lines[2] ?? '', weight: 400, size: 56, color: '#ffffff' }], {
        x: 90,
        y: H - 110,
        w: W - 180,
        h: 100,
      });
      texture.needsUpdate = true;
    });
    return () => {
      cancelled = true;
    };
  }, [canvas, texture, title, subtitle, lang]);

  useEffect(() => () => texture.dispose(), [texture]);

  return (
    <mesh position={position}>
      <planeGeometry args={[8, 3]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
