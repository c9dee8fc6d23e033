/**
 * The relation form's lists: participants (actor, role from the kind's slots, and, behind a
 * disclosure, the participant's own certainty and sources) and quotes (text, speaker among the
 * participants, source). Each item can be removed; items are added at the end.
 */
import { useMemo, type ReactNode } from 'react';
import type { Dataset } from '../../../model/schema.ts';
import {
  CERTAINTIES,
  CERTAINTY_LABELS,
  RELATION_ROLES,
  roleLabel,
} from '../../../model/vocabulary.ts';
import { keyOf } from './field-problems.ts';
import {
  participantFields,
  quoteFields,
  type ParticipantFields,
  type QuoteFields,
  type RelationFields,
} from './relation-record.ts';
import {
  CheckList,
  FieldProblems,
  SelectField,
  sourceOptions,
  TextField,
  useField,
  type Option,
} from './fields.tsx';

type SetFields = (f: (prev: RelationFields) => RelationFields) => void;

interface ListProps {
  dataset: Dataset;
  fields: RelationFields;
  setFields: SetFields;
}

/** Every actor, by name, after a "Choose…" option. */
function actorOptions(ds: Dataset, none: string): Option[] {
  const all = ds.actors
    .map((a) => ({ value: a.id, label: a.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [{ value: '', label: none }, ...all];
}

function RemoveButton({ what, onClick }: { what: string; onClick(): void }) {
  return (
    <button type="button" className="edit-remove" onClick={onClick}>
      Remove<span className="visually-hidden"> {what}</span>
    </button>
  );
}

/** "This part: as the relation", "This part: Confirmed · 2 sources". */
function partSummary(p: ParticipantFields): string {
  const said = [
    p.certainty === '' ? 'certainty as the relation' : CERTAINTY_LABELS[p.certainty],
    p.sources.length === 0
      ? ''
      : p.sources.length === 1
        ? '1 source'
        : `${p.sources.length} sources`,
  ].filter(Boolean);
  return `This part: ${said.join(' · ')}`;
}

function ParticipantRow(props: {
  i: number;
  p: ParticipantFields;
  dataset: Dataset;
  actors: Option[];
  fields: RelationFields;
  update(change: Partial<ParticipantFields>): void;
  remove(): void;
}) {
  const { i, p, dataset, actors, fields, update } = props;
  const at = (k: string) => keyOf(['participants', i, k]);
  const roles = RELATION_ROLES[fields.kind].map((r) => ({
    value: r,
    label: roleLabel(fields.kind, r),
  }));
  const name = dataset.actors.find((a) => a.id === p.actor)?.name;
  const troubled =
    useField(at('certainty')).problems.length + useField(at('sources')).problems.length > 0;
  return (
    <li className="edit-item" data-testid="participant">
      <div className="edit-item-head">
        <span>Participant {i + 1}</span>
        <RemoveButton
          what={`participant ${i + 1}${name ? ` (${name})` : ''}`}
          onClick={props.remove}
        />
      </div>
      <SelectField
        field={at('actor')}
        label="Actor"
        value={p.actor}
        options={actors}
        onChange={(v) => update({ actor: v })}
      />
      <SelectField
        field={at('role')}
        label="Role"
        value={p.role}
        options={roles}
        onChange={(v) => update({ role: v, intended: v, auto: false })}
      />
      <details className="edit-more" open={troubled || undefined}>
        <summary>{partSummary(p)}</summary>
        <SelectField
          field={at('certainty')}
          label="Certainty"
          value={p.certainty}
          options={[
            { value: '', label: 'As the relation' },
            ...CERTAINTIES.map((c) => ({ value: c, label: CERTAINTY_LABELS[c] })),
          ]}
          onChange={(v) => update({ certainty: v as ParticipantFields['certainty'] })}
        />
        <CheckList
          field={at('sources')}
          legend="Sources"
          options={sourceOptions(dataset)}
          selected={p.sources}
          onChange={(v) => update({ sources: v })}
          empty="The dataset has no sources yet."
        />
      </details>
    </li>
  );
}

/** A list field's own problems ("needs at least 2 participants") and its focus target. */
function ListFieldset(props: { field: string; legend: string; children: ReactNode }) {
  const f = useField(props.field);
  return (
    <fieldset
      className="edit-field edit-list"
      id={f.id}
      tabIndex={-1}
      aria-describedby={f.aria['aria-describedby']}
    >
      <legend>{props.legend}</legend>
      <FieldProblems id={f.errorId} problems={f.problems} />
      {props.children}
    </fieldset>
  );
}

export function ParticipantsField({ dataset, fields, setFields }: ListProps) {
  const actors = useMemo(() => actorOptions(dataset, 'Choose an actor…'), [dataset]);
  const update = (key: number, change: Partial<ParticipantFields>) =>
    setFields((f) => ({
      ...f,
      participants: f.participants.map((p) => (p.key === key ? { ...p, ...change } : p)),
    }));
  const remove = (key: number) =>
    setFields((f) => ({ ...f, participants: f.participants.filter((p) => p.key !== key) }));
  const add = () =>
    setFields((f) => ({
      ...f,
      participants: [
        ...f.participants,
        participantFields(f.kind, {}, undefined, f.participants.length),
      ],
    }));
  return (
    <ListFieldset field="participants" legend="Participants">
      <ol className="edit-items">
        {fields.participants.map((p, i) => (
          <ParticipantRow
            key={p.key}
            i={i}
            p={p}
            dataset={dataset}
            actors={actors}
            fields={fields}
            update={(c) => update(p.key, c)}
            remove={() => remove(p.key)}
          />
        ))}
      </ol>
      <button type="button" onClick={add}>
        Add participant
      </button>
    </ListFieldset>
  );
}

/** The speakers a quote may name: the participants, and its speaker as it was (if another actor). */
function speakerOptions(ds: Dataset, f: RelationFields, q: QuoteFields): Option[] {
  const ids = [...new Set([...f.participants.map((p) => p.actor), q.speaker])].filter(
    (s) => s !== '',
  );
  const names = new Map(ds.actors.map((a) => [a.id, a.name]));
  return [
    { value: '', label: 'Not said' },
    ...ids.map((id) => ({ value: id, label: names.get(id) ?? id })),
  ];
}

function QuoteRow(props: {
  i: number;
  q: QuoteFields;
  dataset: Dataset;
  fields: RelationFields;
  update(c: Partial<QuoteFields>): void;
  remove(): void;
}) {
  const { i, q, dataset, fields, update } = props;
  const at = (k: string) => keyOf(['quotes', i, k]);
  const sources = [{ value: '', label: 'None' }, ...sourceOptions(dataset)];
  return (
    <li className="edit-item" data-testid="quote">
      <div className="edit-item-head">
        <span>Quote {i + 1}</span>
        <RemoveButton what={`quote ${i + 1}`} onClick={props.remove} />
      </div>
      <TextField
        field={at('text')}
        label="Text (verbatim)"
        multiline
        value={q.text}
        onChange={(v) => update({ text: v })}
      />
      <SelectField
        field={at('speaker')}
        label="Speaker"
        value={q.speaker}
        options={speakerOptions(dataset, fields, q)}
        onChange={(v) => update({ speaker: v })}
      />
      <SelectField
        field={at('source')}
        label="Source"
        value={q.source}
        options={sources}
        onChange={(v) => update({ source: v })}
      />
    </li>
  );
}

export function QuotesField({ dataset, fields, setFields }: ListProps) {
  const update = (key: number, change: Partial<QuoteFields>) =>
    setFields((f) => ({
      ...f,
      quotes: f.quotes.map((q) => (q.key === key ? { ...q, ...change } : q)),
    }));
  const remove = (key: number) =>
    setFields((f) => ({ ...f, quotes: f.quotes.filter((q) => q.key !== key) }));
  const add = () => setFields((f) => ({ ...f, quotes: [...f.quotes, quoteFields({})] }));
  return (
    <ListFieldset field="quotes" legend="Quotes">
      {fields.quotes.length === 0 ? (
        <p className="muted">No quotes yet.</p>
      ) : (
        <ol className="edit-items">
          {fields.quotes.map((q, i) => (
            <QuoteRow
              key={q.key}
              i={i}
              q={q}
              dataset={dataset}
              fields={fields}
              update={(c) => update(q.key, c)}
              remove={() => remove(q.key)}
            />
          ))}
        </ol>
      )}
      <button type="button" onClick={add}>
        Add quote
      </button>
    </ListFieldset>
  );
}
