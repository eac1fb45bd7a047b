/**
 * Counts the statements the app sends to PostgreSQL: a loopback proxy between the app and the
 * bench database that reads the client's side of the wire protocol and counts each simple query
 * ('Q') and each execution of a prepared one ('E'). BEGIN and COMMIT count: each is a round trip.
 * The server side is passed through untouched. Plain TCP only (the bench database has no TLS).
 */
import net from "node:net";

export type StatementCounter = { url: string; count: () => number; reset: () => void; close: () => Promise<void> };

/** Reads a client's byte stream message by message: the startup packet has no type byte. */
function clientMessages(onMessage: (type: string) => void) {
  let buffer = Buffer.alloc(0);
  let started = false;
  return (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        if (buffer.length < 4) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        // An SSLRequest or GSSENCRequest (code 80877103 / 80877104) is followed by another startup packet.
        const code = buffer.readInt32BE(4);
        started = code !== 80877103 && code !== 80877104;
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) return;
      onMessage(String.fromCharCode(buffer[0]));
      buffer = buffer.subarray(1 + length);
    }
  };
}

export async function startStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  const targetPort = Number(target.port || 5432);
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, target.hostname);
    sockets.add(client).add(upstream);
    const read = clientMessages((type) => {
      if (type === "Q" || type === "E") statements++;
    });
    client.on("data", (chunk: Buffer) => {
      read(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    count: () => statements,
    reset: () => {
      statements = 0;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
