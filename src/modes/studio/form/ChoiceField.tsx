import { getAtPath, type JsonPath } from '../../../manifest/jsonPath';
import { formatJsonPath } from '../../../manifest/problems';
import { fieldId, useDraft, useProblemsAt, useStudio } from '../StudioContext';
import { FieldMessage } from './FieldMessage';

interface Props {
  path: JsonPath;
  label: string;
  options: [string, string][];
  /** For an optional key: the choice that leaves it out, by this name. */
  none?: string;
}

/** One of a few values at a JSON path (or, with `none`, no value: the key left out). */
export function ChoiceField({ path, label, options, none }: Props) {
  const { draft } = useStudio();
  const key = formatJsonPath(path);
  const value = useDraft((s) => getAtPath(s.manifest, path));
  const problems = useProblemsAt(key);
  const id = fieldId(key);
  return (
    <div className="field" data-path={key}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => draft.getState().setField(path, e.target.value === '' && none ? undefined : e.target.value)}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length > 0 ? `${id}-msg` : undefined}
      >
        {none !== undefined ? (
          <option value="">{none}</option>
        ) : typeof value !== 'string' || !options.some(([v]) => v === value) ? (
          <option value="">—</option>
        ) : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <FieldMessage id={`${id}-msg`} problems={problems} />
    </div>
  );
}
