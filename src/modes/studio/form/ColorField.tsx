import { getAtPath, type JsonPath } from '../../../manifest/jsonPath';
import { formatJsonPath } from '../../../manifest/problems';
import { fieldId, useDraft, useProblemsAt, useStudio } from '../StudioContext';
import { FieldMessage } from './FieldMessage';

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A colour: the browser's picker, and its value as text beside it. */
export function ColorField({ path, label }: { path: JsonPath; label: string }) {
  const { draft } = useStudio();
  const key = formatJsonPath(path);
  const value = useDraft((s) => getAtPath(s.manifest, path));
  const problems = useProblemsAt(key);
  const id = fieldId(key);
  const hex = typeof value === 'string' && HEX.test(value) ? value.toLowerCase() : '#000000';
  return (
    <div className="field color" data-path={key}>
      <label htmlFor={id}>{label}</label>
      <div className="color-row">
        <input
          id={id}
          type="color"
          value={hex}
          onChange={(e) => draft.getState().setField(path, e.target.value)}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={problems.length > 0 ? `${id}-msg` : undefined}
        />
        <code>{typeof value === 'string' ? value : '—'}</code>
      </div>
      <FieldMessage id={`${id}-msg`} problems={problems} />
    </div>
  );
}
