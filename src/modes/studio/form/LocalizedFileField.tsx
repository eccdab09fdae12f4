import { ts } from '../../../i18n/studioStrings';
import type { AssetKind } from '../../../manifest/assetRef';
import { getAtPath, type JsonPath } from '../../../manifest/jsonPath';
import { useDraft, useStudio } from '../StudioContext';
import { FileField } from './FileField';

/** A file that may be one for both languages or one per language (audio guides, videos): the form follows what the manifest says. */
export function LocalizedFileField({
  path,
  label,
  kind,
  folder,
}: {
  path: JsonPath;
  label: string;
  kind: AssetKind;
  folder: string;
}) {
  const { lang } = useStudio();
  const perLang = useDraft((s) => {
    const v = getAtPath(s.manifest, path);
    return typeof v === 'object' && v !== null;
  });
  if (!perLang) return <FileField path={path} label={label} kind={kind} folder={folder} />;
  return (
    <>
      <FileField path={[...path, 'zh']} label={`${label} · ${ts('langZh', lang)}`} kind={kind} folder={folder} />
      <FileField path={[...path, 'en']} label={`${label} · ${ts('langEn', lang)}`} kind={kind} folder={folder} />
    </>
  );
}
