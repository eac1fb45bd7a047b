import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "./request-info";
import { SOCKET_ADDRESS_HEADER, stampSocketAddresses } from "./socket-address";

/** A real HTTP server, stamped as the app's is, that answers with the client address it reads. */
let server: Server;
let port: number;
beforeAll(async () => {
  stampSocketAddresses();
  server = createServer((req, res) => {
    const headers = new Headers(Object.entries(req.headers).map(([name, value]) => [name, String(value)] as [string, string]));
    res.end(JSON.stringify({ none: clientAddress(headers, 0), one: clientAddress(headers, 1), two: clientAddress(headers, 2) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function ask(headers: Record<string, string>): Promise<{ none: string; one: string; two: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, headers }, (res) => {
      let body = "";
      res.on("data", (piece) => (body += piece));
      res.on("end", () => resolve(JSON.parse(body)));
    })
      .on("error", reject)
      .end();
  });
}

describe("the client's address", () => {
  it("with no trusted proxy (TRUSTED_PROXY_HOPS=0) is the connection's, whatever headers the client forges", async () => {
    const forged = await ask({ "x-forwarded-for": "::ffff:127.0.0.9", "x-real-ip": "203.0.113.7", [SOCKET_ADDRESS_HEADER]: "198.51.100.1" });
    expect(forged.none).toBe("127.0.0.1");
    expect((await ask({})).none).toBe("127.0.0.1");
  });

  it("behind N trusted proxies (TRUSTED_PROXY_HOPS=N) is the Nth address from the right of X-Forwarded-For", async () => {
    // The client wrote the first entry; the one proxy in front appended the address it saw.
    const behindOne = await ask({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    expect(behindOne.one).toBe("203.0.113.7");
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(behindOne.two).toBe("6.6.6.6");
    expect((await ask({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" })).two).toBe("203.0.113.7");
    // A proxy said to be there but absent: the connection's address.
    expect((await ask({})).one).toBe("127.0.0.1");
  });
});
