import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { apiImport } from "@/lib/api/imports";
import { confirmImport } from "@/lib/data/imports";

const post = apiRoute(endpoints.confirmImport, async ({ actor, params }) => apiImport(await confirmImport(actor, params.id)));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ POST: post });
