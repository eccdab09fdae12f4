import { useEffect, useState } from 'react';
import { BoothPreview } from '../../preview/BoothPreview';

const SAMPLE = '/scenes/sample/booths/anhe-insurance-dpo.json';

/** The booth studio (`/studio/`): being built (issue 13). */
export function StudioMode() {
  const [manifest, setManifest] = useState<unknown>(null);
  useEffect(() => {
    void fetch(SAMPLE)
      .then((r) => r.json())
      .then(setManifest);
  }, []);
  return (
    <main style={{ padding: 16, height: '100%', overflow: 'auto' }}>
      {manifest !== null && <BoothPreview manifest={manifest} manifestUrl={new URL(SAMPLE, location.href).href} />}
    </main>
  );
}
