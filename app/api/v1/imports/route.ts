import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { apiImport } from "@/lib/api/imports";
import { uploadImport } from "@/lib/api/import-upload";
import { listImports } from "@/lib/data/imports";

const get = apiRoute(endpoints.listImports, async ({ actor, query }) => {
  const { items, nextCursor } = await listImports(actor, query);
  return { items: items.map(apiImport), nextCursor };
});

const post = apiRoute(endpoints.createImport, async ({ actor, parts }) => apiImport(await uploadImport(actor, parts!)));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, POST: post });
