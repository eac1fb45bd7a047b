import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { listQuotas, saveQuota } from "@/lib/data/quotas";
import { parseInput } from "@/lib/schemas/common";
import { QuotaQuery } from "@/lib/schemas/reports";

const get = apiRoute(endpoints.listQuotas, async ({ actor, query }) => {
  const { year = new Date().getUTCFullYear() } = parseInput(QuotaQuery, query);
  return { year, rows: await listQuotas(actor, year) };
});

const put = apiRoute(endpoints.saveQuota, ({ actor, body }) => saveQuota(actor, body));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, PUT: put });
