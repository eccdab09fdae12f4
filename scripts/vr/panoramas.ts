import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The sample's two 360° panoramas. Each room is drawn as the six faces of a cube (flat pictures,
 * where straight lines stay straight), laid out 3×2 and turned equirectangular by ffmpeg's v360
 * filter, so the viewer shows a real room. ffmpeg's c3x2 order: right, left, up / down, front, back.
 */

const FF = ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y'];
const S = 1024;
const FONT = "font='Noto Sans CJK SC'";

let work = '';
let n = 0;
/** A drawtext filter; the text goes through a file, so no escaping of its characters. */
function text(s: string, size: number, color: string, x: number | string, y: number | string, extra = ''): string {
  const f = path.join(work, `t${n++}.txt`);
  writeFileSync(f, s);
  return `drawtext=${FONT}:textfile=${f}:expansion=none:fontsize=${size}:fontcolor=${color}:x=${x}:y=${y}${extra}`;
}
const rect = (x: number, y: number, w: number, h: number, color: string, extra = '') =>
  `drawbox=x=${x}:y=${y}:w=${w}:h=${h}:color=${color}:t=fill${extra}`;

function face(file: string, bg: string, filters: string[]): void {
  execFileSync('ffmpeg', [
    ...FF,
    '-f',
    'lavfi',
    '-i',
    `color=c=${bg}:s=${S}x${S}`,
    '-vf',
    filters.join(','),
    '-frames:v',
    '1',
    file,
  ]);
}

/** A dotted world map (a few continents as dot clusters), for the threat screen. */
function worldDots(x0: number, y0: number, w: number, h: number): string[] {
  const blobs = [
    [0.2, 0.35, 0.12, 0.18],
    [0.28, 0.7, 0.06, 0.16],
    [0.5, 0.3, 0.08, 0.1],
    [0.52, 0.6, 0.07, 0.16],
    [0.72, 0.35, 0.16, 0.18],
    [0.85, 0.75, 0.06, 0.08],
  ];
  const out: string[] = [];
  for (let gy = 0; gy < 14; gy++)
    for (let gx = 0; gx < 30; gx++) {
      const u = (gx + 0.5) / 30;
      const v = (gy + 0.5) / 14;
      if (!blobs.some(([cx, cy, rx, ry]) => ((u - cx!) / rx!) ** 2 + ((v - cy!) / ry!) ** 2 < 1)) continue;
      out.push(rect(Math.round(x0 + u * w), Math.round(y0 + v * h), 6, 6, '0x38bdf8'));
    }
  // Attacks blocked: a few alerts on the map.
  for (const [u, v] of [
    [0.74, 0.38],
    [0.22, 0.33],
    [0.53, 0.62],
  ])
    out.push(rect(Math.round(x0 + u! * w) - 6, Math.round(y0 + v! * h) - 6, 14, 14, '0xf43f5e'));
  return out;
}

function screen(x: number, y: number, w: number, h: number, title: string, body: string[]): string[] {
  return [
    rect(x - 8, y - 8, w + 16, h + 16, '0x0f172a'),
    rect(x, y, w, h, '0x0b2545'),
    text(title, 30, 'white', x + 20, y + 16),
    ...body,
  ];
}

