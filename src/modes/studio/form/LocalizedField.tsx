import { ts } from '../../../i18n/studioStrings';
import { getAtPath, type JsonPath } from '../../../manifest/jsonPath';
import { formatJsonPath } from '../../../manifest/problems';
import { fieldId, useDraft, useProblemsAt, useStudio } from '../StudioContext';
import { FieldMessage } from './FieldMessage';

const LANGS = ['zh', 'en'] as const;

/** A text in Chinese and English (`"…"` stands for both until one is changed). */
export function LocalizedField({ path, label, multiline = false }: { path: JsonPath; label: string; multiline?: boolean }) {
  const { draft, lang } = useStudio();
  const key = formatJsonPath(path);
  const value = useDraft((s) => getAtPath(s.manifest, path));
  const problems = useProblemsAt(key, `${key}.zh`, `${key}.en`);
  const id = fieldId(key);
  const text = (l: 'zh' | 'en') =>
    typeof value === 'string' ? value : value && typeof value === 'object' ? ((value as Record<string, unknown>)[l] ?? '') : '';
  const write = (l: 'zh' | 'en', v: string) => {
    const next: Record<string, string> = {};
    for (const k of LANGS) {
      const cur = k === l ? v : String(text(k));
      if (cur !== '') next[k] = cur;
    }
    draft.getState().setField(path, Object.keys(next).length > 0 ? next : undefined);
  };
  const invalid = problems.length > 0 || undefined;
  return (
    <fieldset className="field localized" data-path={key}>
      <legend>{label}</legend>
      {LANGS.map((l) => {
        const props = {
          id: `${id}-${l}`,
          lang: l === 'zh' ? 'zh-CN' : 'en',
          value: String(text(l)),
          'aria-invalid': invalid,
          'aria-describedby': invalid ? `${id}-msg` : undefined,
        };
        return (
          <div key={l} className="lang-row">
            <label htmlFor={props.id}>{ts(l === 'zh' ? 'langZh' : 'langEn', lang)}</label>
            {multiline ? (
              <textarea {...props} rows={3} onChange={(e) => write(l, e.target.value)} />
            ) : (
              <input {...props} onChange={(e) => write(l, e.target.value)} />
            )}
          </div>
        );
      })}
      <FieldMessage id={`${id}-msg`} problems={problems} />
    </fieldset>
  );
}
