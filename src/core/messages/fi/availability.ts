import type { Translation } from "../translation";

const IN_LOCALE = "{locale, select, none {} other { (alueasetus {locale})}}";
const READ_IN_LOCALE = "{locale, select, none {} other { (luettu luvuksi {read} alueasetuksella {locale})}}";

/** FI words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Tilaa ei ole luokiteltu",
  "rule-title-available-not-a-number": "Vapaana ei ole luku",
  "rule-title-available-as-text": "Vapaana tallennettu tekstinä",
  "rule-title-available-not-whole": "Vapaana ei ole kokonaisluku",
  "rule-title-available-below-zero": "Vapaana alle 0",
  "rule-title-available-more-than-quantity": "Vapaana enemmän kuin määrä",
  "settings-not-a-status-class": "{where}: täytyy olla available, out tai unavailable",
  "issue-status-unknown":
    "{cell}: tila {word} ei kuulu mihinkään luokkaan (vapaana = available, poissa = out, ei käytettävissä = unavailable), " +
    "joten sen yksiköt lasketaan ei käytettävissä oleviksi; anna sanalle luokka asetuksissa (tilasanat) tai komentorivillä valinnalla --status-map",
  "issue-available-not-a-number": `{cell}: vapaana-arvo {value} ei ole luku${IN_LOCALE}`,
  "issue-available-as-text": `{cell}: vapaana-arvo {value} on tallennettu tekstinä${READ_IN_LOCALE}`,
  "issue-available-not-whole": "{cell}: vapaana-arvo {value} ei ole kokonaisluku",
  "issue-available-below-zero": "{cell}: vapaana-arvo {value} on pienempi kuin 0",
  "issue-available-more-than-quantity": "{cell}: vapaana on {available}, enemmän kuin määrä {quantity}",
  "issue-purchase-not-a-number": `{cell}: hankinta-arvo {value} ei ole luku${IN_LOCALE}`,
  "issue-purchase-too-large":
    "{cell}: hankinta-arvo {value} on liian suuri laskettavaksi yhteen tarkasti " +
    "(suurin mahdollinen on {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-purchase-as-text": `{cell}: hankinta-arvo {value} on tallennettu tekstinä${READ_IN_LOCALE}`,
  "issue-purchase-negative": "{cell}: hankinta-arvo {value} on negatiivinen",
  "issue-purchase-precision": "{cell}: hankinta-arvossa {value} on enemmän kuin {decimals, plural, one {# desimaali} other {# desimaalia}}",
  "note-status-unknown":
    "{count, plural, one {# rivin tilaa ei ole luokiteltu; sen yksiköt lasketaan ei käytettävissä oleviksi} " +
    "other {# rivin tilaa ei ole luokiteltu; niiden yksiköt lasketaan ei käytettävissä oleviksi}}",
  "note-availability-empty":
    "{count, plural, one {# rivillä ei ole tilaa eikä vapaana-määrää; sen yksiköt lasketaan vapaiksi} " +
    "other {# rivillä ei ole tilaa eikä vapaana-määrää; niiden yksiköt lasketaan vapaiksi}}",
};