function soc(dir: string): string {
  const f = (name: string) => path.join(dir, `soc-${name}.png`);
  const bars = [0.5, 0.8, 0.35, 0.9, 0.6, 0.75, 0.45].map((v, i) =>
    rect(700 + i * 40, 600 - Math.round(v * 160), 26, Math.round(v * 160), i === 3 ? '0xf43f5e' : '0x22d3ee'),
  );
  face(f('front'), '0x1e293b', [
    rect(0, 880, S, 144, '0x334155'),
    ...screen(40, 240, 600, 380, '威胁态势 Threat overview', worldDots(60, 300, 560, 300)),
    ...screen(680, 240, 300, 380, '告警 Alerts', [
      ...bars,
      text('拦截 Blocked  1,284', 22, '0x86efac', 700, 300),
      text('处置中 Handling  7', 22, '0xfca5a5', 700, 336),
    ]),
    rect(0, 660, S, 40, '0x0f172a'),
    text('安全运营中心 · Security Operations Centre', 34, '0xe2e8f0', '(w-text_w)/2', 180),
  ]);
  face(f('back'), '0x27364d', [
    rect(400, 380, 224, 500, '0x475569'),
    rect(590, 620, 16, 40, '0xcbd5e1'),
    text('出口 EXIT', 34, '0x4ade80', 430, 330),
    rect(100, 300, 220, 140, '0xf8fafc'),
    text('网络安全为人民', 26, '0x1d4ed8', 118, 330),
    text('Cybersecurity for the people', 16, '0x334155', 118, 380),
    rect(0, 880, S, 144, '0x334155'),
  ]);
  const desks = (x: number) => [
    rect(x, 700, 300, 180, '0x64748b'),
    rect(x + 40, 560, 100, 120, '0x0b2545'),
    rect(x + 160, 560, 100, 120, '0x0b2545'),
    rect(x + 50, 580, 80, 6, '0x22d3ee'),
    rect(x + 170, 580, 70, 6, '0x4ade80'),
  ];
  face(f('left'), '0x24324a', [
    rect(0, 880, S, 144, '0x334155'),
    ...desks(80),
    ...desks(600),
    text('值班席 Duty desks', 30, '0xcbd5e1', 80, 200),
  ]);
  face(f('right'), '0x24324a', [
    rect(0, 880, S, 144, '0x334155'),
    rect(120, 200, 780, 360, '0x93c5fd'),
    rect(505, 200, 14, 360, '0x24324a'),
    text('会商区 Briefing room', 30, '0xcbd5e1', 120, 600),
    ...desks(360),
  ]);
  const lights: string[] = [];
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) lights.push(rect(112 + i * 300, 112 + j * 300, 200, 200, '0xf1f5f9'));
  face(f('up'), '0x94a3b8', lights);
  const floor: string[] = [];
  for (let i = 0; i <= S; i += 128) floor.push(rect(i, 0, 3, S, '0x1e3a5f'), rect(0, i, S, 3, '0x1e3a5f'));
  face(f('down'), '0x274060', floor);
  return path.join(dir, 'soc-');
}

function classroom(dir: string): string {
  const f = (name: string) => path.join(dir, `class-${name}.png`);
  const desks: string[] = [];
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) desks.push(rect(140 + c * 280, 120 + r * 280, 200, 110, '0xd6a56b'));
  face(f('down'), '0xcbd5e1', desks);
  const lights: string[] = [];
  for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) lights.push(rect(200 + i * 440, 150 + j * 300, 180, 120, '0xffffff'));
  face(f('up'), '0xe2e8f0', lights);
  face(f('left'), '0xfef3c7', [
    rect(100, 220, 340, 420, '0x7dd3fc'),
    rect(584, 220, 340, 420, '0x7dd3fc'),
    rect(262, 220, 16, 420, '0xfef3c7'),
    rect(746, 220, 16, 420, '0xfef3c7'),
    rect(0, 900, S, 124, '0xa16207'),
  ]);
  face(f('right'), '0xfef3c7', [
    rect(140, 260, 300, 400, '0xffffff'),
    text('防范电信诈骗', 34, '0xb91c1c', 160, 300),
    text('Stop phone scams', 24, '0x334155', 160, 350),
    rect(580, 260, 300, 400, '0xffffff'),
    text('保护个人信息', 34, '0x1d4ed8', 600, 300),
    text('Guard your data', 24, '0x334155', 600, 350),
    rect(0, 900, S, 124, '0xa16207'),
  ]);
  face(f('back'), '0xfef3c7', [
    ...[0, 1, 2, 3, 4, 5].map((i) => rect(80 + i * 150, 520, 130, 380, '0x93c5fd')),
    text('班级储物柜 Lockers', 30, '0x78350f', 80, 460),
    rect(0, 900, S, 124, '0xa16207'),
  ]);
  return path.join(dir, 'class-');
}

/** The classroom's front: a screen whose slide changes every three seconds, the lesson's three points. */
export const CLASS_SLIDES = [
  { zh: '验证码 = 钥匙，谁要都不给', en: 'A verification code is a key: never give it away' },
  { zh: '陌生链接先核实，再点击', en: 'Check a strange link before you tap it' },
  { zh: '遇到可疑，先问老师家长', en: 'Unsure? Ask a teacher or your parents first' },
];
const SLIDE_S = 3;

