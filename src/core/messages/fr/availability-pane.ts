import type { Translation } from "../translation";

/** FR words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
  "availability-pane-role-status": "Statut",
  "availability-pane-role-available": "Quantité disponible",
  "availability-pane-role-purchase": "Valeur d’achat",
  "availability-pane-class-available": "Disponible",
  "availability-pane-class-out": "Sorti",
  "availability-pane-class-unavailable": "Indisponible",
  "availability-pane-class-unknown": "non classé, compté comme indisponible",
  "availability-pane-status-map": "Mots de statut",
  "availability-pane-status-map-help":
    "Une unité est comptée comme disponible, sortie ou indisponible selon le mot de sa colonne de statut. Ajoutez les mots de votre feuille qu’Inventory Rows ne connaît pas, ou changez la classe d’un mot.",
  "availability-pane-status-known": "Déjà connus comme {class}\u00a0: {words}",
  "availability-pane-status-word": "Mot de statut {number}",
  "availability-pane-status-class": "Compté comme",
  "availability-pane-status-add": "Ajouter un mot de statut",
  "availability-pane-status-remove": "Supprimer le mot de statut {number}",
  "availability-pane-status-empty": "Saisissez le mot de statut, ou supprimez celui-ci",
  "availability-pane-status-twice": "{word} figure deux fois\u00a0; n’en gardez qu’un",
  "availability-pane-status-too-long": "Un mot de statut compte au plus 255 caractères",
  "availability-pane-status-too-many": "500 mots de statut au plus",
  "availability-pane-status-map-wrong": "Corrigez les mots de statut signalés ci-dessous",
  "availability-pane-merge-group": "Lignes qui ne diffèrent que par le statut",
  "availability-pane-merge-refused":
    "{count, plural, one {# ligne ne diffère} other {# lignes ne diffèrent}} des autres que par le statut\u00a0: elles restent telles quelles.",
  "availability-pane-merge-keep-counts": "Regrouper en gardant le nombre d’unités par statut dans la colonne Disponible",
  "availability-pane-merge-chosen": "Les lignes qui ne diffèrent que par le statut sont regroupées\u00a0; la colonne Disponible garde le nombre de leurs unités disponibles.",
  "availability-pane-merge-leave": "Les laisser telles quelles",
  "availability-pane-find-status": "Statut\u00a0: {status} ({class})",
  "availability-pane-find-status-empty": "Statut\u00a0: vide",
};
