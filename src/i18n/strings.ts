import { CONTEST_STRINGS } from './contestStrings';
import { FLAT_STRINGS } from './flatStrings';
import { KEYBOARD_STRINGS } from './keyboardStrings';
import { GUIDE_STRINGS } from './guideStrings';
import { PROGRAMME_STRINGS } from './programmeStrings';
import { KIOSK_STRINGS } from './kioskStrings';
import type { Lang } from '../manifest';
import { QR_STRINGS } from './qrStrings';
import { REVIEW_STRINGS } from './reviewStrings';
import { STAGE_STRINGS } from './stageStrings';
import { VR_STRINGS } from './vrStrings';

/** Interface texts; manifest texts come localized from the manifests themselves. */
const STRINGS = {
  loading: { zh: '正在布置展馆…', en: 'Setting up the pavilion…' },
  loadingBooths: { zh: '展位清单', en: 'Booth manifests' },
  loadingTextures: { zh: '正在绘制展位招牌与海报', en: 'Painting booth signs and posters' },
  hallError: { zh: '展馆无法打开', en: 'The pavilion could not be opened' },
  booths: { zh: '展位', en: 'Booths' },
  unavailable: { zh: '暂不可用', en: 'unavailable' },
  unavailableBooths: { zh: '个展位暂不可用', en: 'booth(s) unavailable' },
  language: { zh: 'EN', en: '中' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
  noWebgl: {
    zh: '您的浏览器无法显示 3D 展馆（WebGL 不可用）。以下是全部展位的 2D 视图。',
    en: 'Your browser cannot show the 3D pavilion (WebGL is unavailable). Here is every booth in 2D.',
  },
  directory: { zh: '展位目录', en: 'Directory' },
  search: { zh: '搜索展商、标签或展区', en: 'Search exhibitors, tags or zones' },
  noResults: { zh: '没有找到匹配的展位', en: 'No booth matches' },
  go: { zh: '前往', en: 'Go' },
  entrance: { zh: '回到入口', en: 'Back to entrance' },
  hudMore: { zh: '更多操作', en: 'More controls' },
  nearest: { zh: '附近', en: 'Near' },
  enterBooth: { zh: '进入展位', en: 'Open booth' },
  close: { zh: '关闭', en: 'Close' },
  mute: { zh: '静音', en: 'Mute' },
  unmute: { zh: '打开声音', en: 'Sound on' },
  map: { zh: '展馆地图', en: 'Hall map' },
  youAreHere: { zh: '您在这里', en: 'You are here' },
  tabVideo: { zh: '视频', en: 'Videos' },
  tabH5: { zh: '互动', en: 'Interactive' },
  tabCases: { zh: '案例', en: 'Case studies' },
  tabGallery: { zh: '图片', en: 'Gallery' },
  tabAudio: { zh: '语音导览', en: 'Audio guide' },
  tabAbout: { zh: '关于', en: 'About' },
  openNewTab: { zh: '在新标签页打开', en: 'Open in a new tab' },
  h5Blocked: {
    zh: '此页面不允许嵌入展馆显示，请在新标签页中打开。',
    en: 'This page cannot be shown inside the pavilion. Open it in a new tab.',
  },
  h5Offline: {
    zh: '网络暂时中断，这个互动页面需要联网才能打开。展位的其他内容仍可浏览。',
    en: 'The network is down for now, and this interactive page needs it. The rest of the booth is still here.',
  },
  tryAgain: { zh: '重试', en: 'Try again' },
  videoFailed: { zh: '视频暂时无法播放。', en: 'This video cannot be played right now.' },
  chapters: { zh: '章节', en: 'Chapters' },
  signLanguage: { zh: '手语版', en: 'Sign language' },
  audioFailed: {
    zh: '语音导览暂时无法播放，可阅读下方文字稿。',
    en: 'This audio guide cannot be played right now; the transcript is below.',
  },
  caseLoading: { zh: '正在加载…', en: 'Loading…' },
  caseFailed: { zh: '案例内容暂时无法加载。', en: 'This case study could not be loaded.' },
  back: { zh: '返回', en: 'Back' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  transcript: { zh: '文字稿', en: 'Transcript' },
  website: { zh: '官方网站', en: 'Website' },
  contact: { zh: '联系方式', en: 'Contact' },
  links: { zh: '相关链接', en: 'Links' },
  tags: { zh: '标签', en: 'Tags' },
  zone: { zh: '展区', en: 'Zone' },
  joystick: { zh: '移动摇杆', en: 'Walk joystick' },
  help: {
    zh: 'WASD/方向键行走 · 拖动转向 · 点击地面前往 · 点击展位进入',
    en: 'WASD/arrows to walk · drag to look · click the floor to go · click a booth to visit',
  },
  helpTouch: { zh: '右下摇杆行走 · 滑动转向 · 轻点展位前往', en: 'Joystick to walk · swipe to look · tap a booth to go' },
  featured: { zh: '推荐展位', en: 'Featured' },
  generalZone: { zh: '综合展区', en: 'General area' },
  ...REVIEW_STRINGS,
  ...KIOSK_STRINGS,
  ...KEYBOARD_STRINGS,
  ...QR_STRINGS,
  ...GUIDE_STRINGS,
  ...PROGRAMME_STRINGS,
  ...STAGE_STRINGS,
  ...CONTEST_STRINGS,
  ...FLAT_STRINGS,
  ...VR_STRINGS,
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** A text with its `{name}` slots filled: `tf('startsIn', lang, { n: 12 })`. */
export function tf(key: StringKey, lang: Lang, vars: Record<string, string | number>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
