import { useState } from 'react';
import { ts, type StudioStringKey } from '../../../i18n/studioStrings';
import { MEDIA_TYPES, type MediaType } from '../../../manifest/schema';
import { fieldId, useDraft, useProblemsAt, useStudio } from '../StudioContext';
import { FieldMessage } from './FieldMessage';
import { MediaItemFields } from './MediaItemFields';

const MEDIA_LABEL: Record<MediaType, StudioStringKey> = {
  video: 'mediaVideo',
  h5: 'mediaH5',
  caseStudy: 'mediaCaseStudy',
  image: 'mediaImage',
  audio: 'mediaAudio',
  link: 'mediaLink',
  panorama: 'mediaPanorama',
  model: 'mediaModel',
};

const typeOf = (item: unknown): string =>
  item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string'
    ? (item as { type: string }).type
    : '';

/** The booth's media in order: each item's fields, moved up and down or removed by buttons. */
export function MediaList() {
  const { draft, lang } = useStudio();
  const media = useDraft((s) => (s.manifest as { media?: unknown } | null)?.media);
  const items = Array.isArray(media) ? (media as unknown[]) : [];
  const [adding, setAdding] = useState<MediaType>('video');
  const listProblems = useProblemsAt('media');
  // Focus follows the item moved (its same button), or after a removal goes to the next item.
  const focusLater = (id: string, fallback = 'media-add-type') =>
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      (el && !(el as HTMLButtonElement).disabled ? el : document.getElementById(fallback))?.focus();
    });
  const move = (i: number, by: -1 | 1) => {
    draft.getState().moveMedia(i, by);
    // At the end of the list that button is disabled: the other direction's, never "remove".
    focusLater(`media-${i + by}-${by < 0 ? 'up' : 'down'}`, `media-${i + by}-${by < 0 ? 'down' : 'up'}`);
  };
  const remove = (i: number) => {
    draft.getState().removeMedia(i);
    focusLater(`media-${Math.min(i, items.length - 2)}-remove`);
  };
  return (
    <section className="card" aria-labelledby="sec-media" data-path="media">
      <h2 id="sec-media">{ts('sectionMedia', lang)}</h2>
      <FieldMessage id={`${fieldId('media')}-msg`} problems={listProblems} />
      {items.length === 0 && <p className="muted">{ts('mediaEmpty', lang)}</p>}
      <ol className="media-list">
        {items.map((item, i) => {
          const type = typeOf(item);
          const kind = type in MEDIA_LABEL ? ts(MEDIA_LABEL[type as MediaType], lang) : type || '?';
          const n = i + 1;
          return (
            <li key={i} className="media-item" aria-labelledby={`media-${i}-title`}>
              <div className="media-head">
                <h3 id={`media-${i}-title`}>{ts('mediaItem', lang, { n, kind })}</h3>
                <div className="media-tools">
                  <button
                    id={`media-${i}-up`}
                    type="button"
                    className="icon-btn"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={ts('mediaUp', lang, { n })}
                  >
                    ↑
                  </button>
                  <button
                    id={`media-${i}-down`}
                    type="button"
                    className="icon-btn"
                    disabled={i === items.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={ts('mediaDown', lang, { n })}
                  >
                    ↓
                  </button>
                  <button
                    id={`media-${i}-remove`}
                    type="button"
                    className="icon-btn danger"
                    onClick={() => remove(i)}
                    aria-label={ts('mediaRemove', lang, { n })}
                  >
                    ✕
                  </button>
                </div>
              </div>
              <MediaItemFields index={i} type={type} />
            </li>
          );
        })}
      </ol>
      <div className="media-add">
        <label htmlFor="media-add-type" className="sr-only">
          {ts('mediaAddLabel', lang)}
        </label>
        <select id="media-add-type" value={adding} onChange={(e) => setAdding(e.target.value as MediaType)}>
          {MEDIA_TYPES.map((type) => (
            <option key={type} value={type}>
              {ts(MEDIA_LABEL[type], lang)}
            </option>
          ))}
        </select>
        <button type="button" className="btn primary" onClick={() => draft.getState().addMedia(adding)}>
          {ts('mediaAdd', lang)}
        </button>
      </div>
    </section>
  );
}
