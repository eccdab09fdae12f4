import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useLang } from '../../context/useLang';
import { ts } from '../../i18n/studioStrings';
import type { ManifestProblem } from '../../manifest';
import { BoothPreview } from '../../preview/BoothPreview';
import { createStudioDraft } from '../../state/studioDraft';
import { fileReportProblems, STUDIO_FILE, STUDIO_MANIFEST_URL, studioProblems } from '../../state/studioChecks';
import { boothAdvice } from '../../manifest/advice';
import { starterBooths } from '../../state/studioTemplates';
import { EditorTabs } from './EditorTabs';
import { ProblemList } from './ProblemList';
import { SignIn } from './SignIn';
import { StartPanel } from './StartPanel';
import { StudioContext } from './StudioContext';
import { StudioHeader } from './StudioHeader';
import { SubmissionList } from './submit/SubmissionList';
import { SubmitPanel } from './submit/SubmitPanel';
import { useFileChecks } from './useFileChecks';
import { useKeptDraft } from './useKeptDraft';
import { useObjectUrls } from './useObjectUrls';
import { ViewingBar } from './submit/ViewingBar';
import type { SubmissionDetail } from '../../api/types';
import { useSession } from './useSession';
import './studio.css';

function firstDraft() {
  const s = starterBooths()[0]!;
  return createStudioDraft(
    s.manifest,
    new Map(Object.entries(s.files).map(([p, f]) => [p, new Blob([f.text], { type: f.type })])),
  );
}

/** The booth studio (`/studio/`): sign in, start or import a booth, edit it, see it as visitors will, submit it. */
export function StudioMode() {
  const lang = useLang();
  const [draft] = useState(firstDraft);
  // The page waits for the draft kept in this browser (a moment): no starter booth flashes first.
  const restored = useKeptDraft(draft);
  const manifest = useStore(draft, (s) => s.manifest);
  const files = useStore(draft, (s) => s.files);
  const session = useSession();
  const [view, setView] = useState<'form' | 'json'>('form');
  const [stamp, setStamp] = useState(0);
  const [viewing, setViewing] = useState<SubmissionDetail | null>(null);
  const mapUrl = useObjectUrls(files);
  const reports = useFileChecks(files);

  const signedBooth = session.state.status === 'signedIn' ? session.state.me.booth : null;
  const problems = useMemo(() => {
    // The pavilion's checks, the files', then advice (warnings: what hurts visitors), as the service runs them.
    const found = [
      ...studioProblems(manifest, files),
      ...fileReportProblems(manifest, reports),
      ...boothAdvice(manifest, { file: STUDIO_FILE, allowedOrigins: [], appOrigin: location.origin, files: reports }),
    ];
    const id = (manifest as { id?: unknown } | null)?.id;
    if (signedBooth && id !== signedBooth) {
      const message = ts('idMismatch', 'en', { booth: signedBooth });
      found.push({ file: STUDIO_FILE, path: 'id', message, severity: 'error' } satisfies ManifestProblem);
    }
    return found;
  }, [manifest, files, reports, signedBooth]);
  const studio = useMemo(() => {
    const byPath = new Map<string, ManifestProblem[]>();
    for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
    return { draft, byPath, lang };
  }, [draft, problems, lang]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const showForm = () => setView('form');

  return (
    <StudioContext.Provider value={studio}>
      <div className="studio">
        <StudioHeader session={session} />
        {restored && (
          <main className="studio-main">
            <div className="studio-edit">
              {session.state.status !== 'signedIn' && <SignIn session={session} />}
              <StartPanel boothId={signedBooth} />
              <ProblemList problems={problems} showForm={showForm} />
              <EditorTabs view={view} setView={setView} />
              <SubmitPanel
                session={session.state}
                errors={errors}
                onSubmitted={() => setStamp((n) => n + 1)}
                showForm={showForm}
              />
              {session.state.status === 'signedIn' && (
                <SubmissionList api={session.state.api} booth={session.state.me.booth} stamp={stamp} onPreview={setViewing} />
              )}
            </div>
            <aside className="studio-preview" aria-labelledby="sec-preview">
              <h2 id="sec-preview">{ts('previewTitle', lang)}</h2>
              {viewing ? (
                <>
                  <ViewingBar detail={viewing} onBack={() => setViewing(null)} />
                  <BoothPreview manifest={viewing.manifest} manifestUrl={viewing.previewUrl} lang={lang} />
                </>
              ) : mapUrl ? (
                <BoothPreview manifest={manifest} manifestUrl={STUDIO_MANIFEST_URL} mapUrl={mapUrl} lang={lang} />
              ) : null}
            </aside>
          </main>
        )}
      </div>
    </StudioContext.Provider>
  );
}
