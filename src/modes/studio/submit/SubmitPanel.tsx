import { useState } from 'react';
import { ApiFailure } from '../../../api/client';
import { ts } from '../../../i18n/studioStrings';
import type { ManifestProblem } from '../../../manifest';
import { zipBooth } from '../../../state/boothZip';
import { ProblemList } from '../ProblemList';
import { useStudio } from '../StudioContext';
import type { SessionState } from '../useSession';
import { submitBooth } from './submitBooth';

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; sent: number; total: number }
  | { kind: 'done'; warnings: ManifestProblem[] }
  | { kind: 'refused'; why: string; problems: ManifestProblem[] }
  | { kind: 'failed'; why: string };

/** Export as a zip; submit with a progress bar; the service's answer, its problems located. */
export function SubmitPanel({
  session,
  errors,
  onSubmitted,
  showForm,
}: {
  session: SessionState;
  errors: number;
  onSubmitted: () => void;
  showForm: () => void;
}) {
  const { draft, lang } = useStudio();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const signedIn = session.status === 'signedIn';
  const sending = phase.kind === 'sending';

  const exportZip = async () => {
    const { manifest, files } = draft.getState();
    const bytes = await zipBooth(manifest, files);
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${String((manifest as { id?: unknown }).id ?? 'booth')}.zip`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const submit = async () => {
    if (session.status !== 'signedIn') return;
    const { manifest, files } = draft.getState();
    setPhase({ kind: 'sending', sent: 0, total: 1 });
    try {
      const res = await submitBooth({
        token: session.token,
        booth: session.me.booth,
        manifestText: JSON.stringify(manifest, null, 2),
        files,
        onProgress: (sent, total) => setPhase({ kind: 'sending', sent, total }),
      });
      setPhase({ kind: 'done', warnings: res.warnings ?? [] });
      onSubmitted();
    } catch (e) {
      if (e instanceof ApiFailure && e.status >= 400 && e.status < 500) {
        const problems = (e.body.problems ?? []).map((p) => ({ ...p, severity: 'error' as const }));
        setPhase({ kind: 'refused', why: e.body.error, problems });
      } else setPhase({ kind: 'failed', why: e instanceof Error ? e.message : String(e) });
    }
  };
  const pct = phase.kind === 'sending' ? Math.round((100 * phase.sent) / Math.max(1, phase.total)) : 0;
  return (
    <section className="card submit" aria-labelledby="sec-submit">
      <h2 id="sec-submit">{ts('submitTitle', lang)}</h2>
      <p className="muted">{ts('submitHelp', lang)}</p>
      <div className="submit-row">
        <button type="button" className="btn primary" disabled={!signedIn || errors > 0 || sending} onClick={() => void submit()}>
          {ts('submit', lang)}
        </button>
        <button type="button" className="btn" onClick={() => void exportZip()}>
          {ts('exportZip', lang)}
        </button>
      </div>
      {!signedIn && <p className="muted small">{ts('submitSignIn', lang)}</p>}
      {signedIn && errors > 0 && <p className="muted small">{ts('submitFix', lang)}</p>}
      {phase.kind === 'sending' && (
        <div className="upload">
          <progress max={100} value={pct} aria-label={ts('uploadProgress', lang)} />
          <span>{pct}%</span>
        </div>
      )}
      <div role="status">
        {phase.kind === 'done' && <p className="notice ok">{ts('submitted', lang)}</p>}
        {phase.kind === 'failed' && <p className="notice error">{ts('submitFailed', lang, { why: phase.why })}</p>}
        {phase.kind === 'refused' && <p className="notice error">{ts('submitRefused', lang, { why: phase.why })}</p>}
      </div>
      {phase.kind === 'done' && phase.warnings.length > 0 && <ProblemList problems={phase.warnings} showForm={showForm} />}
      {phase.kind === 'refused' && phase.problems.length > 0 && <ProblemList problems={phase.problems} showForm={showForm} />}
    </section>
  );
}
