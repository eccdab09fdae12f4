import type { MediaType } from '../manifest/schema';

/** A starter booth: its manifest and the files it names (made here, so it previews at once). */
export interface StarterBooth {
  id: 'videoH5' | 'cases' | 'minimal';
  manifest: Record<string, unknown>;
  files: Record<string, { text: string; type: string }>;
}

const t = (zh: string, en: string) => ({ zh, en });

/** A square logo: a shield on the booth's colour (shapes only: an SVG image gets no web fonts). */
export function starterLogo(primary: string, accent: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256"><rect width="256" height="256" rx="48" fill="${primary}"/><path d="M128 40 200 68v56c0 46-30 78-72 92-42-14-72-46-72-92V68z" fill="#fff"/><path d="m96 128 24 24 44-48" fill="none" stroke="${accent}" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

const POSTER = (primary: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 720"><rect width="1280" height="720" fill="${primary}"/><rect x="80" y="80" width="1120" height="560" rx="32" fill="#fff" opacity=".12"/><path d="M560 250v220l190-110z" fill="#fff"/></svg>`;

const CAPTIONS = `WEBVTT

00:00.000 --> 00:04.000
大家好，欢迎来到我们的展台。

00:04.000 --> 00:08.000
请把这里的字幕换成您视频的字幕。
`;

const H5_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>互动问答 · Quiz</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:24px;background:#f8fafc;color:#0f172a}button{font:inherit;padding:10px 16px;margin:6px 0;border-radius:10px;border:1px solid #cbd5e1;background:#fff;display:block;width:100%;text-align:left}p.r{font-weight:700}</style></head>
<body><h1>收到“中奖”短信，你会？</h1><p lang="en">You get a text saying you won a prize. What do you do?</p>
<button onclick="r.textContent='✔ 正确：不点链接，直接删除。Right: delete it, never tap the link.'">删除短信 · Delete it</button>
<button onclick="r.textContent='✘ 小心：这是常见的钓鱼手段。Careful: a classic phishing trick.'">点链接领奖 · Tap the link</button>
<p class="r" id="r" aria-live="polite"></p></body></html>
`;

const base = (primary: string, accent: string, size: 'S' | 'M' | 'L', template: 'classic' | 'open' | 'tower') => ({
  $schema: '/schema/booth.schema.json',
  schemaVersion: 1,
  id: 'my-booth',
  exhibitor: {
    name: t('我的展台', 'My booth'),
    tagline: t('一句话介绍您的安全产品或服务', 'Your security product or service in one line'),
    description: t(
      '在这里介绍您的机构：您做什么、为谁服务、观众在展位上能看到和学到什么。',
      'Tell visitors who you are: what you do, who you serve, and what they will see and learn at your booth.',
    ),
    logo: 'logo.svg',
    website: 'https://example.com',
  },
  booth: { size, template, colors: { primary, accent } },
  tags: [t('网络安全', 'cybersecurity')],
});

const logoFile = (primary: string, accent: string) => ({
  'logo.svg': { text: starterLogo(primary, accent), type: 'image/svg+xml' },
});

/** The starter booths offered on the studio's first screen; each passes validateBooth. */
export function starterBooths(): StarterBooth[] {
  return [
    {
      id: 'videoH5',
      manifest: {
        ...base('#1d4ed8', '#38bdf8', 'M', 'classic'),
        media: [
          {
            type: 'video',
            title: t('一分钟了解我们', 'Meet us in one minute'),
            src: 'media/intro.mp4',
            poster: 'media/poster.svg',
            captions: [{ lang: 'zh', src: 'media/intro.zh.vtt', label: '中文' }],
          },
          {
            type: 'h5',
            title: t('防诈骗小测验', 'Scam-spotting quiz'),
            src: 'h5/quiz/index.html',
            orientation: 'portrait',
            description: t('三十秒测测你的防骗能力。', 'Thirty seconds to test your scam sense.'),
          },
        ],
      },
      files: {
        ...logoFile('#1d4ed8', '#38bdf8'),
        'media/poster.svg': { text: POSTER('#1d4ed8'), type: 'image/svg+xml' },
        'media/intro.zh.vtt': { text: CAPTIONS, type: 'text/vtt' },
        'h5/quiz/index.html': { text: H5_PAGE, type: 'text/html' },
      },
    },
    {
      id: 'cases',
      manifest: {
        ...base('#047857', '#fbbf24', 'L', 'open'),
        media: [
          {
            type: 'caseStudy',
            title: t('案例：一次勒索软件事件的处置', 'Case study: handling a ransomware incident'),
            date: '2026-09-15',
            summary: t(
              '从发现异常到恢复业务的 48 小时：我们做对了什么，又学到了什么。',
              'The 48 hours from the first alert to business as usual: what went right, and what we learned.',
            ),
            body: t(
              '## 背景\n\n在这里写下事件经过。\n\n## 经验\n\n- 离线备份\n- 演练应急预案',
              '## Background\n\nDescribe what happened here.\n\n## Lessons\n\n- Offline backups\n- Rehearse the response plan',
            ),
          },
          {
            type: 'link',
            label: t('下载白皮书', 'Download our white paper'),
            href: 'https://example.com/white-paper',
          },
        ],
      },
      files: logoFile('#047857', '#fbbf24'),
    },
    {
      id: 'minimal',
      manifest: { ...base('#7c3aed', '#f472b6', 'S', 'tower'), media: [] },
      files: logoFile('#7c3aed', '#f472b6'),
    },
  ];
}

/** A new media item of a type, with every required field filled with placeholder text. */
export function newMediaItem(type: MediaType): Record<string, unknown> {
  switch (type) {
    case 'video':
      return { type, title: t('新视频', 'New video'), src: 'media/video.mp4' };
    case 'h5':
      return { type, title: t('互动页面', 'Interactive page'), src: 'h5/index.html', orientation: 'any' };
    case 'caseStudy':
      return {
        type,
        title: t('新案例', 'New case study'),
        date: '2026-01-01',
        summary: t('一两句话概括这个案例。', 'Sum up the case in a sentence or two.'),
        body: t('在这里写正文（Markdown）。', 'Write the story here (Markdown).'),
      };
    case 'image':
      return { type, src: 'images/picture.png', alt: t('图片内容描述', 'What the picture shows') };
    case 'audio':
      return { type, title: t('语音导览', 'Audio guide'), src: 'media/guide.mp3' };
    case 'link':
      return { type, label: t('了解更多', 'Learn more'), href: 'https://example.com' };
    case 'panorama':
      return { type, title: t('360° 全景', '360° panorama'), src: 'media/panorama.jpg' };
    case 'model':
      return { type, title: t('3D 模型', '3D model'), src: 'media/model.glb' };
  }
}
