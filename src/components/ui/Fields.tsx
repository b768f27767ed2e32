/** Labelled inputs that show their error: aria-invalid and aria-describedby on the control. */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { forwardRef } from 'react';

interface Common {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
}

function describedBy(id: string, error?: string, hint?: ReactNode) {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}

export const TextField = forwardRef<HTMLInputElement, Common & InputHTMLAttributes<HTMLInputElement>>(function TextField(
  { id, label, error, hint, className, ...rest },
  ref,
) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} className="input" aria-invalid={!!error} aria-describedby={describedBy(id, error, hint)} {...rest} />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
});

export const SelectField = forwardRef<HTMLSelectElement, Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }>(function SelectField(
  { id, label, error, hint, className, children, ...rest },
  ref,
) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select ref={ref} id={id} className="select" aria-invalid={!!error} aria-describedby={describedBy(id, error, hint)} {...rest}>
        {children}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
});

export const CheckboxField = forwardRef<HTMLInputElement, Common & InputHTMLAttributes<HTMLInputElement>>(function CheckboxField(
  { id, label, error, hint, className, ...rest },
  ref,
) {
  return (
    <div className={`field ${className ?? ''}`}>
      <span className="row">
        <input ref={ref} id={id} type="checkbox" aria-invalid={!!error} aria-describedby={describedBy(id, error, hint)} {...rest} />
        <label htmlFor={id}>{label}</label>
      </span>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
});

export const TextAreaField = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextAreaField(
  { id, label, error, hint, className, ...rest },
  ref,
) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea ref={ref} id={id} className="textarea" aria-invalid={!!error} aria-describedby={describedBy(id, error, hint)} {...rest} />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
});
