"use client";
import { useEffect } from "react";
import { toast } from "sonner";

/**
 * A toast saying what was just done, shown when this mounts: a page that a save redirected to
 * with `?done=…` renders one, and so does a form whose action answered ok. The message is its own
 * id, so rendering it again does not stack a second copy.
 */
export function DoneToast({ message }: { message: string }) {
  useEffect(() => {
    toast.success(message, { id: message });
  }, [message]);
  return null;
}
