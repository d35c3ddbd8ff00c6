import { writeFileSync } from "node:fs";
import { parseCliArgs, type CliOptions } from "../../src/cli/args";
import { CliError } from "../../src/cli/cli-error";
import { layerSettings, settingsForRun } from "../../src/cli/cli-settings";
import { helpText } from "../../src/cli/help";
import { main } from "../../src/cli/main";
import { captureIO, tempDir } from "./support/workbooks";

function options(argv: string[]): CliOptions {
  const parsed = parseCliArgs(argv, () => "help");
  if (!("options" in parsed)) throw new Error("expected options");
  return parsed.options;
}

describe("--status-map word=class", () => {
  test("each flag classes one word, kept as written; the class is read in any case", () => {
    const o = options(["summary", "x.csv", "--status-map", "Hired=out", "--status-map", " Out back = UNAVAILABLE ", "--status-map", "a=b=available"]);
    expect(o.settingFlags.statusMap).toEqual({ Hired: "out", "Out back": "unavailable", "a=b": "available" });
  });

  test("without the flag no statusMap is set, so the saved one stays as it is", () => {
    expect(options(["summary", "x.csv"]).settingFlags).not.toHaveProperty("statusMap");
  });

  test.each([
    [["Hired"], '--status-map Hired: write the status word before "=", e.g. Rented=out'],
    [["=out"], '--status-map =out: write the status word before "=", e.g. Rented=out'],
    [["Hired=gone"], "--status-map Hired=gone: the class must be one of available, out, unavailable (write word=class)"],
    [["Hired="], "--status-map Hired=: the class must be one of available, out, unavailable (write word=class)"],
    [["Hired=out", "hired=available"], "--status-map names hired twice"],
    [["Checked out=out", "checked   out=available"], "--status-map names checked   out twice"],
    [["Checked out=out", "Checked-out=available"], "--status-map names Checked-out twice"],
  ])("%j is a usage error naming the flag", (words, message) => {
    const argv = ["check", "x.csv", ...words.flatMap((w) => ["--status-map", w])];
    expect(() => parseCliArgs(argv, () => "")).toThrow(CliError);
    expect(() => parseCliArgs(argv, () => "")).toThrow(message);
  });

  test("bad input exits 2 with the flag named on stderr", async () => {
    const run = captureIO(".");
    expect(await main(["summary", "x.csv", "--status-map", "Hired=lent"], run.io)).toBe(2);
    expect(run.stderr()).toContain("--status-map Hired=lent: the class must be one of available, out, unavailable");
    expect(run.stdout()).toBe("");
  });

  test("flags replace the same word of the settings (any case) and keep the others", () => {
    const layered = layerSettings({ statusMap: { Rented: "out", Lost: "unavailable" }, codeDigits: 3 }, { statusMap: { rented: "available" } });
    expect(layered).toEqual({ codeDigits: 3, statusMap: { Lost: "unavailable", rented: "available" } });
    expect(layerSettings({ statusMap: { Lost: "unavailable" } }, {}).statusMap).toEqual({ Lost: "unavailable" });
    expect(layerSettings({}, {})).not.toHaveProperty("statusMap");
    expect(layerSettings({ statusMap: { "On  loan": "out" } }, { statusMap: { "on-loan": "available" } }).statusMap).toEqual({ "on-loan": "available" });
  });

  describe("over --settings FILE.json", () => {
    const tmp = tempDir();
    afterAll(() => tmp.cleanup());

    test("the run's settings hold the file's words with the flags' on top", async () => {
      writeFileSync(tmp.file("s.json"), JSON.stringify({ statusMap: { Rented: "out", Lost: "unavailable" } }));
      const o = options(["check", "x.csv", "--settings", "s.json", "--status-map", "LOST=available", "--status-map", "Hired=out"]);
      const run = await settingsForRun(o, tmp.dir, () => undefined);
      expect(run.settings.statusMap).toEqual({ Rented: "out", LOST: "available", Hired: "out" });
    });

    test("a bad class in the file is named with its key", async () => {
      writeFileSync(tmp.file("bad.json"), JSON.stringify({ statusMap: { Rented: "gone" } }));
      const run = captureIO(tmp.dir);
      expect(await main(["check", "x.csv", "--settings", "bad.json"], run.io)).toBe(2);
      expect(run.stderr()).toContain("--settings bad.json: statusMap.Rented: must be available, out or unavailable");
    });
  });
});

describe("--status-merge", () => {
  test("aggregate takes keep-counts or refuse, refuse by default", () => {
    const base = ["aggregate", "x.csv", "--rows", "2-3", "--out", "y.xlsx"];
    expect(options(base).statusMerge).toBe("refuse");
    expect(options([...base, "--status-merge", "keep-counts"]).statusMerge).toBe("keep-counts");
    expect(options([...base, "--status-merge", "refuse"]).statusMerge).toBe("refuse");
  });

  test("another value is a usage error naming the flag", () => {
    expect(() => parseCliArgs(["aggregate", "x.csv", "--rows", "2", "--out", "y.xlsx", "--status-merge", "keep"], () => "")).toThrow("--status-merge takes refuse or keep-counts");
  });

  test("only aggregate takes it", () => {
    expect(() => parseCliArgs(["serialize", "x.csv", "--rows", "2", "--out", "y.xlsx", "--status-merge", "keep-counts"], () => "")).toThrow(
      "serialize does not take --status-merge (see inventory-rows serialize --help)",
    );
  });
});

describe("--map takes the availability roles", () => {
  test("status, available and purchase map to the headers given", () => {
    const o = options(["check", "x.csv", "--map", "status=Zustand", "--map", "Available=Free now", "--map", "purchase=Bought for"]);
    expect(o.mapping).toEqual({ status: "Zustand", available: "Free now", purchase: "Bought for" });
  });

  test("an unknown role names them all", () => {
    expect(() => parseCliArgs(["check", "x.csv", "--map", "state=Tila"], () => "")).toThrow(
      "--map state=Tila: the role must be one of quantity, codes, category, name, income, expense, status, available, purchase (write role=Header)",
    );
  });

  test("the mapping reaches the run's settings over a saved one", async () => {
    const tmp = tempDir();
    try {
      writeFileSync(tmp.file("s.json"), JSON.stringify({ mapping: { quantity: "Qty", status: "State" } }));
      const o = options(["check", "cars.csv", "--settings", "s.json", "--map", "status=Zustand", "--map", "available=Frei"]);
      const run = await settingsForRun(o, tmp.dir, () => undefined);
      expect(run.settings.mapping).toEqual({ quantity: "Qty", status: "Zustand", available: "Frei" });
    } finally {
      tmp.cleanup();
    }
  });
});

describe("help", () => {
  test("every command lists --status-map and the new roles; aggregate lists --status-merge", () => {
    for (const command of ["check", "summary", "serialize", "aggregate", "fix", "generate-codes", "stocktake"] as const) {
      expect(helpText(command)).toContain("--status-map WORD=CLASS");
      expect(helpText(command)).toContain("category, name, income, expense, status, available, purchase");
    }
    expect(helpText("aggregate")).toContain("--status-merge keep-counts");
    expect(helpText("serialize")).not.toContain("--status-merge");
  });
});
