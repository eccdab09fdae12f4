import { ts } from '../../../i18n/studioStrings';
import { useStudio } from '../StudioContext';
import { ChoiceField } from './ChoiceField';
import { ColorField } from './ColorField';
import { FileField } from './FileField';
import { LocalizedField } from './LocalizedField';
import { MediaList } from './MediaList';
import { TextField } from './TextField';

/** The booth's manifest as a form: every field at its JSON path, its problems beside it. */
export function BoothForm() {
  const { lang } = useStudio();
  return (
    <div className="booth-form">
      <section className="card" aria-labelledby="sec-exhibitor">
        <h2 id="sec-exhibitor">{ts('sectionExhibitor', lang)}</h2>
        <TextField path={['id']} label={ts('fieldId', lang)} />
        <LocalizedField path={['exhibitor', 'name']} label={ts('fieldName', lang)} />
        <LocalizedField path={['exhibitor', 'tagline']} label={ts('fieldTagline', lang)} />
        <LocalizedField path={['exhibitor', 'description']} label={ts('fieldDescription', lang)} multiline />
        <FileField path={['exhibitor', 'logo']} label={ts('fieldLogo', lang)} kind="image" folder="." />
        <div className="field-grid">
          <TextField path={['exhibitor', 'website']} label={ts('fieldWebsite', lang)} type="url" placeholder="https://" />
          <TextField path={['exhibitor', 'contact', 'email']} label={ts('fieldEmail', lang)} type="email" />
          <TextField path={['exhibitor', 'contact', 'phone']} label={ts('fieldPhone', lang)} type="tel" />
        </div>
      </section>
      <section className="card" aria-labelledby="sec-booth">
        <h2 id="sec-booth">{ts('sectionBooth', lang)}</h2>
        <div className="field-grid">
          <ChoiceField
            path={['booth', 'size']}
            label={ts('fieldSize', lang)}
            options={[
              ['S', ts('sizeS', lang)],
              ['M', ts('sizeM', lang)],
              ['L', ts('sizeL', lang)],
            ]}
          />
          <ChoiceField
            path={['booth', 'template']}
            label={ts('fieldTemplate', lang)}
            options={[
              ['classic', ts('templateClassic', lang)],
              ['open', ts('templateOpen', lang)],
              ['tower', ts('templateTower', lang)],
            ]}
          />
          <ColorField path={['booth', 'colors', 'primary']} label={ts('fieldPrimary', lang)} />
          <ColorField path={['booth', 'colors', 'accent']} label={ts('fieldAccent', lang)} />
        </div>
      </section>
      <MediaList />
    </div>
  );
}
