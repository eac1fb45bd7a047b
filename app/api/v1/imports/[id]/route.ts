import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { apiImport } from "@/lib/api/imports";
import { getImport } from "@/lib/data/imports";

export const GET = apiRoute(endpoints.getImport, async ({ actor, params }) => apiImport(await getImport(actor, params.id)));
