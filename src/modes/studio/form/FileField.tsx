import { useRef } from 'react';
import { ts } from '../../../i18n/studioStrings';
import { ASSET_KINDS, type AssetKind } from '../../../manifest/assetRef';
import { getAtPath, type JsonPath } from '../../../manifest/jsonPath';
import { formatJsonPath } from '../../../manifest/problems';
import { normalizePath } from '../../../state/boothImport';
import { localPathOf } from '../../../state/studioChecks';
import { fieldId, useDraft, useProblemsAt, useStudio } from '../StudioContext';
import { FieldMessage } from './FieldMessage';
import { formatBytes } from './formatBytes';

interface Props {
  path: JsonPath;
  label: string;
  kind: AssetKind;
  /** Where a picked file goes when the field names none yet (`media`). */
  folder: string;
}

/** A file the manifest names: its path (editable), and a picker that adds the file at that path. */
export function FileField({ path, label, kind, folder }: Props) {
  const { draft, lang } = useStudio();
  const picker = useRef<HTMLInputElement>(null);
  const key = formatJsonPath(path);
  const value = useDraft((s) => getAtPath(s.manifest, path));
  const ref = typeof value === 'string' ? value : '';
  const local = ref ? localPathOf(ref) : null;
  const file = useDraft((s) => (local === null ? undefined : s.files.get(local)));
  const problems = useProblemsAt(key);
  const id = fieldId(key);
  const exts = ASSET_KINDS[kind];
  const isPage = kind === 'page';

  const pick = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const dir = local?.includes('/') ? local.slice(0, local.lastIndexOf('/')) : folder;
    const { setFile, setField } = draft.getState();
    if (isPage) {
      // A page is a folder: every file goes under it, and the page is its index.html.
      const root = `${folder}/${(files[0]!.webkitRelativePath || files[0]!.name).split('/')[0]}`;
      for (const f of files) setFile(normalizePath(`${folder}/${f.webkitRelativePath || f.name}`), f);
      const index = files.find((f) => /(^|\/)index\.html?$/i.test(f.webkitRelativePath || f.name)) ?? files[0]!;
      setField(path, normalizePath(`${folder}/${index.webkitRelativePath || index.name}`) || `${root}/index.html`);
      return;
    }
    const f = files[0]!;
    const target = normalizePath(`${dir}/${f.name.replace(/\s+/g, '-')}`);
    setFile(target, f);
    setField(path, target);
  };

  const status =
    ref === ''
      ? ''
      : local === null
        ? ts('fileRemote', lang)
        : file
          ? ts('fileAdded', lang, { size: formatBytes(file.size) })
          : ts('fileMissing', lang);
  return (
    <div className="field file" data-path={key}>
      <label htmlFor={id}>{label}</label>
      <div className="file-row">
        <input
          id={id}
          value={ref}
          spellCheck={false}
          onChange={(e) => draft.getState().setField(path, e.target.value === '' ? undefined : e.target.value)}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={`${id}-status${problems.length > 0 ? ` ${id}-msg` : ''}`}
        />
        <button type="button" className="btn" onClick={() => picker.current?.click()}>
          {ts('pickFile', lang)}
        </button>
        <input
          ref={picker}
          type="file"
          hidden
          tabIndex={-1}
          aria-hidden="true"
          accept={exts ? exts.map((e) => `.${e}`).join(',') : undefined}
          {...(isPage ? { webkitdirectory: '', multiple: true } : {})}
          onChange={(e) => {
            pick(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      <p className={`file-status${file ? ' ok' : ''}`} id={`${id}-status`}>
        {status}
      </p>
      <FieldMessage id={`${id}-msg`} problems={problems} />
    </div>
  );
}
