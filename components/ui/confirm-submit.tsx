"use client";
import { useRef, useState } from "react";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "./button";

export type Confirmation = { title: string; description: string; action?: string };

/**
 * A form's submit button for something hard to undo: it asks first, in a dialog, and sends the
 * form (with this button's name and value) only once the person confirms. Without `confirm` it is
 * a plain submit button. Enter in one of the form's fields comes here too, so it asks then as well.
 */
export function ConfirmSubmit({ confirm, onClick, ...props }: Omit<ButtonProps, "type" | "asChild"> & { confirm?: Confirmation }) {
  const t = useTranslations("ui");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={button}
        type="submit"
        onClick={(event) => {
          onClick?.(event);
          if (!confirm || event.defaultPrevented) return;
          event.preventDefault();
          setOpen(true);
        }}
        {...props}
      />
      {confirm && (
        <AlertDialog.Root open={open} onOpenChange={setOpen}>
          <AlertDialog.Portal>
            <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
            <AlertDialog.Content
              className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg border border-border bg-card p-6 text-card-foreground shadow-lg"
              onCloseAutoFocus={(event) => {
                // Back to the button that asked, which Radix cannot find without a Trigger.
                event.preventDefault();
                button.current?.focus();
              }}
            >
              <AlertDialog.Title className="text-lg font-semibold">{confirm.title}</AlertDialog.Title>
              <AlertDialog.Description className="text-sm text-muted-foreground">{confirm.description}</AlertDialog.Description>
              <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                <AlertDialog.Cancel asChild>
                  <Button variant="secondary" data-testid="confirm-cancel">
                    {t("cancel")}
                  </Button>
                </AlertDialog.Cancel>
                <AlertDialog.Action asChild>
                  <Button variant="destructive" data-testid="confirm-action" onClick={() => button.current?.form?.requestSubmit(button.current)}>
                    {confirm.action ?? t("confirm")}
                  </Button>
                </AlertDialog.Action>
              </div>
            </AlertDialog.Content>
          </AlertDialog.Portal>
        </AlertDialog.Root>
      )}
    </>
  );
}
