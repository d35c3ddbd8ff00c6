import { noticeDialogUrl, noticeFromSearch } from "../../src/app";

test("a notice goes into the dialog's URL on the pane's page and comes back out as text", () => {
  const notice = { intent: "warning" as const, title: "Nothing to serialize", message: "<b>A & B</b>", details: ["B3: already serialized"], undoable: true };
  const url = noticeDialogUrl("https://addins.example.com/inv/taskpane.html?x=1#top", notice);
  expect(url.startsWith("https://addins.example.com/inv/taskpane.html?notice=")).toBe(true);
  expect(noticeFromSearch(new URL(url).search)).toEqual({
    intent: "warning", title: "Nothing to serialize", message: "<b>A & B</b>", details: ["B3: already serialized"],
  });
});

test("a page without a notice, or with a broken one, is not a dialog; unknown tones become info", () => {
  expect(noticeFromSearch("")).toBeUndefined();
  expect(noticeFromSearch("?notice=%7Bbroken")).toBeUndefined();
  const odd = `?notice=${encodeURIComponent(JSON.stringify({ intent: "shout", title: 3, message: "m", details: [1, "d"] }))}`;
  expect(noticeFromSearch(odd)).toEqual({ intent: "info", title: "", message: "m", details: ["d"] });
});
