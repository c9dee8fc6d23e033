/** A form's field values in state, with a setter per field and `bind` for a field's props. */
import { useState, type Dispatch, type SetStateAction } from 'react';

export interface Fields<F extends object> {
  fields: F;
  setFields: Dispatch<SetStateAction<F>>;
  set<K extends keyof F>(k: K, v: F[K]): void;
  /** The `field`, `value` and `onChange` props of the field named `k`. */
  bind<K extends keyof F & string>(k: K): { field: K; value: F[K]; onChange(v: F[K]): void };
}

export function useFields<F extends object>(init: () => F): Fields<F> {
  const [fields, setFields] = useState<F>(init);
  const set = <K extends keyof F>(k: K, v: F[K]) => setFields((f) => ({ ...f, [k]: v }));
  const bind = <K extends keyof F & string>(k: K) => ({
    field: k,
    value: fields[k],
    onChange: (v: F[K]) => set(k, v),
  });
  return { fields, setFields, set, bind };
}
