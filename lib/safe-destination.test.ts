import { describe, expect, it } from "vitest";
import { safeDestination } from "./safe-destination";

const ORIGIN = "https://registry.example.gov.kh";

describe("safeDestination", () => {
  it.each([
    "/\\evil.example/",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example/",
    "///evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://registry.example.gov.kh@evil.example/",
    "https://user:pass@registry.example.gov.kh/workers",
    "http://registry.example.gov.kh/workers",
    "",
  ])("refuses %j", (value) => {
    expect(safeDestination(value, ORIGIN)).toBe("/");
  });

  it.each([
    ["/workers?status=DEPLOYED#list", "/workers?status=DEPLOYED#list"],
    ["/%5Cevil.example/", "/%5Cevil.example/"],
    ["https://registry.example.gov.kh/reports", "/reports"],
    ["workers", "/workers"],
    // Same scheme without slashes is, to a browser too, a path of the page's own origin.
    ["https:evil.example", "/evil.example"],
  ])("keeps %j, a page of the app, as %j", (value, expected) => {
    expect(safeDestination(value, ORIGIN)).toBe(expected);
  });

  it("keeps a destination within the part of the app asked for, else that part's start", () => {
    const portal = { within: "/portal" };
    expect(safeDestination("/portal/certificates/1", ORIGIN, portal)).toBe("/portal/certificates/1");
    expect(safeDestination("/workers", ORIGIN, portal)).toBe("/portal");
    expect(safeDestination("/portalx", ORIGIN, portal)).toBe("/portal");
    expect(safeDestination(["/portal"], ORIGIN, portal)).toBe("/portal");
  });
});
