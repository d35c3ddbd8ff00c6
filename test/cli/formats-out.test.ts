/** serialize/aggregate/summary --out as .csv, .tsv and .json (issue 14 point 3, docs/design.md §20). */
import { readFileSync, writeFileSync } from "node:fs";
import { main } from "../../src/cli/main";
import { readInput } from "../../src/cli/read-input";
import { captureIO, readBack, tempDir, writeStockWorkbook } from "./support/workbooks";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function run(argv: string[], expected = 0): Promise<string> {
  const io = captureIO(tmp.dir);
  expect(await main(argv, io.io)).toBe(expected);
  expect(io.stderr()).toBe("");
  return io.stdout();
}

const text = (name: string) => readFileSync(tmp.file(name), "utf8");

describe("serialize and aggregate of a .csv written as .csv", () => {
  beforeAll(() => {
    writeFileSync(
      tmp.file("stock.csv"),
      'Name,Qty,Codes,Income,Bought,Price\r\nPoles,3,"P-1, P-2, P-3",100.50,2024-01-31,$5\r\nLaptop,1,099205,12%,3-4,"$1,234"\r\n',
    );
  });

  test("the plan's rows are written; every cell the plan did not write keeps the file's own text", async () => {
    expect(await run(["serialize", "stock.csv", "--rows", "2", "--out", "ser.csv"])).toContain("Wrote ser.csv.");
    expect(text("ser.csv")).toBe(
      "\uFEFFName,Qty,Codes,Income,Bought,Price\r\n" +
        "Poles,1,P-1,33.5,2024-01-31,$5\r\n" +
        "Poles,1,P-2,33.5,2024-01-31,$5\r\n" +
        "Poles,1,P-3,33.5,2024-01-31,$5\r\n" +
        'Laptop,1,099205,12%,3-4,"$1,234"\r\n',
    );
  });

  test("aggregate of the written copy gives the rows back (codes joined, income summed)", async () => {
    await run(["aggregate", "ser.csv", "--rows", "2-4", "--out", "agg.csv"]);
    expect(text("agg.csv").split("\r\n").slice(0, 3)).toEqual([
      "\uFEFFName,Qty,Codes,Income,Bought,Price",
      'Poles,3,"P-1, P-2, P-3",100.5,2024-01-31,$5',
      'Laptop,1,099205,12%,3-4,"$1,234"',
    ]);
  });

  test("a .csv split on ; in nl-NL is written on ; with the locale's decimal comma in new numbers", async () => {
    writeFileSync(tmp.file("nl.csv"), "Naam;Aantal;Codes;Inkomsten\nPalen;2;P-1, P-2;10,25\n");
    await run(["serialize", "nl.csv", "--rows", "2", "--out", "nl-ser.csv", "--locale", "nl-NL"]);
    expect(text("nl-ser.csv")).toBe("\uFEFFNaam;Aantal;Codes;Inkomsten\r\nPalen;1;P-1;5,13\r\nPalen;1;P-2;5,12\r\n");
  });

  test("--out .tsv writes tab-separated text, the file's fields kept", async () => {
    await run(["serialize", "stock.csv", "--rows", "2", "--out", "ser.tsv"]);
    expect(text("ser.tsv").split("\r\n")[1]).toBe("Poles\t1\tP-1\t33.5\t2024-01-31\t$5");
  });

  test("--out .json of a .csv writes the rows as Office.js would return them (Excel's values, the file's text where it changed)", async () => {
    await run(["serialize", "stock.csv", "--rows", "2", "--out", "ser.json"]);
    const rows = JSON.parse(text("ser.json"));
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(["Poles", 1, "P-1", 33.5, 45322, 5]);
    expect(rows[4]).toEqual(["Laptop", 1, "099205", 0.12, "3-4", 1234]);
  });

  test("an .xlsx of a .csv is still the streamed workbook", async () => {
    await run(["serialize", "stock.csv", "--rows", "2", "--out", "ser.xlsx"]);
    const sheet = (await readBack(tmp.file("ser.xlsx"))).worksheets[0];
    expect(sheet.getCell("C4").value).toBe("P-3");
    expect(sheet.getCell("C5").value).toBe("099205");
  });
});

