import { localize, type Localized } from '../../manifest';
import type { AttemptScore } from '../../programme/contestDraw';
import { t, tf } from '../../i18n/strings';
import { todayIn } from '../../programme/clock';
import { drawCentred, drawLines, fitText, font } from './canvasText';

/** A4 landscape, big enough to print, small enough to draw in a frame on a phone. */
export const CERT_WIDTH = 1600;
export const CERT_HEIGHT = 1131;

const NAVY = '#1e3a8a';
const GOLD = '#a16207';
const INK = '#0f172a';
const MUTED = '#475569';
const SEAL_R = 86;
/** The longest wait for the font; past it the certificate is drawn in a fallback rather than never. */
const FONT_WAIT_MS = 8000;

export interface CertificateContent {
  hallTitle: Localized;
  contestTitle: Localized;
  score: AttemptScore;
  /** When it was earned; shown as the date in `timeZone` (the hall's). */
  date: Date;
  timeZone: string;
}

/** The date it was earned in the hall's time zone, written for each language. */
export function certificateDates(date: Date, timeZone: string): { zh: string; en: string } {
  const opts: Intl.DateTimeFormatOptions = { timeZone, year: 'numeric', month: 'long', day: 'numeric' };
  return {
    zh: new Intl.DateTimeFormat('zh-CN', opts).format(date),
    en: new Intl.DateTimeFormat('en-GB', opts).format(date),
  };
}

export function certificateFileName(contestId: string, date: Date, timeZone: string): string {
  return `certificate-${contestId}-${todayIn(timeZone, date)}.png`;
}

/** Both languages of a text, once when they are the same (a text written in one only). */
function both(text: Localized): [string, string] {
  return [localize(text, 'zh'), localize(text, 'en')];
}

function lines(c: CertificateContent): { zh: string[]; en: string[] } {
  const dates = certificateDates(c.date, c.timeZone);
  const values = { n: c.score.correct, total: c.score.total, percent: c.score.percent };
  const [hallZh, hallEn] = both(c.hallTitle);
  const [titleZh, titleEn] = both(c.contestTitle);
  return {
    zh: [
      hallZh,
      t('certHeading', 'zh'),
      t('certIntro', 'zh'),
      titleZh,
      tf('certScore', 'zh', values),
      dates.zh,
      t('certNoName', 'zh'),
    ],
    en: [
      hallEn,
      t('certHeading', 'en'),
      t('certIntro', 'en'),
      titleEn,
      tf('certScore', 'en', values),
      dates.en,
      t('certNoName', 'en'),
    ],
  };
}

/**
 * The self-hosted font is split by unicode-range: only the slices holding these characters are
 * fetched, and a canvas does not wait for them as the page's text does, so they are asked for first.
 */
async function loadFonts(text: string): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const load = Promise.all([400, 700].map((w) => fonts.load(font(w as 400 | 700, 32), text))).catch(() => []);
  await Promise.race([load, new Promise<void>((resolve) => (timer = setTimeout(resolve, FONT_WAIT_MS)))]);
  clearTimeout(timer);
}

function frame(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = '#fffdf7';
  ctx.fillRect(0, 0, CERT_WIDTH, CERT_HEIGHT);
  ctx.strokeStyle = NAVY;
  ctx.lineWidth = 14;
  ctx.strokeRect(30, 30, CERT_WIDTH - 60, CERT_HEIGHT - 60);
  ctx.strokeStyle = GOLD;
  ctx.lineWidth = 3;
  ctx.strokeRect(56, 56, CERT_WIDTH - 112, CERT_HEIGHT - 112);
}

/** A shield with a tick: the week's emblem, drawn rather than loaded. */
function emblem(ctx: CanvasRenderingContext2D, cx: number, top: number): void {
  ctx.beginPath();
  ctx.moveTo(cx, top);
  ctx.lineTo(cx + 44, top + 16);
  ctx.lineTo(cx + 44, top + 52);
  ctx.quadraticCurveTo(cx + 40, top + 90, cx, top + 108);
  ctx.quadraticCurveTo(cx - 40, top + 90, cx - 44, top + 52);
  ctx.lineTo(cx - 44, top + 16);
  ctx.closePath();
  ctx.fillStyle = NAVY;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(cx - 20, top + 52);
  ctx.lineTo(cx - 5, top + 68);
  ctx.lineTo(cx + 22, top + 38);
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 9;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke();
}

