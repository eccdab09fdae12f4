import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  /** Asked to close (Esc, a click on the backdrop): the owner's store says whether it is open. */
  onClose: () => void;
  className: string;
  labelledBy: string;
  children: ReactNode;
}

/**
 * A modal <dialog> driven by the tour's stores: shown and closed as `open` says, closed through
 * `onClose` so the URL and history stay in step, and giving focus back where it was on close.
 */
export function ModalDialog({ open, onClose, className, labelledBy, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d || !open) return;
    const before = document.activeElement as HTMLElement | null;
    if (!d.open) d.showModal();
    // showModal() focuses the first focusable element (often Close), overriding React's autoFocus:
    // the element the dialog names for first focus (the directory's search box) takes it back.
    d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (d.open) d.close();
      before?.focus?.();
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault(); // closed through the store, not by the browser
        onClose();
      }}
      onClick={(e) => e.target === ref.current && onClose()}
    >
      {children}
    </dialog>
  );
}
