import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

const control =
  "block w-full min-w-0 rounded-md border border-input bg-card px-3 py-2 text-sm text-card-foreground shadow-sm focus:outline-2 focus:outline-ring aria-[invalid=true]:border-destructive disabled:opacity-60";

/** The bare controls, for a form that lays out its own label; the *Field components below add one. */
function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn(control, className)} {...props} />;
}

function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={cn(control, className)} {...props} />;
}

function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(control, className)} {...props} />;
}

/** A box to tick, with its label beside it. */
export function Checkbox({ label, className, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: ReactNode }) {
  return (
    <label className={cn("flex items-center gap-2 text-sm", className)}>
      <input type="checkbox" className="size-4 shrink-0 accent-primary" {...props} />
      {label}
    </label>
  );
}

/** `id` defaults to `name`; a page with one form per row gives each control its own. */
type FieldProps = { name: string; id?: string; label: string; errors?: string[]; hint?: string; required?: boolean };

/** A labelled control whose errors are announced and linked to it (aria-describedby). */
function Field({ id, label, errors, hint, required, children }: Omit<FieldProps, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-foreground">
        {label}
        {required && <span aria-hidden="true" className="text-destructive"> *</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-destructive" role="alert">
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
      <Input
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={className}
        {...props}
      />
    </Field>
  );
}

export function TextareaField({ name, id = name, label, errors, hint, required, className, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} errors={errors} hint={hint} required={required}>
      <Textarea
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={className}
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
      <Select
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={className}
        {...props}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A calendar day, typed or picked: the browser's own date control, sending YYYY-MM-DD. */
export function DateField(props: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return <InputField type="date" {...props} />;
}