function classFront(file: string): void {
  const slides = CLASS_SLIDES.flatMap((s, i) => {
    const on = `:enable='between(t,${i * SLIDE_S},${(i + 1) * SLIDE_S - 0.001})'`;
    return [text(s.zh, 48, '0x0f172a', '(w-text_w)/2', 380, on), text(s.en, 28, '0x334155', '(w-text_w)/2', 460, on)];
  });
  const filters = [
    rect(0, 900, S, 124, '0xa16207'),
    rect(112, 200, 800, 480, '0x14532d'),
    rect(152, 240, 720, 400, '0xf8fafc'),
    text('网络安全第一课 · Cyber-safety lesson', 30, '0x1d4ed8', '(w-text_w)/2', 270),
    ...slides,
    // Where the lesson is: a bar under the slide that fills over each one.
    `drawbox=x=152:y=610:w='720*mod(t,${SLIDE_S})/${SLIDE_S}':h=12:color=0x22c55e:t=fill`,
    rect(380, 700, 264, 120, '0x92400e'),
  ];
  execFileSync('ffmpeg', [
    ...FF,
    '-f',
    'lavfi',
    '-i',
    `color=c=0xfef3c7:s=${S}x${S}:r=24:d=${CLASS_SLIDES.length * SLIDE_S}`,
    '-vf',
    filters.join(','),
    '-c:v',
    'libx264',
    '-crf',
    '18',
    '-pix_fmt',
    'yuv420p',
    file,
  ]);
}

const toEquirect = (w: number) => `v360=input=c3x2:output=e:w=${w}:h=${w / 2}`;

export async function makePanoramas(out: string): Promise<void> {
  work = mkdtempSync(path.join(tmpdir(), 'vr-pano-'));
  try {
    const s = soc(work);
    const faces = ['right', 'left', 'up', 'down', 'front', 'back'].flatMap((n) => ['-i', `${s}${n}.png`]);
    execFileSync('ffmpeg', [
      ...FF,
      ...faces,
      '-filter_complex',
      `[0][1][2]hstack=3[t];[3][4][5]hstack=3[b];[t][b]vstack,${toEquirect(4096)}`,
      '-frames:v',
      '1',
      '-q:v',
      '4',
      path.join(out, 'soc.jpg'),
    ]);
    execFileSync('ffmpeg', [
      ...FF,
      '-i',
      path.join(out, 'soc.jpg'),
      '-vf',
      'scale=1024:512',
      '-q:v',
      '4',
      path.join(out, 'soc.poster.jpg'),
    ]);
    console.log('soc.jpg: 4096×2048 equirectangular');

    const c = classroom(work);
    const front = path.join(work, 'class-front.mp4');
    classFront(front);
    const still = (n: string) => ['-loop', '1', '-framerate', '24', '-i', `${c}${n}.png`];
    const seconds = CLASS_SLIDES.length * SLIDE_S;
    execFileSync('ffmpeg', [
      ...FF,
      ...still('right'),
      ...still('left'),
      ...still('up'),
      ...still('down'),
      '-i',
      front,
      ...still('back'),
      '-f',
      'lavfi',
      '-i',
      `anullsrc=r=44100:cl=stereo`,
      '-filter_complex',
      `[0][1][2]hstack=3[t];[3][4][5]hstack=3[b];[t][b]vstack,${toEquirect(2048)},format=yuv420p[v]`,
      '-map',
      '[v]',
      '-map',
      '6:a',
      '-t',
      String(seconds),
      '-c:v',
      'libx264',
      '-preset',
      'medium',
      '-crf',
      '26',
      '-c:a',
      'aac',
      '-b:a',
      '32k',
      '-movflags',
      '+faststart',
      path.join(out, 'classroom.mp4'),
    ]);
    execFileSync('ffmpeg', [
      ...FF,
      '-i',
      path.join(out, 'classroom.mp4'),
      '-frames:v',
      '1',
      '-vf',
      'scale=1024:512',
      '-q:v',
      '4',
      path.join(out, 'classroom.poster.jpg'),
    ]);
    for (const lang of ['zh', 'en'] as const) {
      const cues = CLASS_SLIDES.map(
        (s, i) => `${i + 1}\n00:00:0${i * SLIDE_S}.000 --> 00:00:0${(i + 1) * SLIDE_S - 1}.900\n${s[lang]}`,
      );
      writeFileSync(path.join(out, `classroom.${lang}.vtt`), `WEBVTT\n\n${cues.join('\n\n')}\n`);
    }
    console.log(`classroom.mp4: 2048×1024 equirectangular, ${seconds} s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
