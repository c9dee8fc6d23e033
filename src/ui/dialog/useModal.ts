/** A `<dialog>` shown modally while `open` (after `onOpen`, to reset what it shows) and closed when not. */
import { useEffect, useRef } from 'react';

export function useModal(open: boolean, onOpen?: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opening = useRef(onOpen);
  useEffect(() => {
    opening.current = onOpen;
  });
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opening.current?.();
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
