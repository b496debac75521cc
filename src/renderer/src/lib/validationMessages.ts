type Translate = (key: string, params?: Record<string, unknown>) => string;

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The message of the first broken rule of a form control, in the UI language. */
function messageFor(control: Control, t: Translate): string {
  const validity = control.validity;
  if (validity.valueMissing) return t('validation.required');
  if (validity.typeMismatch) return control.type === 'url' ? t('validation.url') : control.type === 'email' ? t('validation.email') : t('validation.invalid');
  if (validity.rangeUnderflow || validity.rangeOverflow) {
    const input = control as HTMLInputElement;
    return t('validation.range', { min: input.min, max: input.max });
  }
  if (validity.tooLong) return t('validation.tooLong', { max: (control as HTMLInputElement).maxLength });
  if (validity.badInput || validity.stepMismatch || validity.patternMismatch) return t('validation.invalid');
  return '';
}

/**
 * The browser's own validation bubbles ("Please enter a URL.") speak the browser's language:
 * every control that turns out invalid gets the message in the UI's language instead, and it is
 * cleared as soon as the user types. Returns the function that removes the listeners.
 */
export function localizeValidation(t: Translate): () => void {
  const onInvalid = (event: Event): void => {
    const control = event.target as Control;
    if (!('setCustomValidity' in control)) return;
    control.setCustomValidity('');
    if (!control.validity.valid) control.setCustomValidity(messageFor(control, t));
  };
  const onInput = (event: Event): void => {
    const control = event.target as Control;
    if ('setCustomValidity' in control) control.setCustomValidity('');
  };
  document.addEventListener('invalid', onInvalid, true);
  document.addEventListener('input', onInput, true);
  return () => {
    document.removeEventListener('invalid', onInvalid, true);
    document.removeEventListener('input', onInput, true);
  };
}
