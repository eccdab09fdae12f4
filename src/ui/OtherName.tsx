import { localize, type Lang, type Localized } from '../manifest';

/**
 * An exhibitor's name in the other language, under the name in the visitor's: only when there is
 * one that differs (a single-language name is not shown twice).
 */
export function OtherName({ name, lang, as: Tag }: { name: Localized; lang: Lang; as: 'p' | 'small' }) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const text = name[other];
  if (!text || text === localize(name, lang)) return null;
  return <Tag lang={other === 'zh' ? 'zh-CN' : 'en'}>{text}</Tag>;
}
