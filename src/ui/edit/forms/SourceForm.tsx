/**
 * The source form: title, publisher, URL (http or https only, as the validator says), date; and what
 * cites the source, by name ("actor Steve Witkoff", "relation Sharm el-Sheikh meeting (quote 2)").
 * Deleting a source is the edit panel's (it asks first, naming what would lose it).
 */
import { useMemo } from 'react';
import type { Dataset, Source } from '../../../model/schema.ts';
import type { EditCommand } from '../../../model/edit/types.ts';
import { citationsOf } from '../../../model/edit/index.ts';
import { recordPrefix, type FieldMap } from './field-problems.ts';
import { newSourceId, sourceFields, sourceRecord, type SourceFields } from './records.ts';
import { citationLine, citationsInWords } from './citations.ts';
import {
  DateField,
  FormShell,
  IdLine,
  MissingRecord,
  TextField,
  useEditForm,
  type FormProps,
} from './fields.tsx';
import { useFields } from './use-fields.ts';

export interface SourceFormProps extends FormProps {
  /** The source edited; undefined for a new source. */
  id?: string;
}

const SOURCE_FIELDS = new Set(['id', 'title', 'publisher', 'url', 'date']);

export function SourceForm(props: SourceFormProps) {
  const { dataset, id } = props;
  const existing = id === undefined ? undefined : dataset.sources.find((s) => s.id === id);
  if (id !== undefined && !existing)
    return <MissingRecord what="source" onCancel={props.onCancel} />;
  return <SourceFormBody key={id ?? ''} {...props} existing={existing} />;
}

/** "Cited by: …", one line per record. */
function CitedBy({ dataset, id }: { dataset: Dataset; id: string }) {
  const cited = useMemo(() => citationsInWords(dataset, citationsOf(dataset, id)), [dataset, id]);
  return (
    <div className="edit-field edit-cited" data-testid="source-cited-by">
      <h4>Cited by{cited.length > 0 ? ` (${cited.length})` : ''}</h4>
      {cited.length === 0 ? (
        <p className="muted">Nothing cites it yet.</p>
      ) : (
        <ul>
          {cited.map((c) => (
            <li key={`${c.kind}:${c.id}`}>{citationLine(c)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SourceFormBody(props: SourceFormProps & { existing: Source | undefined }) {
  const { dataset, existing, onSubmit, onCancel } = props;
  const { fields, bind } = useFields<SourceFields>(() => sourceFields(existing));
  const sourceId = existing?.id ?? newSourceId(dataset, fields.title);
  const command = useMemo<EditCommand>(
    () =>
      existing
        ? {
            type: 'updateSource',
            id: existing.id,
            source: sourceRecord(existing.id, fields, existing),
          }
        : { type: 'addSource', source: sourceRecord(sourceId, fields, undefined) },
    [existing, sourceId, fields],
  );
  const map = useMemo<FieldMap>(
    () => ({
      prefix: recordPrefix(dataset.sources, 'sources', existing?.id),
      fields: SOURCE_FIELDS,
    }),
    [dataset, existing],
  );
  const form = useEditForm({ dataset, command, map, onSubmit });
  return (
    <FormShell
      form={form}
      heading={existing ? `Edit source: ${existing.title}` : 'New source'}
      submitLabel={existing ? 'Save source' : 'Add source'}
      onCancel={onCancel}
      testId="source-form"
    >
      <TextField label="Title" required multiline rows={2} {...bind('title')} />
      <IdLine id={sourceId} {...(existing ? {} : { madeFrom: 'title' })} />
      <TextField label="Publisher" {...bind('publisher')} />
      <TextField label="URL" inputMode="url" hint="http:// or https:// only" {...bind('url')} />
      <DateField label="Date" {...bind('date')} />
      {existing && <CitedBy dataset={dataset} id={existing.id} />}
    </FormShell>
  );
}
