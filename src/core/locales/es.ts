/** Spanish headers. */
import type { Catalogue } from "./catalogue";

export const ES: Catalogue = {
  quantity: ["Cantidad", "Cant.", "Unidades", "Uds.", "Existencias"],
  codes: ["Código", "Número de serie", "Código de barras", "Códigos", "Números de serie", "Nº de serie", "Referencia",
    "Código de artículo"],
  category: ["Categoría", "Familia", "Grupo", "Tipo", "Clase"],
  name: ["Nombre", "Artículo", "Producto", "Descripción", "Denominación"],
  income: ["Ingresos", "Ventas", "Facturación", "Ingresos por alquiler"],
  expense: ["Gastos", "Costes", "Coste", "Costo", "Costos", "Gastos de mantenimiento"],
  status: ["Disponibilidad"],
  available: ["Disponible", "Cantidad disponible", "Disponibles"],
  purchase: ["Precio de compra", "Coste de adquisición", "Costo de adquisición", "Valor de compra"],
};
