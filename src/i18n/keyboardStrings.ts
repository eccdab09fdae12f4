/** The kiosk's on-screen keyboard, joined into `t` by strings.ts. */
export const KEYBOARD_STRINGS = {
  keyboard: { zh: '屏幕键盘', en: 'On-screen keyboard' },
  keyboardShow: { zh: '显示键盘', en: 'Show keyboard' },
  keyboardHide: { zh: '隐藏键盘', en: 'Hide keyboard' },
  keyBackspace: { zh: '删除', en: 'Backspace' },
  keySpace: { zh: '空格', en: 'Space' },
  keyClear: { zh: '清空', en: 'Clear' },
  keyDone: { zh: '完成', en: 'Done' },
  keyboardHint: {
    zh: '可用拼音或首字母搜索，如 “wangluoanquan” 或 “wlaq”（网络安全）',
    en: 'Type pinyin or its initials, e.g. “wangluoanquan” or “wlaq” (网络安全)',
  },
} as const;
