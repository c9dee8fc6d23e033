/** The dataset's own fields: title, as-of date (when its knowledge stops) and description. */
import { useMemo, useState } from 'react';
import type { EditCommand } from '../../../model/edit/types.ts';
import type { FieldMap } from './field-problems.ts';
import { metaFields, metaRecord, type MetaFields } from './records.ts';
import { DateField, FormShell, TextField, useEditForm, type FormProps } from './fields.tsx';

const MAP: FieldMap = { prefix: '', fields: new Set(['title', 'asOf', 'description']) };

export function MetaForm(props: FormProps) {
  const { dataset, onSubmit, onCancel } = props;
  const [fields, setFields] = useState<MetaFields>(() => metaFields(dataset));
  const set = <K extends keyof MetaFields>(k: K, v: MetaFields[K]) =>
    setFields((f) => ({ ...f, [k]: v }));
  const command = useMemo<EditCommand>(
    () => ({ type: 'setMeta', meta: metaRecord(fields, dataset) }),
    [fields, dataset],
  );
  const form = useEditForm({ dataset, command, map: MAP, onSubmit });
  return (
    <FormShell
      form={form}
      heading="Dataset"
      submitLabel="Save"
      onCancel={onCancel}
      testId="meta-form"
    >
      <TextField
        field="title"
        label="Title"
        required
        value={fields.title}
        onChange={(v) => set('title', v)}
      />
      <DateField
        field="asOf"
        label="As of"
        hint="When the dataset's knowledge stops: YYYY, YYYY-MM or YYYY-MM-DD"
        value={fields.asOf}
        onChange={(v) => set('asOf', v)}
      />
      <TextField
        field="description"
        label="Description"
        multiline
        value={fields.description}
        onChange={(v) => set('description', v)}
      />
    </FormShell>
  );
}
