/**
 * The draft's problems (what the validator would refuse in a saved file), each a button that opens
 * the form of the element it is about and focuses its field. The count is announced.
 */
import { useMemo } from 'react';
import { draftProblems } from '../../model/edit/index.ts';
import type { Dataset } from '../../model/schema.ts';
import type { Problem } from '../../model/validate.ts';
import { relationTitle } from '../../model/title.ts';
import { useAppState } from '../state/store.ts';
import { editor } from './editor.ts';
import type { FormOpen } from './actions.ts';

const RECORD = /^(actors|relations|sources)\[(\d+)\](?:\.?(.*))?$/;

interface Place {
  /** "Actor “Steve Witkoff”", "Relation “Meeting · Cairo”", "The dataset". */
  where: string;
  form: FormOpen;
  /** The field below the record (`name`, `participants[1].role`), if any. */
  field?: string;
}

/** Where a problem is: the element (named as readers see it) and its form. */
export function placeOf(dataset: Dataset, problem: Problem): Place {
  const m = RECORD.exec(problem.path);
  const field = m?.[3] || undefined;
  const at = m ? Number(m[2]) : -1;
  const withField = (p: Omit<Place, 'field'>): Place => (field ? { ...p, field } : p);
  if (m?.[1] === 'actors') {
    const a = dataset.actors[at];
    if (a) return withField({ where: `Actor “${a.name}”`, form: { type: 'actor', id: a.id } });
  } else if (m?.[1] === 'relations') {
    const r = dataset.relations[at];
    if (r) {
      return withField({ where: `Relation “${relationTitle(r)}”`, form: { type: 'relation', id: r.id } }); // prettier-ignore
    }
  } else if (m?.[1] === 'sources') {
    const s = dataset.sources[at];
    if (s) return withField({ where: `Source “${s.title}”`, form: { type: 'source', id: s.id } });
  }
  const top = /^(title|asOf|description)$/.exec(problem.path)?.[1];
  return { where: 'The dataset', form: { type: 'meta' }, ...(top !== undefined && { field: top }) };
}

/** The field's element in the open form (its DOM id ends with the field's key, as the forms make it). */
function fieldElement(field: string): HTMLElement | null {
  const form = document.querySelector('[data-testid="edit-form"]');
  const safe = (key: string): string => CSS.escape(`-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`);
  const head = field.replace(/\[\d+\].*$/, '');
  return (
    form?.querySelector<HTMLElement>(`[id$="${safe(field)}"]`) ??
    form?.querySelector<HTMLElement>(`[id$="${safe(head)}"]`) ??
    null
  );
}

/** Focuses a field of the open form, once it is drawn. */
export function focusField(field: string): void {
  let tries = 0;
  const attempt = (): void => {
    const el = fieldElement(field);
    if (el) {
      const target = el.matches('input, select, textarea, button')
        ? el
        : (el.querySelector<HTMLElement>('input, select, textarea') ?? el);
      target.focus();
    } else if (++tries < 10) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

export function ProblemsList() {
  const dataset = useAppState((s) => s.data.dataset);
  const problems = useMemo(() => (dataset ? draftProblems(dataset) : []), [dataset]);
  if (!dataset) return null;
  return (
    <section className="edit-section edit-problems" aria-labelledby="edit-problems-title">
      <h3 id="edit-problems-title" role="status" aria-live="polite" data-testid="problems-count">
        {problems.length === 0
          ? 'No problems: the draft would pass validation'
          : `Problems: ${problems.length}`}
      </h3>
      {problems.length > 0 && (
        <ol className="problems-list" data-testid="draft-problems">
          {problems.slice(0, 100).map((p, i) => {
            const place = placeOf(dataset, p);
            return (
              <li key={`${p.path}|${i}`}>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    editor.openForm(place.form);
                    if (place.field !== undefined) focusField(place.field);
                  }}
                >
                  {place.where}
                  {place.field !== undefined ? ` · ${place.field}` : ''}
                </button>
                : <span className="problem-message">{p.message}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
