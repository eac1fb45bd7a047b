import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { apiImport } from "@/lib/api/imports";
import { getImport } from "@/lib/data/imports";

const get = apiRoute(endpoints.getImport, async ({ actor, params }) => apiImport(await getImport(actor, params.id)));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get });
