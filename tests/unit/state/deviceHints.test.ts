import { describe, expect, it } from 'vitest';
import { suggest2d } from '../../../src/state/deviceHints';

const CHROME =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

describe('suggest2d', () => {
  it('offers the 2D view inside the apps links are shared through', () => {
    for (const ua of [
      `${CHROME} MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN`,
      `${CHROME} Weibo (HUAWEI-ELS-AN00__weibo__13.1.0__android__android10)`,
      `${CHROME} DingTalk/7.0.40`,
      `${CHROME} AlipayClient/10.5.36`,
      `${CHROME} QQ/8.9.85.12820`,
    ])
      expect(suggest2d({ userAgent: ua }), ua).toBe('webview');
  });

  it('offers it on weak devices and to visitors saving data', () => {
    expect(suggest2d({ userAgent: CHROME, deviceMemory: 1 })).toBe('weak');
    expect(suggest2d({ userAgent: CHROME, deviceMemory: 2 })).toBe('weak');
    expect(suggest2d({ userAgent: CHROME, saveData: true })).toBe('weak');
  });

  it('offers nothing to an ordinary browser', () => {
    expect(suggest2d({ userAgent: CHROME })).toBeNull();
    expect(suggest2d({ userAgent: CHROME, deviceMemory: 8, saveData: false })).toBeNull();
    // QQ Browser is a browser, not the QQ app.
    expect(suggest2d({ userAgent: `${CHROME} MQQBrowser/13.6` })).toBeNull();
  });
});
