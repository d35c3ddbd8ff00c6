import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { cliLang, langFromEnv, wordsIn } from "../../src/cli/cli-lang";
import { reasonLines } from "../../src/cli/run-plans";
import { checkInventory, text, textIn, type MessageId } from "../../src/core";
import { FI } from "../../src/core/messages/fi";
import { captureIO, tempDir } from "./support/workbooks";

/**
 * The Finnish catalogue is being filled in parallel: where a key this test prints is still
 * missing, a stand-in with the same ICU arguments makes the Finnish line differ from English,
 * so the test shows the line comes from the catalogue. The assertions compare with textIn,
 * never with a fixed sentence, so they hold for the real translation too.
 */
const STAND_INS: Partial<Record<MessageId, string>> = {
  "issue-codes-duplicate": "{cell}: koodi {code} on myös {others, plural, one {rivillä {row1}} other {riveillä {row1} ym.}}",
  "rule-title-codes-duplicate": "Koodi toisella rivillä",
  "note-each-row-one-unit": "{why, select, on {Jokainen rivi on yksi kappale.} other {Ei määräsaraketta.}}",
  "rows-count": "{count, plural, one {# rivi} other {# riviä}}",
  "summary-stock-value-header": "Varaston arvo ({column})",
};
const fi = FI as Record<string, string>;
for (const [id, words] of Object.entries(STAND_INS)) fi[id] ??= words;

const GRID = [
  ["Name", "Qty", "Codes", "Category", "Income", "Deposit"],
  ["Ski", 1, "A1", "Skis", 10.5, 4],
  ["Ski", 1, "A1", "Skis", 20, 4],
  ["Pole", 2, "P1, P2", "Poles", 7, 3],
];

describe("--lang: the engine's words in the operator's language", () => {
  const tmp = tempDir();
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Stock").addRows(GRID);
    await workbook.xlsx.writeFile(tmp.file("stock.xlsx"));
  });
  afterAll(() => tmp.cleanup());

  async function run(argv: string[], env: Record<string, string> = {}) {
    const io = captureIO(tmp.dir);
    const code = await main(argv, { ...io.io, env });
    return { code, out: io.stdout(), err: io.stderr() };
  }

  const duplicate = checkInventory(GRID).issues.find((i) => i.rule === "codes-duplicate")!;

  test("check prints issue messages and rule titles from the catalogue", async () => {
    const { out } = await run(["check", "stock.xlsx", "--lang", "fi-FI"]);
    const finnish = textIn("fi-FI", duplicate.say!.id, duplicate.say!.values).replace(/^C2: /, "");
    expect(finnish).not.toBe(duplicate.message.replace(/^C2: /, ""));
    expect(out.split("\n")).toContain(`    C2  ${finnish}`);
    expect(out).toContain(`  ${textIn("fi-FI", "rule-title-codes-duplicate")} (codes-duplicate): 2`);
    // The CLI's own frame is in the language too (lang-frame.test.ts).
    expect(out).toMatch(/^Stock tiedostossa stock\.xlsx: otsikko rivillä 1;/);
  });

  test("without --lang the language comes from LC_ALL, then LC_MESSAGES, then LANG; C means English", async () => {
    const finnish = (await run(["check", "stock.xlsx", "--lang", "fi-FI"])).out;
    const english = (await run(["check", "stock.xlsx"])).out;
    expect(english).toContain(`    C2  ${duplicate.message.replace(/^C2: /, "")}`);
    expect((await run(["check", "stock.xlsx"], { LC_MESSAGES: "fi_FI.UTF-8", LANG: "C" })).out).toBe(finnish);
    expect((await run(["check", "stock.xlsx"], { LC_ALL: "C", LC_MESSAGES: "fi_FI.UTF-8" })).out).toBe(english);
    expect((await run(["check", "stock.xlsx", "--lang", "en"], { LC_MESSAGES: "fi_FI.UTF-8" })).out).toBe(english);
    // A language without a catalogue prints English.
    expect((await run(["check", "stock.xlsx", "--lang", "ja-JP"])).out).toBe(english);
  });

  test("--json keeps the engine's English message", async () => {
    const plain = await run(["check", "stock.xlsx", "--json"]);
    expect((await run(["check", "stock.xlsx", "--json", "--lang", "fi-FI"])).out).toBe(plain.out);
    expect(JSON.parse(plain.out).issues[0].message).toBe(duplicate.message);
  });

  test("notes, serialize's row counts and the summary's stock value headings are in the language", async () => {
    const note = await run(["check", "stock.xlsx", "--lang", "fi-FI", "--each-row-one-unit"]);
    expect(note.out).toContain(`Huomautus: ${textIn("fi-FI", "note-each-row-one-unit", { why: "on" })}`);
    const plan = await run(["serialize", "stock.xlsx", "--rows", "4", "--out", "o.xlsx", "--lang", "fi-FI"]);
    expect(plan.out).toContain(`  rivi 4: ${textIn("fi-FI", "rows-count", { count: 1 })} → ${textIn("fi-FI", "rows-count", { count: 2 })}`);
    const summary = await run(["summary", "stock.xlsx", "--lang", "fi-FI", "--per-unit", "Deposit", "--case-sensitive-codes"]);
    expect(summary.out).toContain(textIn("fi-FI", "summary-stock-value-header", { column: "Deposit" }));
    expect(summary.out).not.toContain(text("summary-stock-value-header", { column: "Deposit" }));
  });

  test("a refusal the engine gives as data is printed in the language; one without stays English", () => {
    const say = { id: "rows-count" as const, values: { count: 3 } };
    expect(reasonLines([{ row: 3, reason: "three rows", say }], (r) => r + 1, "fi-FI")).toEqual([`  rivi 4: ${textIn("fi-FI", "rows-count", { count: 3 })}`]);
    expect(reasonLines([{ row: 3, reason: "three rows" }], (r) => r + 1, "fi-FI")).toEqual(["  rivi 4: three rows"]);
    expect(wordsIn("en-GB", "English words", say)).toBe("English words");
  });

  test("help and usage errors stay English; a tag that is not one is exit 2", async () => {
    const bad = await run(["check", "stock.xlsx", "--lang", "!!"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^inventory-rows: --lang !!: language "!!" is not a language tag/);
    expect((await run(["check", "--help", "--lang", "fi-FI"])).out).toContain("--lang TAG");
  });
});

describe("the language tag from what a user or the environment writes", () => {
  test.each([
    ["fi_FI.UTF-8", "fi-FI"],
    ["de_DE@euro", "de-DE"],
    ["sv", "sv"],
    ["C", "en"],
    ["POSIX", "en"],
    ["C.UTF-8", "en"],
  ])("%s → %s", (given, tag) => expect(cliLang(given)).toBe(tag));

  test("the environment never stops a run", () => {
    expect(langFromEnv({})).toBe("en");
    expect(langFromEnv({ LANG: "???" })).toBe("en");
    expect(langFromEnv({ LC_ALL: " ", LC_MESSAGES: "nl_NL.UTF-8", LANG: "de_DE" })).toBe("nl-NL");
  });
});
