import { formatSize, type ByteSource } from './byteSource';
import type { ValidatorReport } from 'gltf-validator';
import type { FileProblem } from './mp4';

/**
 * What a model may cost a visitor: over `warn` it reaches the booth with a warning, over `max` it
 * is refused. A phone holds a few models near it at once (the hall's budget), each within these.
 */
export const MODEL_BUDGET = {
  bytes: { warn: 5_000_000, max: 25_000_000 },
  triangles: { warn: 50_000, max: 200_000 },
  textureSide: { warn: 2048, max: 4096 },
} as const;

/** Validator messages listed one by one; the rest are counted. */
const LISTED = 5;

export interface ModelFacts {
  triangles?: number;
  problems: FileProblem[];
}

/**
 * Checks a GLB with the Khronos glTF validator (its errors refuse the model; where in the file
 * each is) and against MODEL_BUDGET. The validator (300 KB) is loaded only when a model is checked.
 */
export async function glbChecks(src: ByteSource): Promise<ModelFacts> {
  const problems: FileProblem[] = [];
  const { bytes } = MODEL_BUDGET;
  if (src.size > bytes.max)
    return {
      problems: [
        {
          message: `the model is ${formatSize(src.size)}, more than the ${formatSize(bytes.max)} a visitor's phone can take; compress it (e.g. gltf-transform optimize --compress meshopt) or simplify it`,
          severity: 'error',
        },
      ],
    };
  if (src.size > bytes.warn)
    problems.push({
      message: `the model is ${formatSize(src.size)}: visitors on mobile data wait for it; compress it (e.g. gltf-transform optimize --compress meshopt) to under ${formatSize(bytes.warn)}`,
      severity: 'warning',
    });
  const validator = await import('gltf-validator');
  let report: ValidatorReport;
  try {
    report = await validator.validateBytes(await src.read(0, src.size), { maxIssues: 50, format: 'glb', writeTimestamp: false });
  } catch (err) {
    return { problems: [...problems, { message: `the model cannot be read as glTF: ${String(err)}`, severity: 'error' }] };
  }
  const errors = report.issues.messages.filter((m) => m.severity === 0);
  for (const m of errors.slice(0, LISTED))
    problems.push({
      message: `glTF validator: ${m.message} (${m.code}${m.pointer ? ` at ${m.pointer}` : m.offset !== undefined ? ` at byte ${m.offset}` : ''})`,
      severity: 'error',
    });
  if (report.issues.numErrors > LISTED)
    problems.push({
      message: `glTF validator: ${report.issues.numErrors - LISTED} more errors; run the Khronos glTF validator for the full list`,
      severity: 'error',
    });
  if (report.issues.numWarnings > 0 && errors.length === 0)
    problems.push({
      message: `glTF validator: ${report.issues.numWarnings} warning${report.issues.numWarnings > 1 ? 's' : ''}, e.g. ${report.issues.messages.find((m) => m.severity === 1)?.message ?? '…'}`,
      severity: 'warning',
    });
  const triangles = report.info?.totalTriangleCount;
  const { triangles: tri, textureSide } = MODEL_BUDGET;
  if (triangles !== undefined && triangles > tri.max)
    problems.push({
      message: `the model has ${triangles.toLocaleString('en')} triangles, more than ${tri.max.toLocaleString('en')}; simplify it`,
      severity: 'error',
    });
  else if (triangles !== undefined && triangles > tri.warn)
    problems.push({
      message: `the model has ${triangles.toLocaleString('en')} triangles: phones draw it slowly; simplify it to under ${tri.warn.toLocaleString('en')}`,
      severity: 'warning',
    });
  for (const r of report.info?.resources ?? []) {
    const side = r.image ? Math.max(r.image.width, r.image.height) : 0;
    if (side > textureSide.max)
      problems.push({
        message: `texture ${r.pointer} is ${r.image!.width}×${r.image!.height}, larger than ${textureSide.max} px; scale it down`,
        severity: 'error',
      });
    else if (side > textureSide.warn)
      problems.push({
        message: `texture ${r.pointer} is ${r.image!.width}×${r.image!.height}: phones need ${textureSide.warn} px or less; scale it down`,
        severity: 'warning',
      });
  }
  return { ...(triangles !== undefined ? { triangles } : {}), problems };
}
