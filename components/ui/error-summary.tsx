"use client";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState, MessageValues } from "@/lib/errors";

type Problem = { key: string; field: string; message: string };
/** Where a field's problem links to, and the label it is named by: read from the form's own controls. */
type Target = { id: string; label: string };

/** The control a field's error belongs to: the one with the field's id, else the first with its name. */
function controlOf(form: HTMLFormElement, field: string): HTMLElement | null {
  const byId = form.ownerDocument.getElementById(field);
  if (byId && form.contains(byId)) return byId;
  const byName = form.elements.namedItem(field);
  return byName instanceof RadioNodeList ? (byName[0] as HTMLElement | undefined) ?? null : (byName as HTMLElement | null);
}

function targetOf(form: HTMLFormElement, field: string): Target | null {
  const control = controlOf(form, field);
  if (!control?.id) return null;
  const label = (control as HTMLInputElement).labels?.[0]?.textContent ?? control.closest("fieldset")?.querySelector("legend")?.textContent ?? "";
  // The required mark is for the eye, not part of the name.
  return { id: control.id, label: label.replace(/\s*\*\s*$/, "").trim() };
}

/**
 * The GOV.UK error summary, the one way every form reports a refused submit: a box at the top of
 * the form listing each problem as a link to its field, named by the field's label, which takes
 * the focus on arrival so a screen reader reads it and the keyboard starts from it; while it is
 * shown the page title begins with "Error:". A problem of the form as a whole is listed without a
 * link. It finds each field's label and id in its own form, so a form only places it.
 */
export function ErrorSummary({
  state,
  handled = [],
  messageValues,
}: {
  state: FormState;
  /** Form errors the form explains in a notice of its own (a conflict, likely duplicates). */
  handled?: readonly string[];
  /** Values the form's own messages take (the password's least length), beside those the server sent. */
  messageValues?: MessageValues;
}) {
  const t = useTranslations();
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [targets, setTargets] = useState<Record<string, Target | null>>({});
  const values = { ...messageValues, ...(state.details?.messageValues as MessageValues | undefined) };
  const problems: Problem[] = Object.entries(state.fieldErrors ?? {}).flatMap(([field, keys]) => keys.map((key) => ({ key: `${field}:${key}`, field, message: t(key, values) })));
  const formProblem = state.formError && state.formError !== "errors.VALIDATION" && !handled.includes(state.formError) && !problems.length ? t(state.formError, values) : null;
  const shown = problems.length > 0 || formProblem !== null;
  const fields = problems.map((problem) => problem.field).join(" ");

  // Before the box is painted, so that it is read out whole when it takes the focus.
  useLayoutEffect(() => {
    const form = box.current?.closest("form");
    if (!form || !fields) return;
    setTargets(Object.fromEntries(fields.split(" ").map((field) => [field, targetOf(form, field)])));
  }, [fields]);

  useEffect(() => {
    if (!shown) return;
    box.current?.focus();
    const prefix = t("ui.errorTitle");
    const title = document.title;
    if (!title.startsWith(prefix)) document.title = `${prefix} ${title}`;
    return () => {
      document.title = title;
    };
  }, [shown, t]);

  if (!shown) return null;
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="rounded-md border-2 border-destructive bg-card p-4 focus:outline-2 focus:outline-ring"
      data-testid="error-summary"
    >
      <h2 id={titleId} className="text-base font-semibold text-destructive">
        {t("ui.errorSummary")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 ps-5 text-sm text-destructive">
        {problems.map((problem) => {
          const target = targets[problem.field];
          const text = target?.label ? `${target.label}: ${problem.message}` : problem.message;
          return (
            <li key={problem.key}>
              {target ? (
                <a
                  href={`#${target.id}`}
                  className="underline underline-offset-2"
                  onClick={(event) => {
                    // As GOV.UK's does: into the field itself, with its label in view above it.
                    const control = document.getElementById(target.id);
                    if (!control) return;
                    event.preventDefault();
                    control.scrollIntoView({ block: "center" });
                    control.focus();
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
        {formProblem && <li>{formProblem}</li>}
      </ul>
    </div>
  );
}
