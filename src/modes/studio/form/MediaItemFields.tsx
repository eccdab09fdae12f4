import { ts } from '../../../i18n/studioStrings';
import { formatJsonPath } from '../../../manifest/problems';
import { fieldId, useDraft, useProblemsAt, useStudio } from '../StudioContext';
import { ChoiceField } from './ChoiceField';
import { FieldMessage } from './FieldMessage';
import { FileField } from './FileField';
import { LocalizedField } from './LocalizedField';
import { LocalizedFileField } from './LocalizedFileField';
import { TextField } from './TextField';

/** One media item's fields, by its type (what the form does not cover is in the JSON view). */
export function MediaItemFields({ index, type }: { index: number; type: string }) {
  const { lang } = useStudio();
  const at = (...rest: string[]) => ['media', index, ...rest];
  const key = formatJsonPath(['media', index]);
  const problems = useProblemsAt(key, `${key}.type`);
  const hasBodySrc = useDraft((s) => {
    const item = (s.manifest as { media?: unknown[] } | null)?.media?.[index];
    return !!item && typeof item === 'object' && 'bodySrc' in item;
  });
  return (
    <div className="media-fields" data-path={key}>
      <FieldMessage id={`${fieldId(key)}-msg`} problems={problems} />
      {type === 'video' && (
        <>
          <LocalizedField path={at('title')} label={ts('fieldTitle', lang)} />
          <LocalizedFileField path={at('src')} label={ts('fieldSrc', lang)} kind="video" folder="media" />
          <FileField path={at('poster')} label={ts('fieldPoster', lang)} kind="image" folder="media" />
          <FileField path={at('signLanguage')} label={ts('fieldSignLanguage', lang)} kind="video" folder="media" />
        </>
      )}
      {(type === 'panorama' || type === 'model') && (
        <>
          <LocalizedField path={at('title')} label={ts('fieldTitle', lang)} />
          <FileField path={at('src')} label={ts('fieldSrc', lang)} kind={type} folder="media" />
          <FileField path={at('poster')} label={ts('fieldPoster', lang)} kind="image" folder="media" />
          <LocalizedField path={at('description')} label={ts('fieldItemDescription', lang)} multiline />
          {type === 'model' && (
            <ChoiceField
              path={at('inHall')}
              label={ts('fieldInHall', lang)}
              none={ts('inHallNone', lang)}
              options={[
                ['counter', ts('inHallCounter', lang)],
                ['plinth', ts('inHallPlinth', lang)],
              ]}
            />
          )}
          <p className="muted small">{ts(type === 'panorama' ? 'panoramaNote' : 'modelNote', lang)}</p>
        </>
      )}
      {type === 'h5' && (
        <>
          <LocalizedField path={at('title')} label={ts('fieldTitle', lang)} />
          <FileField path={at('src')} label={ts('fieldSrc', lang)} kind="page" folder="h5" />
          <p className="muted small">{ts('h5Note', lang)}</p>
          <ChoiceField
            path={at('orientation')}
            label={ts('fieldOrientation', lang)}
            options={[
              ['any', ts('orientationAny', lang)],
              ['portrait', ts('orientationPortrait', lang)],
              ['landscape', ts('orientationLandscape', lang)],
            ]}
          />
          <LocalizedField path={at('description')} label={ts('fieldDescription', lang)} multiline />
        </>
      )}
      {type === 'caseStudy' && (
        <>
          <LocalizedField path={at('title')} label={ts('fieldTitle', lang)} />
          <TextField path={at('date')} label={ts('fieldDate', lang)} type="date" />
          <LocalizedField path={at('summary')} label={ts('fieldSummary', lang)} multiline />
          {!hasBodySrc && <LocalizedField path={at('body')} label={ts('fieldBody', lang)} multiline />}
        </>
      )}
      {type === 'image' && (
        <>
          <FileField path={at('src')} label={ts('fieldSrc', lang)} kind="image" folder="images" />
          <LocalizedField path={at('alt')} label={ts('fieldAlt', lang)} />
          <LocalizedField path={at('caption')} label={ts('fieldCaption', lang)} />
        </>
      )}
      {type === 'audio' && (
        <>
          <LocalizedField path={at('title')} label={ts('fieldTitle', lang)} />
          <LocalizedFileField path={at('src')} label={ts('fieldSrc', lang)} kind="audio" folder="media" />
          <LocalizedField path={at('transcript')} label={ts('fieldTranscript', lang)} multiline />
        </>
      )}
      {type === 'link' && (
        <>
          <LocalizedField path={at('label')} label={ts('fieldLabel', lang)} />
          <TextField path={at('href')} label={ts('fieldHref', lang)} type="url" placeholder="https://" />
        </>
      )}
    </div>
  );
}
