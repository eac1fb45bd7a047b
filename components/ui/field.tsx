import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

const control =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:outline-2 focus:outline-blue-700 aria-[invalid=true]:border-red-600";

/** `id` defaults to `name`; a page with one form per row gives each control its own. */
type FieldProps = { name: string; id?: string; label: string; errors?: string[]; hint?: string; required?: boolean };

/** A labelled control whose errors are announced and linked to it (aria-describedby). */
function Field({ id, label, errors, hint, required, children }: Omit<FieldProps, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span aria-hidden="true" className="text-red-700"> *</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, errors?: string[], hint?: string) {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

export function InputField({ name, id = name, label, errors, hint, required, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} errors={errors} hint={hint} required={required}>
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={cn(control, "border-slate-300", className)}
        {...props}
      />
    </Field>
  );
}

export function TextareaField({ name, id = name, label, errors, hint, required, className, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} errors={errors} hint={hint} required={required}>
      <textarea
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={cn(control, "border-slate-300", className)}
        {...props}
      />
    </Field>
  );
}

export function SelectField({
  name,
  id = name,
  label,
  errors,
  hint,
  required,
  options,
  placeholder,
  className,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Field id={id} label={label} errors={errors} hint={hint} required={required}>
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={cn(control, "border-slate-300", className)}
        {...props}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
