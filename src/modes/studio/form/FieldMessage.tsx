import { fixHint } from '../../../i18n/fixHints';
import type { ManifestProblem } from '../../../manifest';
import { useStudio } from '../StudioContext';

/** A field's problems, next to it (the field points here with aria-describedby). */
export function FieldMessage({ id, problems }: { id: string; problems: ManifestProblem[] }) {
  const { lang } = useStudio();
  if (problems.length === 0) return null;
  return (
    <div className="field-msg" id={id}>
      {problems.map((p, i) => (
        <p key={i} className={p.severity}>
          {p.message}
          {fixHint(p.message, lang) && <span className="fix"> {fixHint(p.message, lang)}</span>}
        </p>
      ))}
    </div>
  );
}
