import type { BoothManifestInput, HallManifestInput } from '../../src/manifest/schema';
import { pick, seeded } from './random';

/**
 * Synthetic but realistic halls for the benchmark: varied sizes and templates, bilingual
 * names, media lists reusing the sample expo's files (by site-absolute path, so the hall
 * works from any folder under the served root). Deterministic for a given seed.
 */

const PLACES: [string, string][] = [
  ['青云', 'Qingyun'],
  ['星桥', 'Xingqiao'],
  ['明湖', 'Minghu'],
  ['云帆', 'Yunfan'],
  ['安和', 'Anhe'],
  ['鹤汀', 'Heting'],
  ['东澜', 'Donglan'],
  ['恒宇', 'Hengyu'],
  ['澄鉴', 'Chengjian'],
  ['远舟', 'Yuanzhou'],
  ['灵境', 'Lingjing'],
  ['曙光', 'Shuguang'],
  ['清河', 'Qinghe'],
  ['萤火', 'Yinghuo'],
  ['天枢', 'Tianshu'],
  ['九章', 'Jiuzhang'],
  ['长风', 'Changfeng'],
  ['知微', 'Zhiwei'],
];
const FIELDS: [string, string][] = [
  ['网络安全', 'Cybersecurity'],
  ['数据安全', 'Data Security'],
  ['反诈', 'Anti-Fraud'],
  ['隐私保护', 'Privacy'],
  ['云安全', 'Cloud Security'],
  ['物联网安全', 'IoT Security'],
  ['密码', 'Cryptography'],
  ['安全教育', 'Security Education'],
  ['终端安全', 'Endpoint Security'],
];
const KINDS: [string, string][] = [
  ['科技', 'Technology'],
  ['实验室', 'Lab'],
  ['中心', 'Centre'],
  ['协会', 'Association'],
  ['研究院', 'Institute'],
  ['服务平台', 'Platform'],
];
const THEMES = [
  { id: 'campus', zh: '校园日', en: 'Campus Day', color: '#2563eb', day: '2026-09-15' },
  { id: 'telecom', zh: '电信日', en: 'Telecom Day', color: '#0891b2', day: '2026-09-16' },
  { id: 'rule-of-law', zh: '法治日', en: 'Rule of Law Day', color: '#7c3aed', day: '2026-09-17' },
  { id: 'finance', zh: '金融日', en: 'Finance Day', color: '#d97706', day: '2026-09-18' },
  { id: 'youth', zh: '青少年日', en: 'Youth Day', color: '#16a34a', day: '2026-09-19' },
  { id: 'privacy', zh: '个人信息保护日', en: 'Personal Information Protection Day', color: '#db2777', day: '2026-09-20' },
];
const VIDEOS = [
  'phishing-email',
  'telecom-scam',
  'sim-swap',
  'school-ransomware',
  'personal-info',
  'fake-investment',
  'strong-password',
  'public-wifi',
];
const H5 = ['spot-phishing', 'password-check', 'scam-call-quiz', 'privacy-checklist', 'law-quiz', 'fake-investment'];
const CASES = [
  'a-school-ransomware',
  'a-sim-swap-night',
  'a-fake-police-video-call',
  'b-pig-butchering-app',
  'b-card-upgrade-sms',
  'b-waybill-leak',
];
const GUIDES = ['welcome', 'anti-fraud', 'campus', 'privacy'];
const PALETTE = [
  '#1d4ed8',
  '#0f766e',
  '#9d174d',
  '#7c2d12',
  '#4338ca',
  '#166534',
  '#9a3412',
  '#155e75',
  '#6d28d9',
  '#be123c',
  '#1e3a8a',
  '#3f6212',
];
const ACCENTS = ['#f59e0b', '#22d3ee', '#facc15', '#34d399', '#f472b6', '#a3e635', '#fb923c'];

export interface GeneratedHall {
  hall: HallManifestInput;
  booths: { file: string; manifest: BoothManifestInput }[];
}

/** The sample's models, for halls that stand one in some booths (the bench's model cell). */
const MODELS = [
  ['usb-key', 'plinth'],
  ['router', 'counter'],
  ['camera', 'counter'],
] as const;

