import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { apiImport } from "@/lib/api/imports";
import { uploadImport } from "@/lib/api/import-upload";
import { listImports } from "@/lib/data/imports";

export const GET = apiRoute(endpoints.listImports, async ({ actor, query }) => {
  const { items, nextCursor } = await listImports(actor, query);
  return { items: items.map(apiImport), nextCursor };
});

export const POST = apiRoute(endpoints.createImport, async ({ actor, parts }) => apiImport(await uploadImport(actor, parts!)));
