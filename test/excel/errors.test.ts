import { describeOfficeError, ExcelActionError } from "../../src/excel";

test.each([
  ["InvalidOperationInCellEditMode", /Press Enter or Esc/],
  ["AccessDenied", /protected/],
  ["RequestPayloadSizeLimitExceeded", /too large/],
  ["GeneralException", /internal error/],
  ["ItemNotFound", /no longer there/],
  ["InvalidSelection", /chart, shape or picture is selected/],
  ["ActivityLimitReached", /busy with too many requests\. Wait a moment/],
  ["NotImplemented", /does not support the operation/],
  ["Unauthenticated", /could not verify your sign-in/],
  ["SomethingNew", /Excel reported an error/],
])("%s is explained in plain words, with the code for support", (code, words) => {
  const text = describeOfficeError(code);
  expect(text).toMatch(words);
  expect(text).toContain(`(${code})`);
});

test("ExcelActionError names the failed step, keeps the Office code as cause, and says whether it was undone", () => {
  const cause = Object.assign(new Error("boom"), { code: "GeneralException" });
  const restored = new ExcelActionError("excel-step-serializing", cause, true);
  expect(restored.message).toBe("Inserting and writing the rows failed: Excel reported an internal error. (GeneralException) Nothing was changed.");
  expect(restored).toMatchObject({ step: "excel-step-serializing", code: "GeneralException", cause, restored: true });
  expect(new ExcelActionError("excel-step-serializing", cause, false).message).toMatch(/could not be undone automatically/);
});

test("an error without an Office code is unexpected, not a code in brackets", () => {
  expect(describeOfficeError(undefined)).toBe("An unexpected error occurred.");
});