describe("a .json input written as .json or .csv", () => {
  test("an array of objects comes back as an array of objects, keys in the same order", async () => {
    writeFileSync(tmp.file("objects.json"), JSON.stringify([{ Name: "Poles", Qty: 2, Codes: "P-1, P-2", Note: null }, { Name: "Skis", Qty: 1, Codes: "S-1" }]));
    await run(["serialize", "objects.json", "--rows", "2", "--out", "objects-ser.json"]);
    expect(JSON.parse(text("objects-ser.json"))).toEqual([
      { Name: "Poles", Qty: 1, Codes: "P-1", Note: null },
      { Name: "Poles", Qty: 1, Codes: "P-2", Note: null },
      { Name: "Skis", Qty: 1, Codes: "S-1", Note: null },
    ]);
    expect(Object.keys(JSON.parse(text("objects-ser.json"))[0])).toEqual(["Name", "Qty", "Codes", "Note"]);
  });

  test("a 2-D array comes back as a 2-D array", async () => {
    writeFileSync(tmp.file("rows.json"), JSON.stringify([["Qty", "Codes"], [2, "A-1, A-2"]]));
    await run(["serialize", "rows.json", "--rows", "2", "--out", "rows-ser.json"]);
    expect(JSON.parse(text("rows-ser.json"))).toEqual([["Qty", "Codes"], [1, "A-1"], [1, "A-2"]]);
  });

  test("as .csv every text is formula-safe (a .json has no CSV text of its own to keep)", async () => {
    writeFileSync(tmp.file("names.json"), JSON.stringify([["Name", "Qty", "Codes"], ["=cmd|' /C calc'!A0", 2, "A-1, A-2"]]));
    await run(["serialize", "names.json", "--rows", "2", "--out", "names.csv"]);
    expect(text("names.csv")).toBe("\uFEFFName,Qty,Codes\r\n'=cmd|' /C calc'!A0,1,A-1\r\n'=cmd|' /C calc'!A0,1,A-2\r\n");
    // Read back as Excel opens it, the name is text again (with the quote that keeps it from running).
    expect((await readInput("names.csv", tmp.dir)).grid[1]).toEqual(["'=cmd|' /C calc'!A0", 1, "A-1"]);
  });
});

describe("summary --out as the table alone", () => {
  beforeAll(() => writeFileSync(tmp.file("sum.csv"), "Name,Qty,Codes,Category,Income\nPoles,2,\"P-1, P-2\",+Skis,10.50\nHelmet,1,H-1,Helmets,3\n"));

  test(".csv: headings, a row per category and the totals, numbers as numbers, text formula-safe", async () => {
    expect(await run(["summary", "sum.csv", "--out", "sum-out.csv"])).toContain("Wrote sum-out.csv (the summary table).");
    expect(text("sum-out.csv")).toBe(
      "\uFEFFCategory,Income,Expense,Net,Margin,Records,Serialized records,Aggregated records,Units,Income per unit\r\n" +
        "'+Skis,10.5,0,10.5,1,1,0,1,2,5.25\r\n" +
        "Helmets,3,0,3,1,1,1,0,1,3\r\n" +
        "Total,13.5,0,13.5,1,2,1,1,3,4.5\r\n",
    );
  });

  test(".json: one object per table row, the totals last", async () => {
    const stdout = await run(["summary", "sum.csv", "--out", "sum-out.json", "--json"]);
    const rows = JSON.parse(text("sum-out.json"));
    expect(rows.map((r: { Category: string }) => r.Category)).toEqual(["+Skis", "Helmets", "Total"]);
    expect(rows[2]).toMatchObject({ Income: 13.5, Units: 3, Margin: 1 });
    expect(JSON.parse(stdout)).toMatchObject({ out: tmp.file("sum-out.json") });
    expect(JSON.parse(stdout).outSheet).toBeUndefined();
  });

  test("an .xlsx input's summary can be written as .csv", async () => {
    await writeStockWorkbook(tmp.file("stock.xlsx"));
    await run(["summary", "stock.xlsx", "--out", "stock-sum.csv"]);
    expect(text("stock-sum.csv").split("\r\n").at(-2)).toMatch(/^Total,730\.5,/);
  });
});
