/**
 * The form open in the Edit panel (actor, relation, source or the dataset's own fields). A form
 * submits a command; the editor applies it: kept, the form closes; refused, the form shows the
 * validator's problems at their fields.
 */
import { useEffect, useRef } from 'react';
import type { EditCommand, EditOutcome } from '../../model/edit/types.ts';
import { useAppState } from '../state/store.ts';
import { editor } from './editor.ts';
import { ActorForm } from './forms/ActorForm.tsx';
import { RelationForm } from './forms/RelationForm.tsx';
import { SourceForm } from './forms/SourceForm.tsx';
import { MetaForm } from './forms/MetaForm.tsx';

function submit(command: EditCommand): EditOutcome {
  const out = editor.apply(command);
  if (out.ok) editor.closeForm();
  return out;
}

const onCancel = (): void => editor.closeForm();

export function FormArea() {
  const form = useAppState((s) => s.edit.form);
  const quote = useAppState((s) => s.edit.quote);
  const dataset = useAppState((s) => s.data.dataset);
  const box = useRef<HTMLDivElement>(null);
  // A new form takes the focus (its first field), and comes into view.
  useEffect(() => {
    const el = box.current;
    if (!el || !form) return;
    el.scrollIntoView({ block: 'nearest' });
    const first = el.querySelector<HTMLElement>('input, select, textarea');
    first?.focus();
  }, [form?.key]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!form || !dataset) return null;
  const common = { dataset, onSubmit: submit, onCancel };
  return (
    <div ref={box} className="edit-form-area" data-testid="edit-form">
      {form.type === 'actor' && (
        <ActorForm
          key={form.key}
          {...common}
          {...(form.id !== undefined && { id: form.id })}
          {...(form.prefill !== undefined && { prefill: form.prefill })}
        />
      )}
      {form.type === 'relation' && (
        <RelationForm
          key={form.key}
          {...common}
          {...(form.id !== undefined && { id: form.id })}
          {...(form.prefill !== undefined && { prefill: form.prefill })}
          {...(quote !== undefined && { incomingQuote: quote })}
        />
      )}
      {form.type === 'source' && (
        <SourceForm key={form.key} {...common} {...(form.id !== undefined && { id: form.id })} />
      )}
      {form.type === 'meta' && <MetaForm key={form.key} {...common} />}
    </div>
  );
}
