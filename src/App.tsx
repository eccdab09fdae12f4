import { useEffect } from 'react';
import { hallUrlFrom } from './hall/hallUrl';
import { PavilionCanvas } from './scene/PavilionCanvas';
import { useHallStore } from './state/hallStore';
import { BoothList } from './ui/BoothList';
import { HallError } from './ui/HallError';
import { LoadingScreen } from './ui/LoadingScreen';
import { useRouteSync } from './ui/useRouteSync';

export function App() {
  const status = useHallStore((s) => s.status);
  const loaded = useHallStore((s) => s.loaded);
  const world = useHallStore((s) => s.world);
  useRouteSync();

  useEffect(() => {
    const picked = hallUrlFrom(location.search, location.href);
    if (picked.ok) void useHallStore.getState().load(picked.url, location.origin);
    else useHallStore.getState().fail(picked.message);
  }, []);

  useEffect(() => {
    // Lets tests, kiosks' watchdogs and the bench tell when the hall is up.
    document.body.dataset.hallStatus = status;
  }, [status]);

  if (status === 'error') return <HallError />;
  if (status !== 'ready' || !loaded || !world) return <LoadingScreen />;
  return (
    <>
      <div className="stage">
        <PavilionCanvas loaded={loaded} world={world} />
      </div>
      <BoothList loaded={loaded} />
    </>
  );
}