export function generateHall(
  count: number,
  seed: number,
  logos: readonly string[],
  opts: { modelEvery?: number } = {},
): GeneratedHall {
  const rand = seeded(seed);
  const S = '/scenes/sample';
  const booths: GeneratedHall['booths'] = [];
  const zoneOf: string[][] = THEMES.map(() => []);
  const stage: string[] = [];
  for (let i = 0; i < count; i++) {
    const [pz, pe] = pick(rand, PLACES);
    const [fz, fe] = pick(rand, FIELDS);
    const [kz, ke] = pick(rand, KINDS);
    const id = `${pe.toLowerCase()}-${fe.toLowerCase().replace(/[^a-z]+/g, '-')}-${i + 1}`;
    const r = rand();
    const size = r < 0.45 ? 'S' : r < 0.85 ? 'M' : 'L';
    const video = pick(rand, VIDEOS);
    const media: BoothManifestInput['media'] = [
      {
        type: 'video',
        title: { zh: `${fz}安全提示`, en: `${fe} tips` },
        src: `${S}/media/video/${video}.mp4`,
        poster: `${S}/media/video/${video}.poster.jpg`,
        captions: [
          { lang: 'zh', src: `${S}/media/video/${video}.zh.vtt`, label: '中文' },
          { lang: 'en', src: `${S}/media/video/${video}.en.vtt`, label: 'English' },
        ],
      },
    ];
    if (rand() < 0.6)
      media.push({
        type: 'h5',
        title: { zh: '互动小测', en: 'Interactive quiz' },
        src: `${S}/h5/${pick(rand, H5)}/index.html`,
        orientation: 'portrait',
      });
    if (rand() < 0.5) {
      const c = pick(rand, CASES);
      media.push({
        type: 'caseStudy',
        title: { zh: '典型案例', en: 'Case study' },
        date: '2025-06-01',
        summary: { zh: '一起真实改编的网络安全事件。', en: 'A cybersecurity incident, retold.' },
        bodySrc: { zh: `${S}/cases/${c}.zh.md`, en: `${S}/cases/${c}.en.md` },
      });
    }
    if (rand() < 0.3) {
      const g = pick(rand, GUIDES);
      media.push({
        type: 'audio',
        title: { zh: '语音导览', en: 'Audio guide' },
        src: { zh: `${S}/media/audio/guide-${g}.zh.mp3`, en: `${S}/media/audio/guide-${g}.en.mp3` },
      });
    }
    // No draw from `rand`: the rest of the hall is the same with models or without.
    if (opts.modelEvery && i % opts.modelEvery === 0) {
      const [m, inHall] = MODELS[(i / opts.modelEvery) % MODELS.length]!;
      media.push({
        type: 'model',
        title: { zh: '展品模型', en: 'Product model' },
        description: { zh: '合成数据的展品。', en: 'A synthetic exhibit.' },
        src: `${S}/media/vr/${m}.glb`,
        poster: `${S}/media/vr/${m}.poster.png`,
        inHall,
      });
    }
    media.push({ type: 'link', label: { zh: '官方网站', en: 'Website' }, href: `https://${pe.toLowerCase()}.example.org/` });
    booths.push({
      file: `booths/${id}.json`,
      manifest: {
        schemaVersion: 1,
        id,
        exhibitor: {
          name: { zh: `${pz}${fz}${kz}`, en: `${pe} ${fe} ${ke}` },
          tagline: { zh: `${fz}，从我做起`, en: `${fe} starts with you` },
          description: {
            zh: `${pz}${fz}${kz}是本届云展会的参展单位（合成数据）。`,
            en: `${pe} ${fe} ${ke} is a synthetic exhibitor for benchmarks.`,
          },
          logo: `${S}/logos/${pick(rand, logos)}`,
          website: `https://${pe.toLowerCase()}.example.org/`,
        },
        booth: {
          size,
          template: pick(rand, ['classic', 'open', 'tower'] as const),
          colors: { primary: pick(rand, PALETTE), accent: pick(rand, ACCENTS) },
        },
        tags: [{ zh: fz, en: fe.toLowerCase() }],
        media,
      },
    });
    if (i < Math.min(4, Math.floor(count / 20))) stage.push(id);
    else zoneOf[Math.floor(rand() * THEMES.length)]!.push(id);
  }
  const hall: HallManifestInput = {
    schemaVersion: 1,
    id: `generated-${count}-${seed}`,
    title: { zh: `合成展馆（${count} 个展位）`, en: `Generated hall (${count} booths)` },
    welcome: { zh: '用于性能测试的合成展馆。', en: 'A synthetic hall for benchmarks.' },
    dates: { start: '2026-09-14', end: '2026-09-20' },
    zones: [
      {
        id: 'main-stage',
        kind: 'stage',
        name: { zh: '主论坛', en: 'Summit Forum' },
        themeDay: '2026-09-14',
        color: '#be123c',
        booths: stage,
      },
      ...THEMES.map((t, k) => ({ id: t.id, name: { zh: t.zh, en: t.en }, themeDay: t.day, color: t.color, booths: zoneOf[k]! })),
    ],
    ambientAudio: `${S}/media/audio/hall-ambient.mp3`,
    booths: booths.map((b) => b.file),
  };
  return { hall, booths };
}
