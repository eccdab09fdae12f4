import type { Lang } from '../manifest';

/**
 * The booth studio's and the preview's interface texts. Their own module, so the tour's first
 * script does not carry them (only the studio and review chunks import it).
 */
const STUDIO_STRINGS = {
  previewLabel: { zh: '展位 3D 预览：聚焦后可用方向键行走', en: '3D booth preview: focus it to walk with the arrow keys' },
  previewFix: { zh: '修正 {n} 个问题后即可预览展位', en: 'Fix {n} problems to see your booth' },
  previewFixOne: { zh: '修正 1 个问题后即可预览展位', en: 'Fix 1 problem to see your booth' },
  previewNoWebgl: {
    zh: '此浏览器无法显示 3D 预览（WebGL 不可用）。',
    en: 'This browser cannot show the 3D preview (WebGL is unavailable).',
  },
  previewOpenPanel: { zh: '打开展位面板', en: 'Open the booth panel' },
  previewFront: { zh: '回到展位正面', en: 'Back to the front' },
  previewLoading: { zh: '正在布置展位…', en: 'Setting up the booth…' },
} satisfies Record<string, Record<Lang, string>>;

export type StudioStringKey = keyof typeof STUDIO_STRINGS;

/** A studio text; `{name}` placeholders filled from `vars`. */
export function ts(key: StudioStringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return STUDIO_STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
