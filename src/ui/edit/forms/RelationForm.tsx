/**
 * The relation form: kind (a change goes through the model's `changeKind`, and each role the new kind
 * lacks is named in a note before saving), participants with their roles (the kind's role slots),
 * certainty and sources, label, dates with qualifiers, place, certainty, summary, quotes (text,
 * speaker among the participants, source) and sources. A quote taken in the source reader
 * (`incomingQuote`, each time its key changes) is added to the quotes verbatim.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, Relation } from '../../../model/schema.ts';
import type { Problem } from '../../../model/validate.ts';
import type { EditCommand } from '../../../model/edit/types.ts';
import {
  CERTAINTIES,
  CERTAINTY_LABELS,
  RELATION_KINDS,
  RELATION_KIND_LABELS,
  type RelationKind,
} from '../../../model/vocabulary.ts';
import { relationTitle } from '../../../model/title.ts';
import { keyOf, recordPrefix, type FieldMap } from './field-problems.ts';
import { newRelationId } from './records.ts';
import {
  quoteFields,
  relationFields,
  relationRecord,
  roleNotes,
  withKind,
  type RelationFields,
  type RelationPrefill,
} from './relation-record.ts';
import {
  DateField,
  FormShell,
  IdLine,
  MissingRecord,
  SelectField,
  SourcesField,
  TextField,
  useEditForm,
  type FormProps,
} from './fields.tsx';
import { useFields } from './use-fields.ts';
import { ParticipantsField, QuotesField } from './relation-parts.tsx';

export interface RelationFormProps extends FormProps {
  /** The relation edited; undefined for a new relation. */
  id?: string;
  /** A new relation's first values: its kind, participants (picked on the graph), a quote. */
  prefill?: RelationPrefill;
  /** A quote taken in the source reader: added each time its `key` changes (not at mount). */
  incomingQuote?: { key: number; text: string; source?: string };
}

export function RelationForm(props: RelationFormProps) {
  const { dataset, id } = props;
  const existing = id === undefined ? undefined : dataset.relations.find((r) => r.id === id);
  if (id !== undefined && !existing)
    return <MissingRecord what="relation" onCancel={props.onCancel} />;
  return <RelationFormBody key={id ?? ''} {...props} existing={existing} />;
}

/** The fields a relation form shows: its own and each participant's and quote's. */
export function relationFieldKeys(f: RelationFields): Set<string> {
  const keys = ['id', 'kind', 'label', 'participants', 'date', 'endDate', 'place', 'certainty'];
  keys.push('summary', 'quotes', 'sources');
  f.participants.forEach((_, i) => {
    for (const k of ['actor', 'role', 'certainty', 'sources'])
      keys.push(keyOf(['participants', i, k]));
  });
  f.quotes.forEach((_, i) => {
    for (const k of ['text', 'speaker', 'source']) keys.push(keyOf(['quotes', i, k]));
  });
  return new Set(keys);
}

/** Participants with no actor chosen yet: "choose an actor" (in place of the validator's slug message). */
function unchosen(f: RelationFields, prefix: string): Problem[] {
  return f.participants.flatMap((p, i) =>
    p.actor === ''
      ? [{ path: `${prefix}.participants[${i}].actor`, message: 'choose an actor' }]
      : [],
  );
}

function useRelationCommand(dataset: Dataset, existing: Relation | undefined, f: RelationFields) {
  const relationId = existing?.id ?? newRelationId(dataset, f.kind, f.label, f.place);
  const command = useMemo<EditCommand>(
    () =>
      existing
        ? {
            type: 'updateRelation',
            id: existing.id,
            relation: relationRecord(existing.id, f, existing),
          }
        : { type: 'addRelation', relation: relationRecord(relationId, f, undefined) },
    [existing, relationId, f],
  );
  const prefix = recordPrefix(dataset.relations, 'relations', existing?.id);
  const map = useMemo<FieldMap>(() => ({ prefix, fields: relationFieldKeys(f) }), [prefix, f]);
  const local = useMemo(() => unchosen(f, prefix), [f, prefix]);
  return { relationId, command, map, local };
}

