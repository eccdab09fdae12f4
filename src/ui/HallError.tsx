import { formatProblem } from '../manifest';
import { useHallStore } from '../state/hallStore';
import { useLangStore } from '../state/langStore';
import { t } from '../i18n/strings';

export function HallError() {
  const lang = useLangStore((s) => s.lang);
  const error = useHallStore((s) => s.error);
  const lines = typeof error === 'string' ? [error] : (error ?? []).map(formatProblem);
  return (
    <div className="hall-error" role="alert">
      <h1>{t('hallError', lang)}</h1>
      <ul>
        {lines.map((l) => (
          <li key={l}>
            <code>{l}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