/** A gold seal with the percent in it. */
function seal(ctx: CanvasRenderingContext2D, cx: number, cy: number, percent: number): void {
  ctx.beginPath();
  for (let i = 0; i < 48; i++) {
    const r = i % 2 === 0 ? SEAL_R : SEAL_R - 9;
    const a = (i / 48) * Math.PI * 2;
    ctx.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  ctx.closePath();
  ctx.fillStyle = GOLD;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(cx, cy, SEAL_R - 22, 0, Math.PI * 2);
  ctx.strokeStyle = '#fef3c7';
  ctx.lineWidth = 3;
  ctx.stroke();
  ctx.fillStyle = '#fff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = font(700, percent === 100 ? 42 : 48);
  ctx.fillText(`${percent}%`, cx, cy + 2);
}

/** The band the contest's titles have, between "this certifies…" and the score. */
const TITLE_TOP = 580;
const TITLE_BOTTOM = 690;
const TITLE_WIDTH = 1200;

/**
 * The contest's title in both languages, as big as the band allows: one or two lines each, both
 * shrunk together until they fit (a 120-character title is allowed), cut only as a last resort.
 */
function titles(ctx: CanvasRenderingContext2D, zh: string, en: string): void {
  for (let k = 1; ; k -= 0.05) {
    const zhSize = Math.round(48 * k);
    const enSize = Math.round(30 * k);
    const a = fitText(ctx, zh, { weight: 700, size: zhSize, minSize: zhSize, maxWidth: TITLE_WIDTH, maxLines: 2 });
    const b = en ? fitText(ctx, en, { weight: 400, size: enSize, minSize: enSize, maxWidth: TITLE_WIDTH, maxLines: 2 }) : null;
    const height = (a.lines.length - 1) * zhSize * 1.25 + (b ? enSize * 1.6 + (b.lines.length - 1) * enSize * 1.25 : 0);
    if ((a.fits && (b?.fits ?? true) && TITLE_TOP + height <= TITLE_BOTTOM) || k < 0.5) {
      const last = drawLines(ctx, a.lines, CERT_WIDTH / 2, TITLE_TOP, { weight: 700, size: zhSize, color: INK, lineGap: 1.25 });
      if (b)
        drawLines(ctx, b.lines, CERT_WIDTH / 2, last + enSize * 1.6, { weight: 400, size: enSize, color: INK, lineGap: 1.25 });
      return;
    }
  }
}

/**
 * The CJK font draws curly quotes full-width (its convention), which gapes in English text
 * ("People’ s"); straight ones read better on the certificate.
 */
function latinQuotes(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** Draws the bilingual certificate: no name on it, nothing about the visitor but the score. */
export async function drawCertificate(canvas: HTMLCanvasElement, c: CertificateContent): Promise<void> {
  const text = lines(c);
  await loadFonts([...text.zh, ...text.en, '0123456789/%'].join(''));
  canvas.width = CERT_WIDTH;
  canvas.height = CERT_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const [hallZh, headZh, introZh, titleZh, scoreZh, dateZh, noteZh] = text.zh;
  const [hallEn, headEn, introEn, titleEn, scoreEn, dateEn, noteEn] = text.en.map(latinQuotes);
  const cx = CERT_WIDTH / 2;
  const wide = CERT_WIDTH - 260;
  frame(ctx);
  emblem(ctx, cx, 92);
  const y = drawCentred(ctx, hallZh!, cx, 252, { weight: 700, size: 34, minSize: 24, maxWidth: wide, color: NAVY });
  if (hallEn !== hallZh)
    drawCentred(ctx, hallEn!, cx, y + 38, { weight: 400, size: 24, minSize: 18, maxWidth: wide, color: MUTED });
  drawCentred(ctx, headZh!, cx, 390, { weight: 700, size: 76, maxWidth: wide, color: INK });
  ctx.letterSpacing = '6px';
  drawCentred(ctx, headEn!.toUpperCase(), cx, 440, { weight: 700, size: 26, maxWidth: wide, color: GOLD });
  ctx.letterSpacing = '0px';
  drawCentred(ctx, `${introZh}  ·  ${introEn}`, cx, 504, { weight: 400, size: 24, minSize: 18, maxWidth: wide, color: MUTED });
  titles(ctx, titleZh!, titleEn === titleZh ? '' : titleEn!);
  // The score and the seal beside it, centred as one group.
  ctx.font = font(700, 120);
  const scoreText = `${c.score.correct} / ${c.score.total}`;
  const scoreW = ctx.measureText(scoreText).width;
  const left = cx - (scoreW + 40 + 2 * SEAL_R) / 2;
  drawCentred(ctx, scoreText, left + scoreW / 2, 830, { weight: 700, size: 120, maxWidth: wide, color: NAVY });
  seal(ctx, left + scoreW + 40 + SEAL_R, 786, c.score.percent);
  drawCentred(ctx, `${scoreZh}  ·  ${scoreEn}`, cx, 916, { weight: 400, size: 28, minSize: 20, maxWidth: wide, color: INK });
  ctx.strokeStyle = GOLD;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(cx - 260, 956);
  ctx.lineTo(cx + 260, 956);
  ctx.stroke();
  drawCentred(ctx, `${dateZh}  ·  ${dateEn}`, cx, 1002, { weight: 700, size: 28, maxWidth: wide, color: INK });
  drawCentred(ctx, `${noteZh}  ·  ${noteEn}`, cx, 1050, { weight: 400, size: 18, minSize: 14, maxWidth: wide, color: MUTED });
}

/** The drawn canvas as a PNG. */
export function certificateBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the certificate could not be encoded'))), 'image/png'),
  );
}
