import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseKiosk } from '../../../src/state/kioskSettings';

/**
 * scripts/kiosk/run-kiosk.sh with a stand-in for Chromium that records how it was started, then
 * stops the loop (SIGTERM to its parent), so nothing here waits on the restart's back-off.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'run-kiosk-'));
  const fake = path.join(dir, 'chromium');
  writeFileSync(fake, `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${dir}/args"\nkill -TERM "$PPID"\n`);
  chmodSync(fake, 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(env: Record<string, string>) {
  return spawnSync('bash', ['scripts/kiosk/run-kiosk.sh'], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      CHROMIUM: path.join(dir, 'chromium'),
      KIOSK_WAIT_S: '0',
      KIOSK_PROFILE: path.join(dir, 'profile'),
      ...env,
    },
    encoding: 'utf8',
    timeout: 20_000,
  });
}
const args = () => readFileSync(path.join(dir, 'args'), 'utf8').trim().split('\n');

describe('run-kiosk.sh', () => {
  it('starts Chromium in kiosk mode on the kiosk URL, with a profile of its own', () => {
    const r = run({ PAVILION_URL: 'https://expo.example', KIOSK_ID: 'hall-a.entrance_1', KIOSK_LANG: 'en' });
    expect(r.status, r.stderr).toBe(0);
    const a = args();
    expect(a.at(-1)).toBe('https://expo.example/kiosk/?kiosk=hall-a.entrance_1&idle=60&reload=4&lang=en');
    expect(a).toEqual(
      expect.arrayContaining([
        '--kiosk',
        '--noerrdialogs',
        '--disable-session-crashed-bubble',
        '--disable-pinch',
        '--overscroll-history-navigation=0',
        '--autoplay-policy=no-user-gesture-required',
        '--disable-features=Translate,TouchpadOverscrollHistoryNavigation',
        `--user-data-dir=${path.join(dir, 'profile')}`,
      ]),
    );
    // https is a secure context already: nothing is relaxed.
    expect(a.some((x) => x.startsWith('--unsafely-treat-insecure-origin-as-secure'))).toBe(false);
    // The page reads back exactly the settings the script wrote.
    expect(parseKiosk(new URL(a.at(-1)!).searchParams)).toMatchObject({
      id: 'hall-a.entrance_1',
      idleSeconds: 60,
      reloadHour: 4,
      lang: 'en',
    });
  });

  it('marks a crashed profile clean before starting, so no "restore pages?" bubble shows', () => {
    const prefs = path.join(dir, 'profile', 'Default', 'Preferences');
    mkdirSync(path.dirname(prefs), { recursive: true });
    writeFileSync(prefs, '{"profile":{"exit_type":"Crashed","exited_cleanly":false,"name":"Person 1"},"x":1}');
    expect(run({ PAVILION_URL: 'http://10.0.4.2:5173', KIOSK_ID: 'lobby', KIOSK_RELOAD: '' }).status).toBe(0);
    expect(readFileSync(prefs, 'utf8')).toBe('{"profile":{"exit_type":"Normal","exited_cleanly":true,"name":"Person 1"},"x":1}');
    // Plain http on the hall's network: treated as secure for that one origin (offline cache, Wake Lock).
    expect(args()).toContain('--unsafely-treat-insecure-origin-as-secure=http://10.0.4.2:5173');
    // KIOSK_RELOAD set empty: no nightly reload.
    expect(args().at(-1)).toBe('http://10.0.4.2:5173/kiosk/?kiosk=lobby&idle=60');
  });

  it('refuses a setting the page would ignore, saying which and why, and starts nothing', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PAVILION_URL: '' }, /PAVILION_URL: expected the service's origin/],
      [{ PAVILION_URL: 'https://expo.example/hall' }, /PAVILION_URL/],
      [{ PAVILION_URL: 'javascript:alert(1)' }, /PAVILION_URL/],
      [{ KIOSK_ID: '-dash' }, /KIOSK_ID: expected 1–64/],
      [{ KIOSK_ID: 'a b' }, /KIOSK_ID/],
      [{ KIOSK_IDLE: '4' }, /KIOSK_IDLE: expected a whole number 5–3600, got "4"/],
      [{ KIOSK_RELOAD: '24' }, /KIOSK_RELOAD: expected a whole number 0–23/],
      [{ KIOSK_PROMPT: '1e3' }, /KIOSK_PROMPT/],
      [{ KIOSK_LANG: 'fr' }, /KIOSK_LANG: expected zh or en/],
      [{ KIOSK_CACHE_MB: '20001' }, /KIOSK_CACHE_MB/],
    ];
    for (const [env, message] of cases) {
      const r = run({ PAVILION_URL: 'https://expo.example', KIOSK_ID: 'ok', ...env });
      expect(r.status, JSON.stringify(env)).toBe(2);
      expect(r.stderr, JSON.stringify(env)).toMatch(message);
    }
    expect(() => args()).toThrow();
  });
});
