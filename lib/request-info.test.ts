import { describe, expect, it } from "vitest";
import { clientAddress, isHttps, requestOrigin } from "./request-info";

describe("request information from the headers", () => {
  it("takes the client's address from the first hop of x-forwarded-for", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.2" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientAddress(new Headers())).toBe("unknown");
  });

  it("knows HTTPS and the origin the client used", () => {
    const proxied = new Headers({ "x-forwarded-proto": "https,http", "x-forwarded-host": "registry.example.gov.kh", host: "10.0.0.5:3000" });
    expect(isHttps(proxied)).toBe(true);
    expect(requestOrigin(proxied)).toBe("https://registry.example.gov.kh");
    expect(isHttps(new Headers({ host: "localhost:3000" }))).toBe(false);
    expect(requestOrigin(new Headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
  });
});
