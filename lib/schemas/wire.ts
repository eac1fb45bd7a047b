import { z } from "zod";

/**
 * Dates as they travel in JSON, as zod codecs: decoded, the data layer's Date; encoded, the text the
 * API sends. Shared by the API's response schemas and the data types inferred from them.
 */

/** Birth, deployment and contract dates go out as YYYY-MM-DD, the form request bodies take. */
export const calendarDate = z.codec(z.iso.date(), z.date(), {
  decode: (text) => new Date(`${text}T00:00:00Z`),
  encode: (date) => date.toISOString().slice(0, 10),
});

export const instant = z.codec(z.iso.datetime(), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

export const passportMasked = z.string().meta({ description: "Only the last four characters of the passport number" });
