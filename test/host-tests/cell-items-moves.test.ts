import { createTestHost } from "../host";

/** Small deterministic generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const col = (c: number) => "ABCD"[c];

// Every note, comment and link names the value of its cell; after any mix of row inserts and deletes
// (entire rows by the user, and partial-width shifts through the API) each must still sit on that value.
test.each([1, 2, 3, 4, 5])("notes, comments and hyperlinks stay on their cells through random row inserts and deletes (seed %i)", async (n) => {
  const next = random(n);
  const values = Array.from({ length: 30 }, (_, r) => Array.from({ length: 4 }, (_, c) => `${col(c)}${r + 1}`));
  const notes: Record<string, string> = {}, comments: Record<string, string> = {}, hyperlinks: Record<string, { address: string }> = {};
  for (const [r, line] of values.entries()) {
    for (const [c, v] of line.entries()) {
      const pick = next();
      if (pick < 0.15) notes[`${col(c)}${r + 1}`] = v;
      else if (pick < 0.3) comments[`${col(c)}${r + 1}`] = v;
      if (next() < 0.15) hyperlinks[`${col(c)}${r + 1}`] = { address: `https://x/${v}` };
    }
  }
  const host = createTestHost({ sheets: [{ name: "S", values, notes, comments, hyperlinks }] });
  for (let step = 0; step < 12; step++) {
    const row = 1 + Math.floor(next() * 25), count = 1 + Math.floor(next() * 3);
    const choice = next();
    if (choice < 0.3) host.userInsertRows("S", `${row}:${row + count - 1}`);
    else if (choice < 0.6) host.userDeleteRows("S", `${row}:${row + count - 1}`);
    else {
      const c0 = Math.floor(next() * 2), c1 = c0 + Math.floor(next() * 2);
      await host.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange(`${col(c0)}${row}:${col(c1)}${row + count - 1}`);
        if (choice < 0.8) range.insert("Down");
        else range.delete("Up");
        await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one run per random step, as the user would act
      });
    }
  }
  const grid = host.sheetValues("S");
  const at = (address: string) => {
    const c = "ABCD".indexOf(address[0]), r = Number(address.slice(1)) - 1;
    return grid[r]?.[c];
  };
  for (const [address, content] of Object.entries(host.notes("S"))) expect([address, at(address)]).toEqual([address, content]);
  for (const [address, content] of Object.entries(host.comments("S"))) expect([address, at(address)]).toEqual([address, content]);
  for (const [address, link] of Object.entries(host.hyperlinks("S"))) expect([address, `https://x/${at(address)}`]).toEqual([address, link.address]);
  const surviving = new Set(grid.flat());
  expect(Object.values(host.notes("S")).sort()).toEqual(Object.values(notes).filter((v) => surviving.has(v)).sort());
});
