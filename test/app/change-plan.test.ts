import { planChanges, type GridPlace } from "../../src/app/change-plan";
import type { UserChange } from "../../src/excel";

/** A grid at B3 (sheet row 2, column 1), 7 columns, 100 rows, header on grid row 1 (a title row above). */
const place: GridPlace = { top: 2, left: 1, columns: 7, rows: 100, headerRow: 1 };
let serial = 0;
const edit = (address: string, changeType = "RangeEdited"): UserChange => ({ address, changeType, serial: ++serial });

test("an edit inside the table's columns is its grid rows", () => {
  expect(planChanges(place, [edit("C10:H12")], 1000)).toEqual({ steps: [], dirty: [7, 8, 9], rows: 100 });
});

test("inserted rows shift the rows changed before them and are read themselves", () => {
  const plan = planChanges(place, [edit("C20"), edit("10:11", "RowInserted"), edit("B50")], 1000);
  expect(plan).toEqual({ steps: [{ kind: "insert", at: 7, count: 2 }], dirty: [7, 8, 19, 47], rows: 102 });
});

test("deleted rows drop the changed rows inside them and move those below up", () => {
  const plan = planChanges(place, [edit("C20:C21"), edit("C9"), edit("A8:XFD10", "RowDeleted")], 1000);
  expect(plan).toEqual({ steps: [{ kind: "delete", at: 5, count: 3 }], dirty: [14, 15], rows: 97 });
});

test("rows inserted or deleted below the grid leave the index alone", () => {
  expect(planChanges(place, [edit("200:201", "RowInserted"), edit("300:301", "RowDeleted")], 1000)).toEqual({ steps: [], dirty: [197, 198], rows: 100 });
});

test("anything unclear is a reason for a full check", () => {
  expect(planChanges(place, [{ serial: 1 }], 1000)).toEqual({ full: "no-address" });
  expect(planChanges(place, [edit("C5,C9")], 1000)).toEqual({ full: "several-areas" });
  expect(planChanges(place, [edit("C:C", "ColumnInserted")], 1000)).toEqual({ full: "structure" });
  expect(planChanges(place, [edit("C5:D6", "CellInserted")], 1000)).toEqual({ full: "structure" });
  expect(planChanges(place, [edit("C5:D6", "RowInserted")], 1000)).toEqual({ full: "structure" });
  expect(planChanges(place, [edit("A5")], 1000)).toEqual({ full: "outside-columns" });
  expect(planChanges(place, [edit("H5:I5")], 1000)).toEqual({ full: "outside-columns" });
  expect(planChanges(place, [edit("C4")], 1000)).toEqual({ full: "header" });
  expect(planChanges(place, [edit("C1")], 1000)).toEqual({ full: "header" });
  expect(planChanges(place, [edit("4:4", "RowDeleted")], 1000)).toEqual({ full: "header" });
  expect(planChanges(place, [edit("C10:C1000009")], 1000)).toEqual({ full: "too-many-rows" });
  expect(planChanges(place, [edit("C10:C400"), edit("C500:C1200")], 1000)).toEqual({ full: "too-many-rows" });
  expect(planChanges(place, [{ serial: 9, missed: true }], 1000)).toEqual({ full: "missed" });
});

test("an insert or delete that came while the last read ran cannot be placed; an edit can", () => {
  const early = edit("10:11", "RowInserted");
  expect(planChanges(place, [early], 1000, early.serial)).toEqual({ full: "changed-during-read" });
  const typed = edit("C10");
  expect(planChanges(place, [typed], 1000, typed.serial)).toMatchObject({ dirty: [7] });
});
