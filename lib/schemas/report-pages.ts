import { z } from "zod";

/** The quota year in the URL of /reports; anything but a plausible year shows the current one. */
export const QuotaYear = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .catch(() => new Date().getUTCFullYear());
