import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { homePath } from "@/lib/auth/home";

/** Everyone lands where their role works. */
export default async function Home() {
  const actor = await getActor();
  redirect(actor ? homePath(actor) : "/login");
}
