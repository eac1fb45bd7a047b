import "server-only";
import pg from "pg";
import { CONNECT_TIMEOUT_MS } from "./database-health";
import { env } from "./env";

/**
 * Reference data (today the countries and the provinces) read once per server process and kept
 * until it changes. A trigger on each reference table (countries, provinces, posts and the
 * countries each post serves) notifies `reference_change` (migration
 * 20261203141500_reference_change_notices), whoever changes it; every server LISTENs on the primary
 * and forgets what it kept when told. A server that is not listening (the connection failed or
 * dropped) keeps nothing and reads afresh, and tries to listen again a few seconds later.
 */
type State = { kept: Map<string, Promise<unknown>>; listening: Promise<boolean> | null; retryAt: number };

const RETRY_AFTER_MS = 5_000;

const globalForReference = globalThis as unknown as { referenceCache?: State };
const state: State = (globalForReference.referenceCache ??= { kept: new Map(), listening: null, retryAt: 0 });

function listen(): Promise<boolean> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: "registry-reference-listener" });
  let over = false;
  const stopListening = () => {
    if (over) return;
    over = true;
    state.kept.clear();
    state.listening = null;
    state.retryAt = Date.now() + RETRY_AFTER_MS;
    client.end().catch(() => {});
  };
  client.on("notification", () => state.kept.clear());
  client.on("error", stopListening);
  client.on("end", stopListening);
  return client
    .connect()
    .then(() => client.query("LISTEN reference_change"))
    .then(
      () => true,
      () => {
        stopListening();
        return false;
      },
    );
}

function freeze<T>(value: T): T {
  if (Array.isArray(value)) value.forEach((item) => Object.freeze(item));
  return Object.freeze(value);
}

/** What `read` answers, kept under `key` until reference data changes. */
export async function keptReference<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (!state.listening && Date.now() >= state.retryAt) state.listening = listen();
  if (!state.listening || !(await state.listening)) return read();
  let kept = state.kept.get(key) as Promise<T> | undefined;
  if (!kept) {
    // Shared by every request of the process: frozen, so that no caller can change it for the others.
    kept = read().then(freeze);
    state.kept.set(key, kept);
    // A failed read is not kept: the next request tries again.
    kept.catch(() => state.kept.delete(key));
  }
  return kept;
}
