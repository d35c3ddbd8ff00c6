import type { Translation } from "../translation";

/** FI words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
  "issues-export-sheet-name": "Ongelmat",
  "issues-export-sheet-temporary": "Ongelmat uusi {number}",
  "issues-export-heading-cell": "Solu",
  "issues-export-heading-severity": "Vakavuus",
  "issues-export-heading-rule": "Sääntö",
  "issues-export-heading-message": "Viesti",
  "issues-export-heading-value": "Nykyinen arvo",
  "issues-export-rule": "{title} ({rule})",
  "issues-export-severity-error": "Virhe",
  "issues-export-severity-warning": "Varoitus",
  "issues-export-none": "Taulukossa {sheet} ei ole ongelmia.",
  "issues-export-progress": "Luetellaan ongelmia",
  "issues-export-done": "{count, plural, one {# ongelma} other {# ongelmaa}} taulukosta {source} lueteltu taulukkoon {sheet}.",
  "issues-export-done-none": "Taulukossa {source} ei ole ongelmia; taulukko {sheet} kertoo sen.",
  "issues-export-links": "Siirry soluun napsauttamalla osoitetta Solu-sarakkeessa.",
  "issues-export-no-links": "Tämä Excel-versio ei osaa linkittää soluihin (ExcelApi 1.7), joten Solu-sarakkeessa on pelkät osoitteet.",
  "issues-export-names-taken": "Ongelmaluetteloa ei kirjoitettu: kaikki nimet {first}–{last} ovat omia taulukoitasi. Nimeä jokin niistä uudelleen.",
  "excel-step-issues-finding": "Ongelmataulukon etsiminen",
  "excel-step-issues-writing": "Ongelmataulukon kirjoittaminen",
};
