/** Whether a key event comes from a place where keys mean text (shortcuts must not fire there). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset', 'file'].includes(type);
}

/** Whether a modal dialog is open or the key comes from inside a dialog (its keys are its own). */
export function inDialog(target: EventTarget | null): boolean {
  if (target instanceof Element && target.closest('dialog, [role="dialog"], [role="alertdialog"]'))
    return true;
  return document.querySelector('dialog[open]:modal, [aria-modal="true"]') !== null;
}
