/**
 * Test hook: `PAVILION_CRASH_AT=<point>` kills the process (SIGKILL, no clean-up) when a publish
 * reaches that point, so the crash tests can prove a kill at any step loses nothing accepted.
 * Points: after-tree (files laid out), after-db (version committed), mid-hall (bundle half-written).
 */
export type CrashPoint = 'after-tree' | 'after-db' | 'mid-hall';

export function crashPoint(point: CrashPoint): void {
  if (process.env.PAVILION_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}
