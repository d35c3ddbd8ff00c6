import { toErrorMessage } from "../../src/app/error-message";
import { text } from "../../src/core";
import { describeOfficeError } from "../../src/excel";

test.each([
  ["an Error's message, with a full stop", new Error("C14: the sheet is protected"), "C14: the sheet is protected."],
  ["only the first line (no stack)", new Error("Write failed in step 2.\n    at applyPlan (app.ts:10:5)"), "Write failed in step 2."],
  // The adapter's one table of Office codes says what the code means, and names the code.
  ["an Office code explained", Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" }), describeOfficeError("ItemNotFound")],
  ["a code found on the cause", Object.assign(new Error("Step 'write values' failed."), { cause: { code: "InsertDeleteConflict" } }), `${describeOfficeError("InsertDeleteConflict")} Step 'write values' failed.`],
  ["a message that is only a code", new Error("AccessDenied"), describeOfficeError("AccessDenied")],
  ["a cancellation", Object.assign(new Error("The operation was aborted."), { name: "AbortError" }), "Cancelled. Nothing was changed."],
])("%s", (_name, error, expected) => {
  expect(toErrorMessage(error)).toBe(expected);
});

test("an Office code is put in words, never shown bare", () => {
  const message = toErrorMessage(Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" }));
  expect(message).toMatch(/\(ItemNotFound\)$/);
  expect(message.length).toBeGreaterThan("(ItemNotFound)".length + 10);
});

test.each([undefined, null, "", "undefined", new Error(), new TypeError("Cannot read properties of undefined (reading 'rows')"), { foo: 1 }, 42])(
  "meaningless failures (%p) become a plain generic sentence",
  (error) => {
    const message = toErrorMessage(error);
    expect(message).toBe("Something went wrong and the action did not finish. Try again; if it keeps happening, reload the add-in.");
    expect(message).toBe(text("app-error-generic"));
  },
);
