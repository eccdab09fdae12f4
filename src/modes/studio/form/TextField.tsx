import { getAtPath, type JsonPath } from '../../../manifest/jsonPath';
import { formatJsonPath } from '../../../manifest/problems';
import { fieldId, useDraft, useProblemsAt, useStudio } from '../StudioContext';
import { FieldMessage } from './FieldMessage';

interface Props {
  path: JsonPath;
  label: string;
  type?: 'text' | 'url' | 'email' | 'tel' | 'date';
  placeholder?: string;
}

/** One text value at a JSON path; emptied, the key is removed (the checks then say if it was required). */
export function TextField({ path, label, type = 'text', placeholder }: Props) {
  const { draft } = useStudio();
  const key = formatJsonPath(path);
  const value = useDraft((s) => getAtPath(s.manifest, path));
  const problems = useProblemsAt(key);
  const id = fieldId(key);
  return (
    <div className="field" data-path={key}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={typeof value === 'string' ? value : ''}
        placeholder={placeholder}
        onChange={(e) => draft.getState().setField(path, e.target.value === '' ? undefined : e.target.value)}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length > 0 ? `${id}-msg` : undefined}
      />
      <FieldMessage id={`${id}-msg`} problems={problems} />
    </div>
  );
}
