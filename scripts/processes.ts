/** Child processes and ports for the scripts that start the app: tests, benchmark. */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** A command installed by npm in this project. */
export const bin = (name: string) => path.join(root, "node_modules/.bin", name);

/** A loopback port nothing listens on now, for a server about to be started. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Runs a command in the project folder with its output shown; resolves to its exit code. */
export function run(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env }, cwd: root });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
