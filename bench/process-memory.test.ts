import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { processTreeMemory, treeOf } from "./process-memory";

describe("treeOf", () => {
  it("finds children and their children, and nothing else", () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [20, 1],
    ]);
    expect(treeOf(10, parents).sort()).toEqual([10, 11, 12]);
  });
});

describe("processTreeMemory", () => {
  it("counts a child process's memory with its parent's", async () => {
    const child = spawn(process.execPath, ["-e", "const kept = Buffer.alloc(64 * 2 ** 20, 1); setInterval(() => kept[0]++, 1000)"], { stdio: "ignore" });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const alone = processTreeMemory(child.pid!).stop();
      const withParent = processTreeMemory(process.pid).stop();
      expect(alone).toBeGreaterThan(64 * 2 ** 20);
      expect(withParent).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.9 + alone * 0.9);
    } finally {
      child.kill();
      await once(child, "exit");
    }
  });
});
