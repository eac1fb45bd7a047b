"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { DateField, InputField, SelectField, TextareaField } from "@/components/ui/field";
import type { FormState, MessageValues } from "@/lib/errors";

export type CaseField =
  | { kind: "hidden"; name: string; value: string }
  | { kind: "text" | "textarea" | "date" | "amount"; name: string; label: string; required?: boolean; hint?: string; defaultValue?: string }
  | { kind: "select"; name: string; label: string; required?: boolean; hint?: string; defaultValue?: string; options: { value: string; label: string }[] }
  | { kind: "file"; name: string; label: string; hint?: string; accept: string; multiple?: boolean };

/**
 * One small form of the case page (a step, a note, a payment, a transfer...): its fields are
 * described by the page, its errors come back from the action with what was typed.
 */
export function CaseActionForm({
  action,
  fields,
  submit,
  done,
  testId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: CaseField[];
  submit: string;
  done?: string;
  testId?: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const messageValues = state.details?.messageValues as MessageValues | undefined;
  const errors = (name: string) => state.fieldErrors?.[name]?.map((key) => t(key, messageValues));
  const typed = (name: string, fallback = "") => (state.ok ? fallback : (state.values?.[name] ?? fallback));
  const prefix = testId ?? "case-form";

  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-3" noValidate data-testid={testId}>
      <ErrorSummary state={state} />
      {fields.map((field) => {
        const id = `${prefix}-${field.name}`;
        if (field.kind === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
        if (field.kind === "file") {
          return (
            <div key={field.name} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium">
                {field.label}
              </label>
              <input id={id} name={field.name} type="file" accept={field.accept} multiple={field.multiple} aria-describedby={field.hint ? `${id}-hint` : undefined} className="block w-full text-sm" />
              {field.hint && (
                <p id={`${id}-hint`} className="text-xs text-muted-foreground">
                  {field.hint}
                </p>
              )}
              {errors(field.name) && (
                <p className="text-sm text-destructive" role="alert">
                  {errors(field.name)!.join(" ")}
                </p>
              )}
            </div>
          );
        }
        const common = { id, name: field.name, label: field.label, required: field.required, hint: field.hint, errors: errors(field.name), defaultValue: typed(field.name, field.defaultValue) };
        if (field.kind === "textarea") return <TextareaField {...common} key={field.name} rows={3} />;
        if (field.kind === "date") return <DateField {...common} key={field.name} />;
        if (field.kind === "select") return <SelectField {...common} key={field.name} options={field.options} placeholder="" />;
        return <InputField {...common} key={field.name} inputMode={field.kind === "amount" ? "decimal" : undefined} autoComplete="off" />;
      })}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {submit}
        </Button>
        {state.ok && done && (
          <span role="status" className="text-sm text-muted-foreground">
            {done}
          </span>
        )}
      </div>
    </form>
  );
}
