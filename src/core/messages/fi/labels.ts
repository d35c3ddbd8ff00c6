import type { Translation } from "../translation";

/** FI words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "ei yksiköitä (määrä 0): ei tulostettavia tarroja",
  "labels-code128-character": "{cell}: \"{code}\" sisältää merkin {character}, jota Code 128 ei voi tulostaa (se hyväksyy kirjaimet A–Z, numerot, välilyönnit ja ASCII-välimerkit); käytä QR-koodia tai muuta koodia",
  "labels-too-long": "{cell}: \"{code}\" on {length, number} merkkiä pitkä; {symbology} mahtuu enintään {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" ei ole EAN-13-numero (13 numeroa, ei muuta); käytä Code 128:aa tai QR-koodia",
  "labels-ean13-check": "{cell}: koodin \"{code}\" EAN-13-tarkistusnumero on väärä (viimeisen numeron pitäisi olla {expected})",
  "labels-sheet-name": "Tarrat",
  "labels-cli-made": "{labels, plural, one {# tarra} other {# tarraa}} {pages, plural, one {# sivulla} other {# sivulla}} ({layout}, {symbology}).",
  "labels-cli-refused": "Koodit, joille ei tehty tarraa ({count, number}):",
  "labels-cli-uncoded": "Yksiköt ilman koodia ({count, number}); yksilöi rivi tai luo koodit riville, jolla ei ole koodeja, ja tulosta sitten niiden tarrat:",
  "labels-cli-uncoded-row": "{units, plural, one {# yksiköllä ei ole koodia} other {# yksiköllä ei ole koodia}}",
  "labels-cli-none": "Ei tarroja: valitse varastoluettelon rivejä, joiden koodit voi tulostaa (--rows Excelin rivinumeroina); tiedostoa {file} ei kirjoitettu.",
  "labels-ean13-twelve": "{cell}: koodissa \"{code}\" on 12 numeroa: viivakoodi lisäisi tarkistusnumeron ja luettaisiin muodossa {full}, joka ei ole solun koodi; kirjoita soluun {full}",
  "labels-qr-too-long": "{cell}: \"{code}\" vie {bytes, number} tavua; QR-koodiin mahtuu enintään {max, number} (tarkkeelliset kirjaimet vievät 2 tavua, muut kirjoitusjärjestelmät ja symbolit 3)",
  "labels-too-dense": "{cell}: \"{code}\" on liian pitkä tähän tarraan: sen kapeimmat viivat tulostuisivat {width, number} mm leveinä, ja lukijat tarvitsevat vähintään {min, number} mm; käytä QR-koodia tai leveämpää tarraa",
  "labels-not-drawn": "{cell}: koodia \"{code}\" ei voitu piirtää muodossa {symbology}: {reason}",
  "labels-cli-too-many": "Työkirjaa ei tehty: {count, number} tarraa vie {pages, number} sivua, ja Excel säilyttää laskentataulukossa enintään {max, number} sivunvaihtoa. Tee kerralla enintään {most, number} tarraa: valitse vähemmän rivejä --rows-väleillä (esimerkiksi --rows 2-500 ja sitten --rows 501-1000) tai kirjoita PDF; tiedostoa {file} ei kirjoitettu.",
};
