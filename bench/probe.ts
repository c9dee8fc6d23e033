/** Times the app's own parse + validate and projection in the browser, for the bench. */
import { parseDataset } from '../src/model/validate.ts';
import { projectDataset } from '../src/graph/project.ts';

declare global {
  interface Window {
    __probe: { run(text: string): { parseValidateMs: number; projectMs: number; ok: boolean } };
  }
}

window.__probe = {
  run(text) {
    const t0 = performance.now();
    const result = parseDataset(text);
    const t1 = performance.now();
    if (!result.ok) return { parseValidateMs: t1 - t0, projectMs: NaN, ok: false };
    projectDataset(result.dataset);
    return { parseValidateMs: t1 - t0, projectMs: performance.now() - t1, ok: true };
  },
};
