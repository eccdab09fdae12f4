import type { Lang } from '../manifest';

/** A kiosk's QR codes and the visit it hands to a phone: joined into `t` by strings.ts. */
export const QR_STRINGS = {
  qrOpenOnPhone: { zh: '用手机打开', en: 'Open on your phone' },
  qrScanHint: { zh: '用手机相机扫描二维码，在手机上打开。', en: 'Scan the code with your phone’s camera to open it there.' },
  qrCannotCode: { zh: '此地址太长，无法生成二维码。', en: 'This address is too long for a QR code.' },
  h5BlockedKiosk: {
    zh: '此页面不能在展馆内显示。请用手机扫码打开。',
    en: 'This page cannot be shown inside the pavilion. Scan the code to open it on your phone.',
  },
  handoffButton: { zh: '带走参观记录', en: 'Take your visit with you' },
  handoffTitle: { zh: '把参观记录带到手机上', en: 'Take your visit with you' },
  handoffHint: {
    zh: '扫描二维码，在手机上继续查看您在这里打开过的展位。',
    en: 'Scan the code to carry on with the booths you opened here, on your phone.',
  },
  handoffVisitTitle: { zh: '我的参观记录', en: 'My visit' },
  handoffVisited: { zh: '您看过的展位', en: 'Booths you visited' },
  handoffCapped: { zh: '二维码只包含最近看过的展位。', en: 'The code carries the most recent booths only.' },
  visitFromKiosk: { zh: '您在展馆触摸屏上的参观记录', en: 'Your visit from the hall kiosk' },
  visitFromKioskHint: {
    zh: '这些是您在展馆触摸屏上看过的展位。点一个前往。',
    en: 'These are the booths you opened at the kiosk in the hall. Pick one to go there.',
  },
  visitNoneKnown: {
    zh: '这些展位不在当前展馆中。',
    en: 'None of these booths is in this hall.',
  },
} satisfies Record<string, Record<Lang, string>>;

/** What a QR code is, for its accessible name: "QR code: scan with your phone to open <title>". */
export function qrCodeName(title: string, lang: Lang): string {
  return lang === 'zh' ? `二维码：用手机扫描，打开“${title}”` : `QR code: scan with your phone to open ${title}`;
}
