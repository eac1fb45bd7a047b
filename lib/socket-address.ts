import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The header that carries the connection's own address into the app. `next start` shows route
 * handlers and server components only the request's headers, and keeps an X-Forwarded-For a client
 * sent instead of the connection's address; so every request is stamped with the address of its
 * socket, over whatever a client sent under this name, before Next sees it.
 */
export const SOCKET_ADDRESS_HEADER = "x-registry-socket-address";

const installed = globalThis as unknown as { socketAddressStamp?: boolean };

/** The connection's address, when this process stamps it; otherwise the header is a client's and is not read. */
export function socketAddress(headers: Headers): string | null {
  return installed.socketAddressStamp ? headers.get(SOCKET_ADDRESS_HEADER) || null : null;
}

/** Stamps each request this process serves with its socket's address (from instrumentation.ts). */
export function stampSocketAddresses(): void {
  if (installed.socketAddressStamp) return;
  installed.socketAddressStamp = true;
  // Published by Node's HTTP server for every request, before the server's "request" event.
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[SOCKET_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  });
}
