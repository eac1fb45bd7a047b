import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("the log", () => {
  it("writes one JSON line with the level, time, message, request id and user id", () => {
    const { logger, lines } = capture();
    logger.error({ requestId: "req-1", userId: "user-1", error: new Error("boom") }, "action failed");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", msg: "action failed", requestId: "req-1", userId: "user-1" });
    expect(lines[0].error).toMatchObject({ message: "boom", type: "Error" });
    expect(Date.parse(lines[0].time as string)).not.toBeNaN();
  });

  it("redacts passport numbers, passwords, codes, tokens and cookies, even nested", () => {
    const { logger, lines } = capture();
    logger.warn(
      {
        passportNo: "N1234567",
        password: "hunter2-hunter2",
        worker: { passportNo: "N7654321", accessCode: "ABCD-EFGH" },
        request: { headers: { cookie: "next-auth.session-token=xyz", authorization: "Bearer secret-token" } },
        body: { totpCode: "123456", newPassword: "my new passphrase" },
        user: { totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: ["k7mq-3xza-9pte-w2hd"], secondFactor: "654321" },
      },
      "sign-in failed",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["N1234567", "hunter2", "N7654321", "ABCD-EFGH", "xyz", "secret-token", "123456", "my new passphrase", "JBSWY3DPEHPK3PXP", "k7mq-3xza", "654321"]) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });

  it("keeps an error's own code, which says what went wrong", () => {
    const { logger, lines } = capture();
    logger.error({ error: Object.assign(new Error("connect failed"), { code: "ECONNREFUSED" }) }, "database unreachable");
    expect(lines[0].error).toMatchObject({ code: "ECONNREFUSED" });
  });
});
