import type { Translation } from "../translation";

/** FI words for en/plans.ts. */
export const PLANS: Translation = {
  "plan-no-table": "varastoluetteloa ei löytynyt (ei otsikkoriviä, jossa on määrä ja varastokoodit)",
  "plan-header-row": "tämä on otsikkorivi",
  "plan-above-table": "rivi on varastoluettelon yläpuolella",
  "plan-blank-row": "rivi on tyhjä",
  "plan-outside-table": "rivi ei kuulu varastoluetteloon",
  "plan-header-problem": "varastoluettelon otsikoissa on ongelma: {problem}",
  "plan-row-has-errors": "rivillä on virheitä",
  "plan-row-errors":
    "rivillä on {count, plural, one {virhe: {first}} =2 {# virhettä: {first}; {second}} other {# virhettä: {first}; {second}; …}}",
  "plan-column-number": "sarake {column}",
  "plan-column-header": "{header}",

  "plan-already-serialized": "jo yksilöity (määrä 1)",
  "plan-fix-codes-first": "korjaa ensin koodiluettelo: {issue}",
  "plan-codes-over-quantity":
    "rivillä {row} on {codes, plural, one {# koodi} other {# koodia}}, mutta määrä on {quantity}: yksilöinti pudottaisi koodeja pois; korjaa ensin määrä tai koodit",
  "plan-codes-too-long":
    "rivi {row}: koodista \"{code}{cut, select, yes {…} other {}}\" muodostetut koodit olisivat pidempiä kuin {max, plural, one {# merkki} other {# merkkiä}}; lyhennä ensimmäistä koodia tai lisää puuttuvat koodit",
  "plan-prefix-codes-too-long":
    "rivi {row}: etuliitteestä \"{prefix}\" ja {digits, plural, one {# numerosta} other {# numerosta}} muodostetut koodit olisivat pidempiä kuin {max, plural, one {# merkki} other {# merkkiä}}; valitse asetuksissa lyhyempi etuliite tai kirjoita koodit",
  "plan-split-refused": "rivi {row}: sarakkeen \"{column}\" arvo jaetaan uusille riveille, mutta {problem}",
  "plan-split-not-a-number": "siinä ei ole lukua",
  "plan-split-too-large": "{value} on liian suuri jaettavaksi tarkasti",
  "plan-past-last-row":
    "yksilöinti tarvitsee {newRows, plural, one {# uuden rivin} other {# uutta riviä}}, ja taulukko päättyisi riville {lastRow, number}, yli Excelin enimmäisrivimäärän {limit, number}",

  "plan-joined-codes-too-long": "yhdistetyissä koodeissa olisi {length, number} merkkiä, enemmän kuin Excel-soluun mahtuu ({max, number})",
  "plan-sum-refused": "sarake \"{column}\" lasketaan yhteen rivejä yhdistettäessä, mutta {problem}",
  "plan-sum-not-a-number": "solussa {cell} on {value}, joka ei ole luku",
  "plan-sum-too-large": "summa on liian suuri laskettavaksi tarkasti",
  "plan-nothing-to-merge": "yksittäistä riviä ei voi yhdistää mihinkään; valitse vähintään kaksi toisiaan vastaavaa riviä",
  "plan-unit-several-codes":
    "{count, plural, one {rivi {rows} on yksi yksikkö, jolla on useampi kuin yksi koodi} other {# riviä ({rows}) on yksiköitä, joilla kullakin on useampi kuin yksi koodi}}: yhdistetystä rivistä ei näkisi, mitkä koodit kuuluvat millekin yksikölle, joten rivejä ei yhdistetä",
  "plan-row-differs":
    "rivi {row} eroaa rivistä {other} {count, plural, one {sarakkeessa} other {sarakkeissa}} {columns}: yhdistäminen hävittäisi {count, plural, one {sen} other {ne}}",

  "plan-no-automatic-fix": "{cell}: säännöllä \"{rule}\" ei ole automaattista korjausta",
  "plan-cell-not-checked": "solu {cell} ei kuulu tarkistettuihin arvoihin",
  "plan-cell-changed": "solun {cell} sisältö ei ole enää sama kuin tarkistuksessa; tarkista uudelleen",
  "plan-grid-row": "rivi {row}",
  "plan-row-has-codes": "rivillä {row} on jo koodit",

  "plan-formula-cell": "solussa {cell} on {formula}",
  "plan-formulas-refused":
    "{cells}{more, plural, =0 {} one { ja # muu kaava} other { ja # muuta kaavaa}}: {action, select, serialize {yksilöinti} other {yhdistäminen}} kirjoittaisi {count, plural, one {arvon tämän kaavan päälle} other {arvoja näiden kaavojen päälle}}; käytä niiden arvoja tai muuta kaavoja ensin",
  "plan-formulas-outside":
    "{count, plural, one {Muualla oleva kaava ({cells}) viittaa} other {# muualla olevaa kaavaa ({cells}{more, plural, =0 {} other {, …}}) viittaa}} näihin riveihin: rivien lisääminen tai poistaminen muuttaa sitä, mitä {count, plural, one {se laskee} other {ne laskevat}} yhteen.",
  "plan-formulas-as-values": "{count, plural, one {# kaava muutettiin arvoksi} other {# kaavaa muutettiin arvoiksi}}",
};
