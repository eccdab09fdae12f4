/** A kiosk screen's own texts, joined into `t` by strings.ts. `{n}` is filled in by the caller. */
export const KIOSK_STRINGS = {
  kioskTouch: { zh: '触摸屏幕，开始参观', en: 'Touch to explore' },
  kioskTouchHint: { zh: '四处看看，走进展位，了解网络安全', en: 'Walk the hall, open any booth, stay safe online' },
  kioskStillThere: { zh: '还在参观吗？', en: 'Still there?' },
  kioskResetIn: { zh: '{n} 秒后回到开始画面', en: 'Starting over in {n} s' },
  kioskContinue: { zh: '继续参观', en: 'Keep exploring' },
  kioskFinish: { zh: '结束参观', en: 'Finish' },
  kioskFinishLabel: { zh: '结束参观，为下一位观众重新开始', en: 'Finish, and start over for the next visitor' },
} as const;
