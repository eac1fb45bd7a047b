import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { getPublishedSource, setPublishedSourceRetired } from "@/lib/data/published-figures";

export const POST = apiRoute(endpoints.retirePublishedSource, async ({ actor, params }) => {
  await setPublishedSourceRetired(actor, params.id, true);
  return getPublishedSource(actor, params.id);
});
