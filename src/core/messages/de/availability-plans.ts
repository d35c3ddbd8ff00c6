import type { Translation } from "../translation";

/** DE words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
  "plan-available-unreadable":
    "Zeile {row}: {cell} sollte angeben, wie viele Stück der Zeile verfügbar sind, eine ganze Zahl von 0 bis {quantity}, nicht {value}",
  "plan-status-differs":
    "Zeile {row} unterscheidet sich von Zeile {other} nur in „{column}“ ({word}, {otherWord}): Zeilen werden nur zusammengeführt, wenn ihr Status übereinstimmt, es sei denn, Sie führen sie zusammen und behalten die Anzahl verfügbarer Stück in „{available}“",
  "plan-status-differs-no-available":
    "Zeile {row} unterscheidet sich von Zeile {other} nur in „{column}“ ({word}, {otherWord}): Zeilen mit unterschiedlichem Status können nur zusammengeführt werden, wenn das Arbeitsblatt eine Spalte für die verfügbare Menge hat, die die Anzahl verfügbarer Stück festhält",
  "plan-status-mixed":
    "Die nicht verfügbaren Stück haben in „{column}“ {count} verschiedene Status ({words}): Eine zusammengeführte Zeile kann nur einen Status enthalten, daher werden die Zeilen nicht zusammengeführt",
  "plan-status-word":
    "{word}",
};
