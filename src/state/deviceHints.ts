/**
 * Why a visitor might be better served by the 2D pavilion, from what the browser says about
 * itself: null when nothing suggests it. Only ever a suggestion: the visitor decides.
 */
export type TwoDReason = 'webview' | 'weak';

export interface DeviceFacts {
  userAgent: string;
  /** `navigator.deviceMemory` in GiB (Chromium only; rounded down to a power of two). */
  deviceMemory?: number;
  /** `navigator.connection.saveData`: the visitor asked for less data. */
  saveData?: boolean;
}

/**
 * In-app browsers of the apps a cloud expo is shared through (WeChat, Weibo, QQ, DingTalk, Alipay,
 * Douyin, Feishu), where video textures and autoplay often fail (three.js #20238, uni-app #820).
 */
const IN_APP = /MicroMessenger|Weibo|\bQQ\/|DingTalk|AlipayClient|aweme|BytedanceWebview|Lark|Feishu/i;

export function suggest2d(f: DeviceFacts): TwoDReason | null {
  if (IN_APP.test(f.userAgent)) return 'webview';
  if (f.saveData) return 'weak';
  // Not the core count: desktops and CI runners with two cores draw the hall well enough.
  if (f.deviceMemory !== undefined && f.deviceMemory > 0 && f.deviceMemory <= 2) return 'weak';
  return null;
}
