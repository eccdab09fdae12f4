/** The guided tour's texts, joined into `t` by strings.ts. `{n}` and `{total}` are filled in by the caller. */
export const GUIDE_STRINGS = {
  guideStart: { zh: '导览参观', en: 'Guided tour' },
  guideStartLabel: { zh: '导览参观：自动带您走过推荐展位', en: 'Guided tour: a walk past the featured booths' },
  guideRegion: { zh: '导览', en: 'Guided tour' },
  guideStopOf: { zh: '第 {n} 站 / 共 {total} 站', en: 'Stop {n} of {total}' },
  guideOnTheWay: { zh: '正在前往', en: 'On the way' },
  guideHere: { zh: '已到达', en: 'Arrived' },
  guidePaused: { zh: '已暂停', en: 'Paused' },
  guidePause: { zh: '暂停', en: 'Pause' },
  guideResume: { zh: '继续', en: 'Resume' },
  guideNext: { zh: '下一站', en: 'Next' },
  guideOpen: { zh: '进入展位', en: 'Open booth' },
  guideLeave: { zh: '退出导览', en: 'Leave tour' },
} as const;
