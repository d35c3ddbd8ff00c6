import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A file system that reports no inode numbers (0 for every file), as some network and FAT drives do. */
jest.mock("node:fs", () => {
  const actual = jest.requireActual<typeof import("node:fs")>("node:fs");
  return {
    ...actual,
    statSync: (file: string, options?: { bigint?: boolean }) => {
      const info = actual.statSync(file, options as { bigint: true });
      return Object.assign(Object.create(Object.getPrototypeOf(info)), info, { ino: options?.bigint ? 0n : 0 });
    },
  };
});

import { checkOutPath } from "../../src/cli/out-file";

test("an inode of 0 proves nothing: two files on such a drive are not taken for one", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "inventory-rows-ino-"));
  try {
    writeFileSync(path.join(dir, "in.xlsx"), "x");
    writeFileSync(path.join(dir, "old.xlsx"), "y");
    expect(checkOutPath("old.xlsx", "in.xlsx", dir, true)).toBe(path.join(dir, "old.xlsx"));
    expect(() => checkOutPath("./in.xlsx", "in.xlsx", dir, true)).toThrow(/--out is the input file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
