/**
 * The editor forms' shared parts: validation as you type (the command run through `applyEdit`, its
 * problems placed at their fields), the form shell (problems list, submit and cancel, Enter and
 * Escape), and labelled fields that show their problems (aria-invalid, aria-describedby).
 * Everything typed is shown as React text, never as HTML.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Dataset } from '../../../model/schema.ts';
import type { Problem } from '../../../model/validate.ts';
import type { EditCommand, EditOutcome } from '../../../model/edit/types.ts';
import { DATE_QUALIFIERS, type DateQualifier } from '../../../model/dates.ts';
import {
  fieldDomId,
  fieldLabel,
  placeProblems,
  type FieldKey,
  type FieldMap,
  type PlacedProblems,
} from './field-problems.ts';
import type { DateValue } from './records.ts';
import { scopedProblems } from './scope.ts';
import { FIND_OVER, optionsFor, type Option } from './options.ts';
import './forms.css';

/** What every editor form is given. */
export interface FormProps {
  dataset: Dataset;
  onSubmit(command: EditCommand): EditOutcome;
  onCancel(): void;
}

/** How long typing may pause before the form is checked again. */
export const CHECK_DELAY_MS = 150;

/**
 * The problems of a command as the form checks it while you type: `applyEdit` on the part of the
 * dataset the record can break (scope.ts); none when it accepts it.
 */
export function commandProblems(dataset: Dataset, command: EditCommand): Problem[] {
  return scopedProblems(dataset, command);
}

/** The validator's problems with local ones added; a validator problem at a local one's path gives way. */
function merged(local: readonly Problem[], checked: readonly Problem[]): Problem[] {
  const at = new Set(local.map((p) => p.path));
  return [...local, ...checked.filter((p) => !at.has(p.path))];
}

/** Focuses a form's field (opening the disclosure it is in); false when it is not on the page. */
export function focusField(formId: string, key: FieldKey): boolean {
  const el = document.getElementById(fieldDomId(formId, key));
  if (!el) return false;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
    d.open = true;
  el.focus();
  return true;
}

interface Checked {
  dataset: Dataset;
  command: EditCommand;
  problems: Problem[];
}

export interface EditForm {
  formId: string;
  placed: PlacedProblems;
  /** Checks now, then submits, or focuses the first problem. */
  submit(): void;
}

/**
 * Validation as you type: the command is checked `CHECK_DELAY_MS` after the last change (and when
 * the dataset changes); on submit it is checked at once, then `onSubmit` (which checks the whole
 * dataset) is called, and its refusal is shown until the next change.
 */
export function useEditForm(opts: {
  dataset: Dataset;
  command: EditCommand;
  map: FieldMap;
  local?: readonly Problem[];
  onSubmit(command: EditCommand): EditOutcome;
}): EditForm {
  const { dataset, command, map, onSubmit } = opts;
  const local = useMemo(() => opts.local ?? [], [opts.local]);
  const formId = useId();
  const [checked, setChecked] = useState<Checked>(() => ({
    dataset,
    command,
    problems: commandProblems(dataset, command),
  }));
  const [refused, setRefused] = useState<{ command: EditCommand; problems: Problem[] }>();
  useEffect(() => {
    if (checked.command === command && checked.dataset === dataset) return;
    const timer = setTimeout(
      () => setChecked({ dataset, command, problems: commandProblems(dataset, command) }),
      CHECK_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [dataset, command, checked]);
  const shown = refused?.command === command ? refused.problems : checked.problems;
  const placed = useMemo(() => placeProblems(merged(local, shown), map), [local, shown, map]);
  const submit = useCallback(() => {
    const fresh = commandProblems(dataset, command);
    const now = merged(local, fresh);
    if (now.length > 0) {
      setChecked({ dataset, command, problems: fresh });
      const first = placeProblems(now, map).all.find((p) => p.field !== undefined)?.field;
      if (first === undefined || !focusField(formId, first))
        document.getElementById(`${fieldDomId(formId, 'problems')}`)?.focus();
      return;
    }
    const outcome = onSubmit(command);
    if (!outcome.ok) setRefused({ command, problems: outcome.problems });
  }, [dataset, command, local, map, formId, onSubmit]);
  return { formId, placed, submit };
}

const FormContext = createContext<{ formId: string; placed: PlacedProblems } | undefined>(
  undefined,
);

/** A field's ids and problems, and the aria attributes its control takes. */
export function useField(key: FieldKey, hintId?: string) {
  const ctx = useContext(FormContext);
  const id = fieldDomId(ctx?.formId ?? 'form', key);
  const problems = ctx?.placed.byField.get(key) ?? [];
  const errorId = `${id}-problems`;
  const describedBy = [problems.length > 0 ? errorId : undefined, hintId].filter(Boolean).join(' ');
  return {
    id,
    errorId,
    problems,
    aria: {
      'aria-invalid': problems.length > 0 ? true : undefined,
      'aria-describedby': describedBy === '' ? undefined : describedBy,
    },
  };
}

export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((p, i) => (
        <li key={i}>{p.message}</li>
      ))}
    </ul>
  );
}

