import { lazy, Suspense } from 'react';
import { useTour } from '../../context/useTour';

// Each dialog is its own chunk, fetched the first time a visitor opens it.
const ProgrammeDialog = lazy(() => import('./ProgrammeDialog').then((m) => ({ default: m.ProgrammeDialog })));
const ClassesDialog = lazy(() => import('./ClassesDialog').then((m) => ({ default: m.ClassesDialog })));

/** Mounts the programme's dialog the route names (`#/programme`, `#/classes`…), one at a time. */
export function ProgrammeSheets({ webgl }: { webgl: boolean }) {
  const sheet = useTour((s) => s.sheet);
  if (!sheet) return null;
  return (
    <Suspense fallback={null}>
      {sheet.kind === 'programme' && <ProgrammeDialog webgl={webgl} />}
      {sheet.kind === 'classes' && <ClassesDialog playlistId={sheet.id} />}
    </Suspense>
  );
}
