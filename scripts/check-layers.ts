/**
 * `npm run lint`'s layer check: the rules of .dependency-cruiser.cjs over src/, bench/, tests/ and
 * scripts/, plus cycles between a folder's own files and a subfolder's (see layers.ts). Exits 1 and
 * lists every violation when there is one.
 */
import { checkLayers, formatViolations, REPO_ROOT } from './layers.ts';

process.chdir(REPO_ROOT);
const violations = await checkLayers(['src', 'bench', 'tests', 'scripts'], {
  tsConfigFile: 'tsconfig.json',
});
if (violations.length > 0) {
  console.error(formatViolations(violations));
  console.error(`\n✘ ${violations.length} layer violation(s) (rules: .dependency-cruiser.cjs)`);
  process.exitCode = 1;
} else {
  console.log('✔ layers: no forbidden import, no cycle between files or folders');
}
