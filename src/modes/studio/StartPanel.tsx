import { useRef, useState, type DragEvent } from 'react';
import { ts, type StudioStringKey } from '../../i18n/studioStrings';
import { importBoothFiles, unzipFiles, type PickedFile } from '../../state/boothImport';
import { starterBooths, type StarterBooth } from '../../state/studioTemplates';
import { useStudio } from './StudioContext';
import { droppedFiles } from './droppedFiles';

const TEMPLATE_LABEL: Record<StarterBooth['id'], StudioStringKey> = {
  videoH5: 'templateVideoH5',
  cases: 'templateCases',
  minimal: 'templateMinimal',
};

/** How a draft starts: a template, or an existing booth imported from a folder or a zip. */
export function StartPanel({ boothId }: { boothId: string | null }) {
  const { draft, lang } = useStudio();
  const folder = useRef<HTMLInputElement>(null);
  const zip = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [over, setOver] = useState(false);

  const startFrom = (s: StarterBooth) => {
    const files = new Map(Object.entries(s.files).map(([p, f]) => [p, new Blob([f.text], { type: f.type })]));
    draft.getState().load(boothId ? { ...s.manifest, id: boothId } : s.manifest, files);
    setMessage(null);
  };
  const importPicked = async (picked: PickedFile[]) => {
    const zips = picked.filter((f) => /\.zip$/i.test(f.path));
    let all = picked;
    if (zips.length === 1 && picked.length === 1) {
      const inside = unzipFiles(new Uint8Array(await zips[0]!.data.arrayBuffer()));
      if (!inside) return setMessage({ text: ts('importBadZip', lang), error: true });
      all = inside;
    }
    const r = await importBoothFiles(all);
    if (!r.ok) return setMessage({ text: ts('importNoManifest', lang), error: true });
    draft.getState().load(r.manifest, r.files);
    setMessage({ text: ts('imported', lang, { file: r.manifestPath, n: r.files.size }), error: false });
  };
  const fromInput = (list: FileList | null) =>
    void importPicked([...(list ?? [])].map((f) => ({ path: f.webkitRelativePath || f.name, data: f })));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void droppedFiles(e.dataTransfer).then(importPicked);
  };

  return (
    <section className="card start" aria-labelledby="sec-start">
      <h2 id="sec-start">{ts('startTitle', lang)}</h2>
      <p className="muted">{ts('startHelp', lang)}</p>
      <div className="template-row">
        {starterBooths().map((s) => (
          <button key={s.id} type="button" className="template-btn" onClick={() => startFrom(s)}>
            <span
              className="swatch"
              style={{ background: String((s.manifest.booth as { colors: { primary: string } }).colors.primary) }}
            />
            {ts(TEMPLATE_LABEL[s.id], lang)}
          </button>
        ))}
      </div>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <button type="button" className="btn" onClick={() => folder.current?.click()}>
          {ts('importFolder', lang)}
        </button>
        <button type="button" className="btn" onClick={() => zip.current?.click()}>
          {ts('importZip', lang)}
        </button>
        <span className="muted">{ts('dropHere', lang)}</span>
        <input
          ref={folder}
          type="file"
          hidden
          data-testid="import-folder"
          {...{ webkitdirectory: '' }}
          multiple
          onChange={(e) => fromInput(e.target.files)}
        />
        <input
          ref={zip}
          type="file"
          hidden
          data-testid="import-zip"
          accept=".zip,application/zip"
          onChange={(e) => fromInput(e.target.files)}
        />
      </div>
      {message && (
        <p className={message.error ? 'notice error' : 'notice ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
