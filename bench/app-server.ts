/**
 * The app as it is deployed: `next build`, then `next start` on a free loopback port, against the
 * bench database (or a test's own clusters); and a signed-in session for the load.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { bin, freePort, run } from "../scripts/processes";

/** `secret` signs its session cookies; `pid` is the `next start` process. */
export type RunningApp = { origin: string; pid: number; secret: string; stop: () => Promise<void> };

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

const appEnv = (databaseUrl: string) => ({ DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" });

export async function buildApp(databaseUrl: string): Promise<void> {
  const code = await run(bin("next"), ["build"], appEnv(databaseUrl));
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

/** `next start` on 127.0.0.1 only, with `env` added to ours; resolves once it serves the sign-in page. */
export async function startApp(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // A given secret serves a database whose demo accounts' authenticator keys were sealed under it.
  const secret = env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex");
  const child = spawn(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    env: { ...process.env, ...appEnv(databaseUrl), NEXTAUTH_URL: origin, NEXTAUTH_SECRET: secret, ...env },
    // The server's errors are shown; its request log would drown the benchmark's own output.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = once(child, "exit");
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  async function stop() {
    if (ended()) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  try {
    await untilServing(`${origin}/login`, ended);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: child.pid!, secret, stop };
}

async function untilServing(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (hasExited()) throw new Error("next start exited before serving");
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not serve ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

/**
 * next-auth's credentials sign-in, as the login form does it, with the one-time code for an
 * account that has two-factor sign-in; returns the session cookie.
 */
export async function signIn(origin: string, email: string, password: string, code = ""): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, code, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`signing in as ${email} failed: HTTP ${response.status} ${await response.text()}`);
  return session;
}
