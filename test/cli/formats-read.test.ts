/** Reading .tsv, .txt and JSON arrays of objects (issue 14 point 3, docs/design.md §20). */
import { writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import { main } from "../../src/cli/main";
import { parseJsonGrid } from "../../src/cli/read-json";
import { readInput } from "../../src/cli/read-input";
import { captureIO, tempDir } from "./support/workbooks";

describe("tab-separated text files", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test.each(["stock.tsv", "stock.txt"])("%s is split on tabs and read as Excel opens it (leading zeros lost, the file's text noted)", async (name) => {
    writeFileSync(tmp.file(name), 'Name\tQty\tCodes\r\n"Poles, long"\t2\tP-1, P-2\r\nLaptop\t1\t099205\r\n');
    const input = await readInput(name, tmp.dir);
    expect(input.kind).toBe("csv");
    expect(input.delimiter).toBe("\t");
    expect(input.grid).toEqual([["Name", "Qty", "Codes"], ["Poles, long", 2, "P-1, P-2"], ["Laptop", 1, 99205]]);
    expect(input.changes).toEqual([{ row: 2, column: 2, text: "099205", kind: "leading-zeros" }]);
  });

  test("the file's own fields are kept only when asked for (a text copy needs them; they cost memory)", async () => {
    writeFileSync(tmp.file("fields.tsv"), "Qty\tCodes\n007\t3-4\n");
    expect((await readInput("fields.tsv", tmp.dir)).texts).toBeUndefined();
    const kept = await readInput("fields.tsv", tmp.dir, { keepFields: true });
    expect(kept.texts).toEqual([["Qty", "Codes"], ["007", "3-4"]]);
    expect(kept.grid[1][0]).toBe(7);
  });

  test("a comma never splits a .tsv, even where commas outnumber tabs", async () => {
    writeFileSync(tmp.file("commas.tsv"), "Name\tCodes\nA, B, C\tX, Y, Z\n");
    expect((await readInput("commas.tsv", tmp.dir)).grid).toEqual([["Name", "Codes"], ["A, B, C", "X, Y, Z"]]);
  });

  test("a .txt in Windows-1252 or UTF-16 (Excel's \"Unicode Text\") is decoded as a .csv is", async () => {
    writeFileSync(tmp.file("ansi.txt"), iconv.encode("Määrä\tKoodit\n2\t€-1, €-2\n", "windows-1252"));
    writeFileSync(tmp.file("unicode.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Qty\tCodes\r\n1\tÄ-1\r\n", "utf16le")]));
    expect((await readInput("ansi.txt", tmp.dir)).grid).toEqual([["Määrä", "Koodit"], [2, "€-1, €-2"]]);
    expect((await readInput("unicode.txt", tmp.dir)).grid).toEqual([["Qty", "Codes"], [1, "Ä-1"]]);
  });

  test("--delimiter and --excel-reading apply to a .tsv as to a .csv", async () => {
    writeFileSync(tmp.file("semi.txt"), "Qty;Codes\n1;00123\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "semi.txt", "--delimiter", ";", "--excel-reading", "off", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).issues).toEqual([]);
    expect(run.stderr()).toBe("");
  });

  test("check reports a .tsv's issues with their cells", async () => {
    writeFileSync(tmp.file("bad.tsv"), "Qty\tCodes\n2.5\tA\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "bad.tsv", "--json"], run.io)).toBe(1);
    expect(JSON.parse(run.stdout()).issues.map((i: { address: string; rule: string }) => `${i.address} ${i.rule}`)).toContain("A2 quantity-not-whole");
  });
});

describe("JSON as an array of objects", () => {
  test("keys are the headers, in first-seen order across all objects; a missing key is an empty cell", () => {
    const grid = parseJsonGrid('[{"Qty":2,"Codes":"A, B"},{"Codes":"C","Name":"Skis","Qty":1},{"Qty":1,"Codes":"D","Sold":true,"Note":null}]', "in.json");
    expect(grid).toEqual([
      ["Qty", "Codes", "Name", "Sold", "Note"],
      [2, "A, B", "", "", ""],
      [1, "C", "Skis", "", ""],
      [1, "D", "", true, ""],
    ]);
  });

  test.each([
    ['[{"Qty":1,"Codes":{"x":1}}]', 'in.json at object 1 (row 2), key "Codes": a value must be a string, number, boolean or null'],
    ['[{"Qty":1},{"Qty":[1,2]}]', 'in.json at object 2 (row 3), key "Qty": a value must be a string, number, boolean or null'],
    ['[{"Qty":1},["Qty"]]', "in.json at object 2 (row 3): every entry must be an object like the first"],
    ['[{"Qty":1},null]', "in.json at object 2 (row 3): every entry must be an object like the first"],
    ["[{}, {}]", "in.json: the objects have no keys, so there are no headers"],
  ])("%s is refused naming the row and key", (text, message) => {
    expect(() => parseJsonGrid(text, "in.json")).toThrow(message);
  });

  test("a 2-D array is still read as before, and says which shape it was", () => {
    const shapes: string[] = [];
    expect(parseJsonGrid('[["Qty"],[1],[null]]', "in.json", (s) => void shapes.push(s))).toEqual([["Qty"], [1], [""]]);
    parseJsonGrid('[{"Qty":1}]', "in.json", (s) => void shapes.push(s));
    expect(shapes).toEqual(["rows", "objects"]);
  });

  test("check runs on an array of objects, with cells counted from the header row", async () => {
    const tmp = tempDir();
    try {
      writeFileSync(tmp.file("stock.json"), JSON.stringify([{ Name: "Poles", Qty: 3, Codes: "P-1, P-2, P-3" }, { Name: "Laptop", Qty: 2.5, Codes: "L-1" }]));
      const run = captureIO(tmp.dir);
      expect(await main(["check", "stock.json", "--json"], run.io)).toBe(1);
      const result = JSON.parse(run.stdout());
      expect(result.table.headers).toEqual(["Name", "Qty", "Codes"]);
      expect(result.issues.map((i: { address: string }) => i.address)).toContain("B3");
    } finally {
      tmp.cleanup();
    }
  });
});
