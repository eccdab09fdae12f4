/** The 2D pavilion's texts (ui/flat), and the switches between it and the 3D hall. */
export const FLAT_STRINGS = {
  view2d: { zh: '2D 视图', en: '2D view' },
  view3d: { zh: '3D 展馆', en: '3D hall' },
  // Starting with the visible words, so speech control ("click 2D view") finds the button.
  view2dLabel: { zh: '2D 视图：适合读屏与键盘', en: '2D view: for screen readers and keyboards' },
  view3dLabel: { zh: '3D 展馆：行走浏览', en: '3D hall: walk around it' },
  skipToContent: { zh: '跳到主要内容', en: 'Skip to main content' },
  flatHallIntro: {
    zh: '这是展馆的 2D 视图：每个展区、每个展位及其全部内容都在这里，可用读屏软件和键盘浏览。',
    en: 'This is the pavilion in 2D: every zone, every booth and all their media, for screen readers and keyboards.',
  },
  zonesNav: { zh: '展区', en: 'Zones' },
  searchBooths: { zh: '搜索展位', en: 'Search booths' },
  searchResults: { zh: '搜索结果', en: 'Search results' },
  boothsInZone: { zh: '个展位', en: 'booths' },
  backToHall: { zh: '返回展馆', en: 'Back to the hall' },
  boothNotFound: { zh: '没有找到这个展位。', en: 'There is no such booth.' },
  openInteractive: { zh: '打开互动页面', en: 'Open the interactive page' },
  readCase: { zh: '阅读全文', en: 'Read the case study' },
  hideCase: { zh: '收起', en: 'Hide' },
  aboutHeading: { zh: '关于展商', en: 'About the exhibitor' },
  weekNav: { zh: '活动周', en: 'The week' },
  suggest2dWebview: {
    zh: '在此 App 内，3D 展馆的视频可能无法播放。2D 视图包含全部展位与内容。',
    en: 'Inside this app, the 3D hall’s videos may not play. The 2D view has every booth and all its media.',
  },
  suggest2dWeak: {
    zh: '此设备显示 3D 展馆可能较慢。2D 视图包含全部展位与内容。',
    en: 'The 3D hall may be slow on this device. The 2D view has every booth and all its media.',
  },
  reduceMotion: { zh: '减少动态', en: 'Reduce motion' },
  reduceMotionLabel: {
    zh: '减少动态：展位屏幕显示海报，自动行走改为直接到达',
    en: 'Reduce motion: booth screens show posters, walks cut to the destination',
  },
  canvasAlt: {
    zh: '3D 展馆：用方向键或 WASD 行走，展位目录可前往任一展位。读屏软件用户请使用 2D 视图，内容完全相同。',
    en: '3D hall: walk with the arrow keys or WASD; the directory goes to any booth. Screen reader users: the 2D view has the same content.',
  },
  nearbyBooth: { zh: '附近展位：', en: 'Near booth: ' },
  imageMissing: { zh: '图片无法显示', en: 'This picture cannot be shown' },
  suggest2dYes: { zh: '使用 2D 视图', en: 'Use the 2D view' },
  suggest2dNo: { zh: '留在 3D', en: 'Stay in 3D' },
} as const;
