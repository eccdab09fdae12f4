import { lazy, Suspense } from 'react';
import { useHall } from '../../context/useHall';
import { usePavilion } from '../../context/usePavilion';
import { useProgramme } from '../../context/useProgramme';
import { useTour } from '../../context/useTour';

// Each dialog is its own chunk, fetched the first time a visitor opens it.
const ProgrammeDialog = lazy(() => import('./ProgrammeDialog').then((m) => ({ default: m.ProgrammeDialog })));
const ClassesDialog = lazy(() => import('./ClassesDialog').then((m) => ({ default: m.ClassesDialog })));
const PassportDialog = lazy(() => import('../passport/PassportDialog').then((m) => ({ default: m.PassportDialog })));
const PassportImport = lazy(() => import('../passport/PassportImport').then((m) => ({ default: m.PassportImport })));
const StageDialog = lazy(() => import('../stage/StageDialog').then((m) => ({ default: m.StageDialog })));
const ContestDialog = lazy(() => import('../contest/ContestDialog').then((m) => ({ default: m.ContestDialog })));

/** Mounts the programme's dialog the route names (`#/programme`, `#/classes`…), one at a time. */
export function ProgrammeSheets({ webgl }: { webgl: boolean }) {
  const sheet = useTour((s) => s.sheet);
  const { tour } = usePavilion();
  const hallTitle = useHall((s) => s.loaded?.hall.title ?? null);
  const contest = useProgramme((s) =>
    sheet?.kind === 'contest' ? (s.programme?.contests.find((c) => c.id === sheet.id) ?? null) : null,
  );
  if (!sheet) return null;
  const close = () => tour.getState().openSheet(null);
  return (
    <Suspense fallback={null}>
      {sheet.kind === 'programme' && <ProgrammeDialog webgl={webgl} />}
      {sheet.kind === 'classes' && <ClassesDialog playlistId={sheet.id} />}
      {sheet.kind === 'stage' && <StageDialog key={sheet.id ?? ''} sessionId={sheet.id} />}
      {sheet.kind === 'passport' &&
        (sheet.code ? <PassportImport code={sheet.code} onDone={close} /> : <PassportDialog onClose={close} />)}
      {/* A contest the programme does not have (yet: it loads after the hall) shows nothing. */}
      {contest && hallTitle && <ContestDialog key={contest.id} contest={contest} hallTitle={hallTitle} onClose={close} />}
    </Suspense>
  );
}
