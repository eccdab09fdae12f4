import { formatProblem } from '../manifest';
import { t } from '../i18n/strings';
import { useLang } from '../context/useLang';
import { useHall } from '../context/useHall';

export function HallError() {
  const lang = useLang();
  const error = useHall((s) => s.error);
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
