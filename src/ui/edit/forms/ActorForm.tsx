/**
 * The actor form: every field of the format (name, kind, aliases, title, memberOf, description,
 * sources). A new actor's id is made from its name; an actor's id is never changed; its `x-` keys
 * are kept. Checked as you type by the validator (a `memberOf` cycle is refused with its message).
 */
import { useMemo } from 'react';
import type { Actor, Dataset } from '../../../model/schema.ts';
import type { Problem } from '../../../model/validate.ts';
import type { EditCommand } from '../../../model/edit/types.ts';
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from '../../../model/vocabulary.ts';
import { quote } from '../../../model/problems.ts';
import { recordPrefix, type FieldMap } from './field-problems.ts';
import { actorFields, actorRecord, newActorId, type ActorFields } from './records.ts';
import {
  FormShell,
  IdLine,
  MissingRecord,
  SelectField,
  SourcesField,
  TextField,
  useEditForm,
  type FormProps,
  type Option,
} from './fields.tsx';
import { useFields } from './use-fields.ts';

export interface ActorFormProps extends FormProps {
  /** The actor edited; undefined for a new actor. */
  id?: string;
  /** A new actor's first values (a name selected in the source reader). */
  prefill?: Partial<Actor>;
}

const ACTOR_FIELDS = new Set([
  'id',
  'name',
  'kind',
  'aliases',
  'title',
  'memberOf',
  'description',
  'sources',
]);

/** The actors but `except`, by name, as select options after "None". */
function memberOfOptions(ds: Dataset, except: string): Option[] {
  const others = ds.actors
    .filter((a) => a.id !== except)
    .map((a) => ({ value: a.id, label: a.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [{ value: '', label: 'None' }, ...others];
}

/** The fields a form on actor `id` shows, and a `memberOf` cycle naming it, found at another actor. */
function actorFieldMap(ds: Dataset, id: string, existing: boolean): FieldMap {
  const named = quote(id);
  return {
    prefix: recordPrefix(ds.actors, 'actors', existing ? id : undefined),
    fields: ACTOR_FIELDS,
    redirect: (p: Problem) =>
      /^actors\[\d+\]\.memberOf$/.test(p.path) && p.message.includes(named)
        ? 'memberOf'
        : undefined,
  };
}

export function ActorForm(props: ActorFormProps) {
  const { dataset, id } = props;
  const existing = id === undefined ? undefined : dataset.actors.find((a) => a.id === id);
  if (id !== undefined && !existing)
    return <MissingRecord what="actor" onCancel={props.onCancel} />;
  return <ActorFormBody key={id ?? ''} {...props} existing={existing} />;
}

function useActorCommand(
  dataset: Dataset,
  existing: Actor | undefined,
  fields: ActorFields,
  prefill: Partial<Actor> | undefined,
) {
  const actorId = existing?.id ?? newActorId(dataset, fields.name);
  const command = useMemo<EditCommand>(
    () =>
      existing
        ? {
            type: 'updateActor',
            id: existing.id,
            actor: actorRecord(existing.id, fields, existing),
          }
        : { type: 'addActor', actor: actorRecord(actorId, fields, undefined, prefill) },
    [existing, actorId, fields, prefill],
  );
  const map = useMemo(
    () => actorFieldMap(dataset, actorId, existing !== undefined),
    [dataset, actorId, existing],
  );
  return { actorId, command, map };
}

function ActorFormBody(props: ActorFormProps & { existing: Actor | undefined }) {
  const { dataset, existing, prefill, onSubmit, onCancel } = props;
  const { fields, set, bind } = useFields<ActorFields>(() => actorFields(existing ?? prefill));
  const { actorId, command, map } = useActorCommand(dataset, existing, fields, prefill);
  const form = useEditForm({ dataset, command, map, onSubmit });
  const kinds = ACTOR_KINDS.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] }));
  return (
    <FormShell
      form={form}
      heading={existing ? `Edit actor: ${existing.name}` : 'New actor'}
      submitLabel={existing ? 'Save actor' : 'Add actor'}
      onCancel={onCancel}
      testId="actor-form"
    >
      <TextField label="Name" required {...bind('name')} />
      <IdLine id={actorId} {...(existing ? {} : { madeFrom: 'name' })} />
      <SelectField
        field="kind"
        label="Kind"
        value={fields.kind}
        options={kinds}
        onChange={(v) => set('kind', v as ActorFields['kind'])}
      />
      <TextField label="Title (office or role)" {...bind('title')} />
      <SelectField
        label="Member of"
        options={memberOfOptions(dataset, actorId)}
        {...bind('memberOf')}
      />
      <TextField
        label="Aliases"
        hint="Other spellings, one a line"
        multiline
        rows={2}
        {...bind('aliases')}
      />
      <TextField label="Description" multiline {...bind('description')} />
      <SourcesField
        dataset={dataset}
        selected={fields.sources}
        onChange={(v) => set('sources', v)}
      />
    </FormShell>
  );
}