/** The problems of the whole form, at its top: each placed one focuses its field. */
function ProblemSummary({ form }: { form: EditForm }) {
  const { placed, formId } = form;
  if (placed.all.length === 0) return null;
  const n = placed.all.length;
  return (
    <div
      className="form-problems"
      id={fieldDomId(formId, 'problems')}
      tabIndex={-1}
      role="group"
      aria-label="Problems"
    >
      <p>{n === 1 ? '1 problem:' : `${n} problems:`}</p>
      <ul>
        {placed.all.map(({ problem, field }, i) => (
          <li key={i}>
            {field === undefined ? (
              <span>
                {problem.path === '(root)' ? '' : `${problem.path}: `}
                {problem.message}
              </span>
            ) : (
              <button type="button" className="link" onClick={() => focusField(formId, field)}>
                {fieldLabel(field)}: {problem.message}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function isTextEntry(el: EventTarget): boolean {
  if (el instanceof HTMLSelectElement) return true;
  if (!(el instanceof HTMLInputElement)) return false;
  return !['button', 'submit', 'reset', 'file', 'search'].includes(el.type);
}

/**
 * A form: heading, problems list, fields, then submit (disabled, saying why, while there are
 * problems) and cancel. Enter in a field or Ctrl/Cmd+Enter anywhere submits; Escape cancels.
 */
export function FormShell(props: {
  form: EditForm;
  heading: string;
  submitLabel: string;
  onCancel(): void;
  testId?: string;
  /** Focus the first field when the form opens (default true). */
  autoFocus?: boolean;
  children: ReactNode;
}) {
  const { form, heading, submitLabel, onCancel, testId, autoFocus, children } = props;
  const headingId = `${fieldDomId(form.formId, 'heading')}`;
  const whyId = `${fieldDomId(form.formId, 'why')}`;
  const n = form.placed.all.length;
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const t = e.target;
    const finding = t instanceof HTMLInputElement && t.type === 'search' && t.value !== '';
    if (e.key === 'Escape' && !finding) {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || isTextEntry(e.target))) {
      e.preventDefault();
      form.submit();
    }
  };
  const ctx = useMemo(() => ({ formId: form.formId, placed: form.placed }), [form]);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (autoFocus === false) return;
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [autoFocus]);
  return (
    <FormContext.Provider value={ctx}>
      <form
        ref={ref}
        className="edit-form"
        aria-labelledby={headingId}
        data-testid={testId}
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          form.submit();
        }}
      >
        <h3 id={headingId}>{heading}</h3>
        <ProblemSummary form={form} />
        {children}
        <div className="edit-form-actions">
          <button type="submit" className="primary" disabled={n > 0} aria-describedby={whyId}>
            {submitLabel}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <p id={whyId} className="muted edit-form-why">
            {n === 0 ? '' : `Not yet: fix the ${n === 1 ? 'problem' : `${n} problems`} above.`}
          </p>
        </div>
      </form>
    </FormContext.Provider>
  );
}

/** A labelled one-line or multi-line text field. */
export function TextField(props: {
  field: FieldKey;
  label: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  inputMode?: 'text' | 'url';
  required?: boolean;
}) {
  const { field, label, value, onChange, multiline, rows, hint, inputMode, required } = props;
  const hintId = useId();
  const f = useField(field, hint === undefined ? undefined : hintId);
  return (
    <div className="edit-field">
      <label htmlFor={f.id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea
          id={f.id}
          rows={rows ?? 3}
          value={value}
          required={required}
          onChange={(e) => onChange(e.target.value)}
          {...f.aria}
        />
      ) : (
        <input
          id={f.id}
          type="text"
          inputMode={inputMode}
          value={value}
          required={required}
          spellCheck={inputMode === 'url' ? false : undefined}
          onChange={(e) => onChange(e.target.value)}
          {...f.aria}
        />
      )}
      {hint !== undefined && (
        <p id={hintId} className="edit-hint">
          {hint}
        </p>
      )}
      <FieldProblems id={f.errorId} problems={f.problems} />
    </div>
  );
}

export type { Option };

/** A find box that narrows a long select (more than FIND_OVER options). */
function FindBox(props: {
  forId: string;
  label: string;
  typed: string;
  onType(v: string): void;
  matches: number;
  shown: number;
}) {
  const { forId, label, typed, onType, matches, shown } = props;
  return (
    <div className="edit-find">
      <label className="visually-hidden" htmlFor={`${forId}-find`}>
        Find: {label}
      </label>
      <input
        id={`${forId}-find`}
        type="search"
        placeholder={`Find ${label.toLowerCase()}…`}
        value={typed}
        onChange={(e) => onType(e.target.value)}
        aria-controls={forId}
      />
      <span className="edit-hint" aria-live="polite">
        {matches > shown ? `${shown} of ${matches} listed: type to narrow` : `${matches} found`}
      </span>
    </div>
  );
}

/** A labelled select; a long one (more than FIND_OVER options) with a find box above it. */
export function SelectField(props: {
  field: FieldKey;
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
}) {
  const { field, label, value, options, onChange } = props;
  const f = useField(field);
  const [typed, setTyped] = useState('');
  const long = options.length > FIND_OVER;
  const list = useMemo(
    () => (long ? optionsFor(options, typed, value) : { shown: options, matches: options.length }),
    [long, options, typed, value],
  );
  return (
    <div className="edit-field">
      <label htmlFor={f.id}>{label}</label>
      {long && (
        <FindBox
          forId={f.id}
          label={label}
          typed={typed}
          onType={setTyped}
          matches={list.matches}
          shown={list.shown.filter((o) => o.value !== '').length}
        />
      )}
      <select id={f.id} value={value} onChange={(e) => onChange(e.target.value)} {...f.aria}>
        {list.shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems id={f.errorId} problems={f.problems} />
    </div>
  );
}

const QUALIFIER_LABELS: Record<DateQualifier, string> = {
  '~': 'approximate (~)',
  '?': 'uncertain (?)',
  '%': 'approximate and uncertain (%)',
};

/** A partial date ("2025", "2025-10", "2025-10-09") and its qualifier, chosen apart. */
export function DateField(props: {
  field: FieldKey;
  label: string;
  value: DateValue;
  onChange(value: DateValue): void;
  hint?: string;
}) {
  const { field, label, value, onChange } = props;
  const hintId = useId();
  const f = useField(field, hintId);
  return (
    <div className="edit-field">
      <label htmlFor={f.id}>{label}</label>
      <div className="edit-date">
        <input
          id={f.id}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          value={value.text}
          onChange={(e) => onChange({ ...value, text: e.target.value })}
          {...f.aria}
        />
        <label className="visually-hidden" htmlFor={`${f.id}-q`}>
          {label}: how sure
        </label>
        <select
          id={`${f.id}-q`}
          value={value.qualifier}
          onChange={(e) => onChange({ ...value, qualifier: e.target.value as '' | DateQualifier })}
        >
          <option value="">exact</option>
          {DATE_QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {QUALIFIER_LABELS[q]}
            </option>
          ))}
        </select>
      </div>
      <p id={hintId} className="edit-hint">
        {props.hint ?? 'YYYY, YYYY-MM or YYYY-MM-DD'}
      </p>
      <FieldProblems id={f.errorId} problems={f.problems} />
    </div>
  );
}

