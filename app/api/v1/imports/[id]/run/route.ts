import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { apiImport } from "@/lib/api/imports";
import { confirmImport } from "@/lib/data/imports";

export const POST = apiRoute(endpoints.confirmImport, async ({ actor, params }) => apiImport(await confirmImport(actor, params.id)));
