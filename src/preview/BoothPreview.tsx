import { useMemo } from 'react';
import { useLang } from '../context/useLang';
import type { Lang } from '../manifest';
import { checkPreviewBooth } from './checkPreviewBooth';
import { PreviewProblems } from './PreviewProblems';
import { PreviewStage } from './PreviewStage';
import './preview.css';

export interface BoothPreviewProps {
  /** The booth manifest as parsed JSON (not yet checked). */
  manifest: unknown;
  /** Absolute URL the manifest stands at: its relative paths resolve against it. */
  manifestUrl: string;
  /** Maps every resolved asset URL before it is shown (the studio: to object URLs of local files). */
  mapUrl?: (absoluteUrl: string) => string;
  /** The language of the preview's own messages; the page's language by default. */
  lang?: Lang;
}

/**
 * One booth exactly as visitors will see it: checked with the pavilion's own schema module, then
 * drawn by the pavilion's own scene and booth panel in a one-booth hall of its own (a pavilion
 * instance per preview: walking here never moves another canvas's visitor). A booth with errors
 * is not drawn: the preview lists what to fix instead.
 */
export function BoothPreview({ manifest, manifestUrl, mapUrl, lang }: BoothPreviewProps) {
  const pageLang = useLang();
  const shown = lang ?? pageLang;
  // Keyed by content: a page that hands over an equal manifest as a new object rebuilds nothing.
  const text = useMemo(() => JSON.stringify(manifest) ?? 'null', [manifest]);
  const checked = useMemo(() => checkPreviewBooth(JSON.parse(text), manifestUrl, mapUrl), [text, manifestUrl, mapUrl]);
  return (
    <section className="booth-preview" aria-label={shown === 'zh' ? '展位预览' : 'Booth preview'}>
      {checked.booth ? (
        <PreviewStage booth={checked.booth} lang={shown} />
      ) : (
        <PreviewProblems problems={checked.errors} lang={shown} />
      )}
    </section>
  );
}
