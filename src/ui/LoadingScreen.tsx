import { t } from '../i18n/strings';
import { useLang } from '../context/useLang';
import { useHall } from '../context/useHall';

export function LoadingScreen() {
  const lang = useLang();
  const progress = useHall((s) => s.progress);
  // Manifests are the first 80% of the way; signs and posters the rest (SceneCurtain).
  const pct = progress.total ? Math.round((progress.loaded / progress.total) * 80) : 0;
  return (
    <div
      className="loading"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-label={t('loading', lang)}
    >
      <p>{t('loading', lang)}</p>
      <div className="bar">
        <div style={{ width: `${pct}%` }} />
      </div>
      <p className="detail">
        {t('loadingBooths', lang)} {progress.loaded}/{progress.total}
      </p>
    </div>
  );
}
