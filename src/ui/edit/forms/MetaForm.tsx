/** The dataset's own fields: title, as-of date (when its knowledge stops) and description. */
import { useMemo } from 'react';
import type { EditCommand } from '../../../model/edit/types.ts';
import type { FieldMap } from './field-problems.ts';
import { metaFields, metaRecord, type MetaFields } from './records.ts';
import { DateField, FormShell, TextField, useEditForm, type FormProps } from './fields.tsx';
import { useFields } from './use-fields.ts';

const MAP: FieldMap = { prefix: '', fields: new Set(['title', 'asOf', 'description']) };

export function MetaForm(props: FormProps) {
  const { dataset, onSubmit, onCancel } = props;
  const { fields, bind } = useFields<MetaFields>(() => metaFields(dataset));
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
      <TextField label="Title" required {...bind('title')} />
      <DateField
        label="As of"
        hint="When the dataset's knowledge stops: YYYY, YYYY-MM or YYYY-MM-DD"
        {...bind('asOf')}
      />
      <TextField label="Description" multiline {...bind('description')} />
    </FormShell>
  );
}
