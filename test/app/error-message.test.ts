import { toErrorMessage } from "../../src/app/error-message";

test.each([
  ["an Error's message, with a full stop", new Error("C14: the sheet is protected"), "C14: the sheet is protected."],
  ["only the first line (no stack)", new Error("Write failed in step 2.\n    at applyPlan (app.ts:10:5)"), "Write failed in step 2."],
  ["an Office code explained", Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" }), "The sheet or range was not found. It may have been renamed or deleted. (Excel code: ItemNotFound)"],
  ["a code found on the cause", Object.assign(new Error("Step 'write values' failed."), { cause: { code: "InsertDeleteConflict" } }), "Excel could not insert or delete rows here (a table, merged cells or a filter is in the way). Step 'write values' failed. (Excel code: InsertDeleteConflict)"],
  ["a cancellation", Object.assign(new Error("The operation was aborted."), { name: "AbortError" }), "Cancelled. Nothing was changed."],
])("%s", (_name, error, expected) => {
  expect(toErrorMessage(error)).toBe(expected);
});

test.each([undefined, null, "", "undefined", new Error(), new TypeError("Cannot read properties of undefined (reading 'rows')"), { foo: 1 }, 42])(
  "meaningless failures (%p) become a plain generic sentence",
  (error) => {
    const text = toErrorMessage(error);
    expect(text).toBe("Something went wrong and the action did not finish. Try again; if it keeps happening, reload the add-in.");
  },
);
