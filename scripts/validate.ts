/**
 * npm run validate [--json] [paths…]
 * Checks hall manifests (with every booth they list and their programme), single booth manifests and programmes.
 * Prints every problem as `file: json.path: message`; exits 1 when any is found.
 */
import { formatProblem } from '../src/manifest/problems';
import { inspectModels } from './validate/inspectModels';
import { validateFiles } from './validate/validateFiles';

const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((a) => !a.startsWith('--'));
// npm runs scripts from the project (the served root); paths are the caller's, from INIT_CWD.
const reports = paths.length ? validateFiles(paths, { cwd: process.env.INIT_CWD }) : validateFiles(['scenes/sample/hall.json']);
await inspectModels(reports);
const problems = reports.flatMap((r) => r.problems);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (json) {
  console.log(JSON.stringify({ ok: problems.length === 0, errors, warnings, files: reports }, null, 2));
} else {
  for (const p of problems) console.log(formatProblem(p));
  const bad = reports.filter((r) => !r.ok).length;
  console.log(
    problems.length === 0
      ? `✓ ${reports.length} manifest${reports.length === 1 ? '' : 's'} valid`
      : `✗ ${errors} error(s), ${warnings} warning(s) in ${bad} of ${reports.length} manifest(s)`,
  );
}
process.exit(problems.length ? 1 : 0);
