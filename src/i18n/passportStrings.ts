import type { Lang } from '../manifest';

/**
 * The booth passport's texts (its dialog, its import, the booth panel's stamp). `{name}` marks are
 * filled in by `tp`'s `vars`.
 */
export const PASSPORT_STRINGS = {
  passportButton: { zh: '展位护照', en: 'Passport' },
  passportTitle: { zh: '展位护照', en: 'Booth passport' },
  passportHow: {
    zh: '在展位面板停留 10 秒、播放展位的视频或音频，或完成展位互动页中的任务，即可获得该展位的印章。',
    en: 'A booth stamps your passport when you keep its panel open for 10 seconds, play one of its videos or audio guides, or finish a task on its interactive page.',
  },
  passportCount: { zh: '已集 {n} / {total} 个展位印章', en: '{n} of {total} booths stamped' },
  passportZones: { zh: '各展区印章', en: 'Stamps by zone' },
  passportZoneCount: { zh: '已集 {n} / {total}', en: '{n} of {total} stamped' },
  passportStamped: { zh: '已盖章', en: 'stamped' },
  passportNotStamped: { zh: '未盖章', en: 'not yet stamped' },
  passportBadges: { zh: '获得的徽章', en: 'Badges earned' },
  passportNoBadges: { zh: '还没有徽章。', en: 'No badges yet.' },
  passportBadgeZone: { zh: '{zone} 全部集齐', en: '{zone} complete' },
  passportBadgeCount: { zh: '集齐 {n} 个展位', en: '{n} booths stamped' },
  passportBadgeAll: { zh: '全馆展位集齐', en: 'Every booth stamped' },
  passportNext: {
    zh: '再集 {n} 个展位印章，可获得下一枚徽章；集齐一个展区也有徽章。',
    en: '{n} more to your next badge; completing a zone earns one too.',
  },
  passportAllDone: { zh: '恭喜！您已集齐全馆印章。', en: 'Congratulations: every booth in the hall is stamped.' },
  passportCarry: { zh: '带到手机上', en: 'Carry it to your phone' },
  passportCarryHint: {
    zh: '用手机扫描二维码或打开下面的链接，在手机上接着集章。',
    en: 'Scan the code with your phone, or open the link below, to carry on collecting there.',
  },
  passportCarryEmpty: {
    zh: '集到第一个印章后，就可以把护照带到手机上。',
    en: 'Once you have a stamp, you can carry your passport to your phone.',
  },
  passportLink: { zh: '护照链接', en: 'Passport link' },
  passportQrTitle: { zh: '我的展位护照', en: 'My booth passport' },
  passportCopy: { zh: '复制链接', en: 'Copy link' },
  passportCopied: { zh: '链接已复制', en: 'Link copied' },
  passportCopyFailed: { zh: '无法自动复制，请选中链接后手动复制。', en: 'Could not copy: select the link and copy it by hand.' },
  passportGotStamp: { zh: '已获得本展位印章', en: 'Booth stamp collected' },
  passportImportTitle: { zh: '加入展位印章', en: 'Add booth stamps' },
  passportImportHint: {
    zh: '此链接带有 {n} 个展位印章。加入后，它们会和您在本设备上已有的印章合并，不会删除任何印章。',
    en: 'This link carries {n} booth stamps. Added, they join the stamps you have on this device; none is removed.',
  },
  passportImportAdd: { zh: '加入我的护照', en: 'Add to my passport' },
  passportImportCancel: { zh: '不用了', en: 'Not now' },
  passportImportAdded: { zh: '已加入 {n} 个新印章。', en: '{n} new stamps added.' },
  passportImportNothingNew: { zh: '这些印章您已经都有了。', en: 'You already have all of these stamps.' },
  passportImportOtherHall: {
    zh: '此链接来自另一个展馆，印章无法加入这里。',
    en: 'This link comes from another hall: its stamps cannot be added here.',
  },
  passportImportBroken: { zh: '此链接不完整或已损坏，无法读取。', en: 'This link is incomplete or damaged and cannot be read.' },
  passportImportNewer: {
    zh: '此链接来自更新版本的展馆，暂时无法读取。',
    en: 'This link comes from a newer version of the pavilion and cannot be read yet.',
  },
  passportDone: { zh: '好的', en: 'OK' },
} satisfies Record<string, Record<Lang, string>>;

export type PassportStringKey = keyof typeof PASSPORT_STRINGS;

/** A passport text in `lang`, its `{name}` marks filled from `vars` (unknown marks left as written). */
export function tp(key: PassportStringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return PASSPORT_STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
