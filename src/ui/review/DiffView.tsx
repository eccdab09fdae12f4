import type { BoothDiff } from '../../manifest/diff';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { FieldChangeList } from './FieldChangeList';
import { MediaChangeList } from './MediaChangeList';

/** The submission against the live version, or the whole booth when it is new. */
export function DiffView({ diff, liveVersion }: { diff: BoothDiff; liveVersion: number | null }) {
  const lang = useLang();
  // A new booth's schema version says nothing to a reviewer.
  const fields = diff.isNew ? diff.fields.filter((f) => f.path !== 'schemaVersion') : diff.fields;
  const nothing = !diff.isNew && diff.fields.length === 0 && diff.media.length === 0;
  return (
    <div className="diff">
      {diff.isNew ? (
        <p className="review-note new">{t('reviewNewBoothNote', lang)}</p>
      ) : (
        <p className="muted">
          {t('reviewAgainst', lang)} v{liveVersion}
        </p>
      )}
      {nothing && <p className="checks-clean">{t('reviewNoChanges', lang)}</p>}
      {fields.length > 0 && (
        <section aria-label={t('reviewFields', lang)}>
          <h4>{t('reviewFields', lang)}</h4>
          <FieldChangeList changes={fields} showKind={!diff.isNew} />
        </section>
      )}
      {(diff.media.length > 0 || diff.mediaUnchanged > 0) && (
        <section aria-label={t('reviewMedia', lang)}>
          <h4>{t('reviewMedia', lang)}</h4>
          {diff.media.length > 0 && <MediaChangeList media={diff.media} newBooth={diff.isNew} />}
          {diff.mediaUnchanged > 0 && (
            <p className="muted">
              {diff.mediaUnchanged} {t('reviewUnchangedItems', lang)}
            </p>
          )}
        </section>
      )}
      {!diff.isNew && (diff.files.added.length > 0 || diff.files.removed.length > 0) && (
        <section aria-label={t('reviewFiles', lang)} className="file-changes">
          {diff.files.added.length > 0 && (
            <div>
              <h4>{t('reviewFilesAdded', lang)}</h4>
              <ul>
                {diff.files.added.map((f) => (
                  <li key={f} className="change-added">
                    <code>{f}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {diff.files.removed.length > 0 && (
            <div>
              <h4>{t('reviewFilesRemoved', lang)}</h4>
              <ul>
                {diff.files.removed.map((f) => (
                  <li key={f} className="change-removed">
                    <code>{f}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
