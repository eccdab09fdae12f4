/**
 * npm run soak [-- --quick] [--visits=N] [--booths=N] [--cycles=N] [--attracts=N] [--idle=S] [--budget=S] [--no-build | --dist=DIR]
 * A kiosk's days in minutes (see soak/README.md): prints the table, exits 1 when a limit fails.
 */
import { serveDist } from './serve';
import { FULL, QUICK, runSoak } from './soak';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const preset = quick ? QUICK : FULL;
function num(name: string, fallback: number): number {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, got ${raw}`);
  return n;
}

const visits = num('visits', preset.visits);
const server = await serveDist(args.includes('--no-build'), args.find((a) => a.startsWith('--dist='))?.slice('--dist='.length));
try {
  const report = await runSoak({
    baseUrl: server.baseUrl,
    visits,
    booths: num('booths', Number.isFinite(preset.booths) ? preset.booths : 1e6),
    cycles: num('cycles', preset.cycles),
    attracts: num('attracts', preset.attracts),
    idleSeconds: num('idle', 15),
    // About 3 s a visit on this 2-core machine; twice that before the run calls it a day.
    visitBudgetMs: num('budget', Math.max(120, visits * 6)) * 1000,
    log: (line) => console.log(`soak: ${line}`),
  });
  console.log(
    `\nsoak: ${report.visitsDone} visits (${report.warmupVisits} warm-up), ${report.attractRuns} attract runs, ` +
      `${report.restoreMs.length} context cycles, ${report.seconds} s\n`,
  );
  console.log(report.table);
  for (const n of report.notes) console.log(`note: ${n}`);
  if (report.failed.length) {
    console.error(`\nsoak: FAILED: ${report.failed.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
