/** The main stage: its 3D screen's card and the stage's player. `{…}` are filled in by the caller. */
export const STAGE_STRINGS = {
  stageUpNext: { zh: '即将开始', en: 'Up next' },
  stageStartsIn: { zh: '距开始 {time}', en: 'Starts in {time}' },
  stageReplay: { zh: '回放', en: 'Replay' },
  stageTapReplay: { zh: '点击屏幕观看回放', en: 'Tap the screen to watch' },
  stageLive: { zh: '直播', en: 'Live' },
  stageConnecting: { zh: '正在连接直播…', en: 'Connecting to the stream…' },
  stageRetrying: { zh: '直播信号中断，正在重试…', en: 'Stream interrupted, retrying…' },
};
