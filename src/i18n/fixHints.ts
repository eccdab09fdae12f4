import type { Lang } from '../manifest';

/** A checker's message ("expected …, got …") → what to do about it, in plain words. */
const HINTS: [RegExp, { zh: string; en: string }][] = [
  [
    /is not among your files/,
    {
      zh: '用旁边的“选择文件”添加这个文件，或改成已有文件的路径。',
      en: 'Add the file with "Choose file" next to it, or change the path to a file you have.',
    },
  ],
  [
    /expected a slug/,
    {
      zh: '只用小写字母、数字和连字符，例如 qingyun-security。',
      en: 'Use lowercase letters, digits and hyphens only, e.g. qingyun-security.',
    },
  ],
  [/expected a colour/, { zh: '用取色器选择颜色（形如 #1d4ed8）。', en: 'Pick a colour with the colour picker (like #1d4ed8).' }],
  [
    /expected an? (video|image|audio|captions|markdown|manifest) file/,
    {
      zh: '选择该类型的文件，或把路径的扩展名改成括号中的一种。',
      en: 'Choose a file of that kind, or give the path one of the extensions in brackets.',
    },
  ],
  [
    /expected an http\(s\) URL or a relative path/,
    {
      zh: '写相对于展台 JSON 的路径（如 media/intro.mp4），或完整的 https:// 地址。',
      en: 'Write a path relative to the booth JSON (like media/intro.mp4), or a full https:// address.',
    },
  ],
  [
    /expected an absolute http\(s\) URL/,
    { zh: '写完整的网址，以 https:// 开头。', en: 'Write the full address, starting with https://.' },
  ],
  [/expected an e-mail/, { zh: '写成 name@example.com 的形式。', en: 'Write it like name@example.com.' }],
  [/expected a phone/, { zh: '只用数字、空格、+、-、括号。', en: 'Use digits, spaces, +, - and brackets only.' }],
  [
    /expected a (date as YYYY-MM-DD|real calendar date)/,
    { zh: '按 YYYY-MM-DD 写日期，例如 2026-09-15。', en: 'Write the date as YYYY-MM-DD, e.g. 2026-09-15.' },
  ],
  [
    /expected exactly one of "body"/,
    { zh: '正文和正文文件只保留一个。', en: 'Keep either the story text or the story file, not both.' },
  ],
  [
    /expected a non-empty text|expected a text, or an object/,
    { zh: '至少填写中文或英文中的一种。', en: 'Fill in Chinese, English or both.' },
  ],
  [/required, expected/, { zh: '这一项必须填写。', en: 'This one is required: fill it in.' }],
  [/expected at most/, { zh: '内容太长或太多了，请精简。', en: 'Too long or too many: shorten it.' }],
  [/unknown key/, { zh: '删除这个拼写有误或不支持的字段。', en: 'Remove that key, or fix its spelling.' }],
  [
    /expected a known "type"/,
    {
      zh: 'type 只能是 video、h5、caseStudy、image、audio、link 之一。',
      en: 'Use one of video, h5, caseStudy, image, audio or link as the type.',
    },
  ],
  [/the booth id must be/, { zh: '把展位编号改成令牌对应的编号。', en: 'Change the booth id to the one your token is for.' }],
];

/** How to fix a problem, or null when its message says it already. */
export function fixHint(message: string, lang: Lang): string | null {
  return HINTS.find(([re]) => re.test(message))?.[1][lang] ?? null;
}
