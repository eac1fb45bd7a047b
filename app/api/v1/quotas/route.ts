import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { listQuotas, saveQuota } from "@/lib/data/quotas";
import { parseInput } from "@/lib/schemas/common";
import { QuotaQuery } from "@/lib/schemas/reports";

export const GET = apiRoute(endpoints.listQuotas, async ({ actor, query }) => {
  const { year = new Date().getUTCFullYear() } = parseInput(QuotaQuery, query);
  return { year, rows: await listQuotas(actor, year) };
});

export const PUT = apiRoute(endpoints.saveQuota, ({ actor, body }) => saveQuota(actor, body));