/** A labelled group of checkboxes (sources cited). */
export function CheckList(props: {
  field: FieldKey;
  legend: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  empty?: string;
}) {
  const { field, legend, options, selected, onChange } = props;
  const f = useField(field);
  const toggle = (v: string, on: boolean) =>
    onChange(on ? [...selected, v] : selected.filter((s) => s !== v));
  return (
    <fieldset className="edit-field edit-checklist" aria-describedby={f.aria['aria-describedby']}>
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="muted" id={f.id} tabIndex={-1}>
          {props.empty ?? 'None to choose from.'}
        </p>
      ) : (
        <ul>
          {options.map((o, i) => (
            <li key={o.value}>
              <label>
                <input
                  type="checkbox"
                  id={i === 0 ? f.id : undefined}
                  checked={selected.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                  aria-invalid={f.aria['aria-invalid']}
                />
                {o.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldProblems id={f.errorId} problems={f.problems} />
    </fieldset>
  );
}

/** A record's id, shown (not editable). */
export function IdLine({ id, madeFrom }: { id: string; madeFrom?: string }) {
  const f = useField('id');
  return (
    <div className="edit-field edit-id">
      <p id={f.id} tabIndex={-1} aria-describedby={f.aria['aria-describedby']}>
        <span className="muted">Id </span>
        <code>{id}</code>
        {madeFrom !== undefined && (
          <span className="muted"> (made from the {madeFrom}; fixed once added)</span>
        )}
      </p>
      <FieldProblems id={f.errorId} problems={f.problems} />
    </div>
  );
}

/** The sources of a dataset as options. */
export function sourceOptions(ds: Dataset): Option[] {
  return ds.sources.map((s) => ({ value: s.id, label: s.title }));
}

/** The sources a record cites, ticked among the dataset's. */
export function SourcesField(props: {
  dataset: Dataset;
  selected: readonly string[];
  onChange(selected: string[]): void;
}) {
  return (
    <CheckList
      field="sources"
      legend="Sources"
      options={sourceOptions(props.dataset)}
      selected={props.selected}
      onChange={props.onChange}
      empty="The dataset has no sources yet."
    />
  );
}

/** In place of a form whose record is gone (deleted, or undone, meanwhile). */
export function MissingRecord({ what, onCancel }: { what: string; onCancel(): void }) {
  return (
    <div className="edit-form" role="alert">
      <p>This {what} is no longer in the dataset.</p>
      <button type="button" onClick={onCancel}>
        Close
      </button>
    </div>
  );
}