/** Adds `incoming` to the quotes each time its key changes. */
function useIncomingQuote(
  incoming: RelationFormProps['incomingQuote'],
  setFields: (f: (prev: RelationFields) => RelationFields) => void,
  say: (text: string) => void,
) {
  const seen = useRef(incoming?.key);
  useEffect(() => {
    if (!incoming || incoming.key === seen.current) return;
    seen.current = incoming.key;
    const { text, source } = incoming;
    const q = quoteFields(source === undefined ? { text } : { text, source });
    setFields((f) => ({ ...f, quotes: [...f.quotes, q] }));
    say(
      `Quote ${incoming.text.length > 40 ? `${incoming.text.slice(0, 40)}…` : incoming.text} added.`,
    );
  }, [incoming, setFields, say]);
}

function RelationFormBody(props: RelationFormProps & { existing: Relation | undefined }) {
  const { dataset, existing, onSubmit, onCancel } = props;
  const { fields, setFields, set, bind } = useFields<RelationFields>(() =>
    relationFields(existing, props.prefill),
  );
  const [said, setSaid] = useState('');
  useIncomingQuote(props.incomingQuote, setFields, setSaid);
  const { relationId, command, map, local } = useRelationCommand(dataset, existing, fields);
  const form = useEditForm({ dataset, command, map, local, onSubmit });
  return (
    <FormShell
      form={form}
      heading={existing ? `Edit relation: ${relationTitle(existing)}` : 'New relation'}
      submitLabel={existing ? 'Save relation' : 'Add relation'}
      onCancel={onCancel}
      testId="relation-form"
    >
      <KindField dataset={dataset} fields={fields} setFields={setFields} />
      <IdLine id={relationId} {...(existing ? {} : { madeFrom: 'label or kind and place' })} />
      <ParticipantsField dataset={dataset} fields={fields} setFields={setFields} />
      <TextField
        label="Label"
        hint='A short name, e.g. "Sharm el-Sheikh meeting"'
        {...bind('label')}
      />
      <DateField label="Date" {...bind('date')} />
      <DateField
        label="End date"
        hint="Last day covered; alone, it means “by then”"
        {...bind('endDate')}
      />
      <TextField label="Place" {...bind('place')} />
      <SelectField
        field="certainty"
        label="Certainty"
        value={fields.certainty}
        options={[
          { value: '', label: 'Not stated (reported)' },
          ...CERTAINTIES.map((c) => ({ value: c, label: CERTAINTY_LABELS[c] })),
        ]}
        onChange={(v) => set('certainty', v as RelationFields['certainty'])}
      />
      <TextField label="Summary" multiline {...bind('summary')} />
      <QuotesField dataset={dataset} fields={fields} setFields={setFields} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <SourcesField
        dataset={dataset}
        selected={fields.sources}
        onChange={(v) => set('sources', v)}
      />
    </FormShell>
  );
}

/** The kind select, and a note naming each role the kind lacks (after a kind change). */
function KindField(props: {
  dataset: Dataset;
  fields: RelationFields;
  setFields: (f: (prev: RelationFields) => RelationFields) => void;
}) {
  const { dataset, fields, setFields } = props;
  const names = useMemo(() => new Map(dataset.actors.map((a) => [a.id, a.name])), [dataset]);
  const notes = roleNotes(fields, (id) => names.get(id) ?? id);
  return (
    <>
      <SelectField
        field="kind"
        label="Kind"
        value={fields.kind}
        options={RELATION_KINDS.map((k) => ({ value: k, label: RELATION_KIND_LABELS[k] }))}
        onChange={(v) => setFields((f) => withKind(f, v as RelationKind))}
      />
      <div role="status" className="edit-notes" data-testid="role-notes">
        {notes.length > 0 && (
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
