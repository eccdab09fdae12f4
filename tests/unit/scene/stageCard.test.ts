import { describe, expect, it } from 'vitest';
import { countdownText, stageCardLines } from '../../../src/scene/shell/stageCard';

describe('countdownText', () => {
  it('shows seconds only in the last ten minutes, minutes within the hour and a half, then hours and days', () => {
    expect(countdownText(9 * 60_000 + 5_000, 'en')).toBe('09:05');
    expect(countdownText(45 * 60_000, 'zh')).toBe('45 分钟');
    expect(countdownText(72 * 60_000, 'en')).toBe('72 min');
    expect(countdownText((3 * 60 + 12) * 60_000, 'zh')).toBe('3 小时 12 分');
    expect(countdownText((26 * 60 + 5) * 60_000, 'en')).toBe('1 d 2 h');
  });
});

describe('stageCardLines', () => {
  const s = {
    id: 'k',
    title: { zh: '开幕', en: 'Opening' },
    speakers: [{ name: { en: 'Liu' } }],
    start: 0,
    end: 1,
    where: 'stage',
  };
  const forum = { name: 'Forum', title: 'Week', dates: '14–20 Sep' };
  it('says live and, when the stream fails, that it is retrying', () => {
    const live = { kind: 'live', session: s, next: null } as const;
    expect(stageCardLines(live, 'en', forum, { error: null }).lines[2]!.text).toBe('Connecting to the stream…');
    expect(stageCardLines(live, 'en', forum, { error: 'networkError' })).toMatchObject({ badge: 'Live' });
    expect(stageCardLines(live, 'zh', forum, { error: 'networkError' }).lines[2]!.text).toBe('直播信号中断，正在重试…');
  });
  it('counts down to the next talk, and names the replay after it', () => {
    const c = stageCardLines({ kind: 'countdown', session: s, ms: 65_000, last: null }, 'en', forum, { error: null });
    expect(c.lines.map((l) => l.text)).toEqual(['Opening', 'Liu', 'Starts in 01:05']);
    expect(stageCardLines({ kind: 'replay', session: s, next: null }, 'zh', forum, { error: null }).badge).toBe('回放');
    expect(stageCardLines({ kind: 'idle' }, 'en', forum, { error: null }).lines[0]!.text).toBe('Forum');
  });
});
