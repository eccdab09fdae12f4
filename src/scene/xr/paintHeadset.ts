import { SIGN_FONT_FAMILY } from '../text/fonts';
import { fitFont } from '../text/fitFont';
import { fitLines, fitPhrases } from '../text/fitLines';

/** Canvas pixels per metre for the headset's boards: text reads sharply at arm's length. */
export const PX_PER_M = 900;

export type ButtonTone = 'plain' | 'primary' | 'quiet';

const TONES: Record<ButtonTone, { bg: string; ink: string; line: string }> = {
  plain: { bg: '#ffffff', ink: '#0f172a', line: '#cbd5e1' },
  primary: { bg: '#1d4ed8', ink: '#ffffff', line: '#1d4ed8' },
  quiet: { bg: '#f1f5f9', ink: '#1e293b', line: '#e2e8f0' },
};

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/**
 * A pill button: its label as large as fits on one line, or, for a long title that would shrink
 * past reading at arm's length, on two lines; on the tone's colours.
 */
export function paintButton(ctx: CanvasRenderingContext2D, w: number, h: number, label: string, tone: ButtonTone): void {
  const c = TONES[tone];
  ctx.clearRect(0, 0, w, h);
  const pad = Math.round(h * 0.08);
  roundRect(ctx, pad, pad, w - 2 * pad, h - 2 * pad, Math.min((h - 2 * pad) / 2, 40));
  ctx.fillStyle = c.bg;
  ctx.fill();
  ctx.lineWidth = Math.max(2, h * 0.04);
  ctx.strokeStyle = c.line;
  ctx.stroke();
  ctx.fillStyle = c.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const maxW = w - h * 0.7;
  const one = fitFont(ctx, label, 600, Math.round(h * 0.42), maxW);
  if (one >= h * 0.3) {
    ctx.fillText(label, w / 2, h / 2 + 1);
    return;
  }
  const measure = (text: string, size: number) => {
    ctx.font = `600 ${size}px ${SIGN_FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
  const fit = fitLines(label, h * 0.3, h * 0.24, maxW, 2, measure);
  ctx.font = `600 ${fit.size}px ${SIGN_FONT_FAMILY}`;
  const lh = fit.size * 1.15;
  const y0 = h / 2 - ((fit.lines.length - 1) * lh) / 2 + 1;
  fit.lines.forEach((line, i) => ctx.fillText(line, w / 2, y0 + i * lh));
}

export interface BoardText {
  title: string;
  subtitle: string;
  /** The open item's title and words. */
  heading: string;
  body: string;
  /** The booth's colour, as an accent bar (text stays dark on white: readable whatever the colour). */
  accent: string;
  hint: string;
}

/** The board's white face, rounded: what shows until its words are painted. */
export function paintBoardFace(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  ctx.clearRect(0, 0, w, h);
  roundRect(ctx, 0, 0, w, h, 36);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
}

/** The booth panel's board: name and tagline on top, the open item's heading and words on the right. */
export function paintBoard(ctx: CanvasRenderingContext2D, w: number, h: number, text: BoardText, layout: BoardLayout): void {
  paintBoardFace(ctx, w, h);
  ctx.fillStyle = text.accent;
  ctx.fillRect(0, layout.header - 10, w, 10);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const measure = (s: string, size: number, weight = 400) => {
    ctx.font = `${weight} ${size}px ${SIGN_FONT_FAMILY}`;
    return ctx.measureText(s).width;
  };
  ctx.fillStyle = '#0f172a';
  fitFont(ctx, text.title, 700, 58, w - 260);
  ctx.fillText(text.title, 48, 40);
  ctx.fillStyle = '#475569';
  fitFont(ctx, text.subtitle, 400, 32, w - 260);
  ctx.fillText(text.subtitle, 48, 118);

  const x = layout.mediaX;
  const maxW = w - x - 48;
  ctx.fillStyle = '#0f172a';
  fitFont(ctx, text.heading, 700, 40, maxW);
  ctx.fillText(text.heading, x, layout.header + 28);
  // The controls' help at the foot, broken between instructions: two lines at a readable size
  // rather than one shrunk below it.
  const hint = fitPhrases(text.hint.split(' · '), ' · ', 25, 20, w - 96, 2, (s, size) => measure(s, size));
  const hintLh = Math.round(hint.size * 1.3);
  const top = layout.bodyTop;
  const room = h - top - 60 - hint.lines.length * hintLh;
  const fit = fitLines(text.body, 30, 22, maxW, Math.max(1, Math.floor(room / 40)), (s, size) => measure(s, size));
  ctx.fillStyle = '#334155';
  ctx.font = `400 ${fit.size}px ${SIGN_FONT_FAMILY}`;
  fit.lines.forEach((line, i) => ctx.fillText(line, x, top + i * fit.size * 1.35));
  ctx.fillStyle = '#64748b';
  ctx.font = `400 ${hint.size}px ${SIGN_FONT_FAMILY}`;
  hint.lines.forEach((line, i) => ctx.fillText(line, 48, h - 28 - (hint.lines.length - i) * hintLh));
}

/** Where the board's parts are, in canvas pixels (the panel places its buttons and screen to match). */
export interface BoardLayout {
  header: number;
  mediaX: number;
  bodyTop: number;
}

/** A caption line under a video: white on near-black, the cue as large as fits in two lines. */
export function paintCaption(ctx: CanvasRenderingContext2D, w: number, h: number, cue: string): void {
  ctx.clearRect(0, 0, w, h);
  if (!cue) return;
  const measure = (s: string, size: number) => {
    ctx.font = `600 ${size}px ${SIGN_FONT_FAMILY}`;
    return ctx.measureText(s).width;
  };
  const fit = fitLines(cue.replace(/\s*\n\s*/g, ' '), h * 0.34, h * 0.22, w - 40, 2, measure);
  roundRect(ctx, 0, 0, w, h, 16);
  ctx.fillStyle = 'rgba(15, 23, 42, 0.86)';
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${fit.size}px ${SIGN_FONT_FAMILY}`;
  const lh = fit.size * 1.25;
  const y0 = h / 2 - ((fit.lines.length - 1) * lh) / 2;
  fit.lines.forEach((line, i) => ctx.fillText(line, w / 2, y0 + i * lh));
}
