import type { Lang } from '../manifest';

/** The panorama and model viewers: joined into `t` by strings.ts. */
export const VR_STRINGS = {
  tabPanorama: { zh: '全景', en: '360°' },
  tabModel: { zh: '3D 模型', en: '3D models' },
  panoRole: { zh: '360° 全景', en: '360° view' },
  panoHelp: {
    zh: '拖动或滑动环顾四周，滚轮或双指缩放；键盘：方向键环顾，+ − 缩放，Home 回到起点。',
    en: 'Drag or swipe to look around; wheel or pinch to zoom. Keys: arrows to look, + and − to zoom, Home to start over.',
  },
  panoHotspots: { zh: '画面中的位置', en: 'Places in this view' },
  panoLookAt: { zh: '看向', en: 'Look at' },
  panoOpen: { zh: '打开', en: 'Open' },
  panoFailed: { zh: '全景暂时无法显示。', en: 'This panorama cannot be shown right now.' },
  panoLoading: { zh: '正在加载全景…', en: 'Loading the panorama…' },
  gyroOn: { zh: '跟随手机转动', en: 'Look by moving the phone' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  resetView: { zh: '复位', en: 'Reset' },
  autoRotate: { zh: '自动旋转', en: 'Auto-rotate' },
  modelRole: { zh: '3D 模型', en: '3D model' },
  modelHelp: {
    zh: '拖动旋转，滚轮或双指缩放；键盘：方向键旋转，+ − 缩放，Home 复位。',
    en: 'Drag to turn it; wheel or pinch to zoom. Keys: arrows to turn, + and − to zoom, Home to reset.',
  },
  modelLoading: { zh: '正在加载 3D 模型…', en: 'Loading the 3D model…' },
  modelFailed: { zh: '3D 模型暂时无法显示。', en: 'This 3D model cannot be shown right now.' },
} satisfies Record<string, Record<Lang, string>>;
