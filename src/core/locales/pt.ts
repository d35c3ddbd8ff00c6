/** Portuguese headers. */
import type { Catalogue } from "./catalogue";

export const PT: Catalogue = {
  quantity: ["Quantidade", "Qtd.", "Qtde.", "Unidades", "Existências"],
  codes: ["Código", "Número de série", "Código de barras", "Códigos", "Números de série", "Nº de série", "Referência",
    "Código do artigo"],
  category: ["Categoria", "Família", "Grupo", "Tipo", "Classe"],
  name: ["Nome", "Artigo", "Produto", "Descrição", "Designação"],
  income: ["Receitas", "Receita", "Vendas", "Rendimentos", "Faturação"],
  expense: ["Despesas", "Despesa", "Custos", "Custo", "Gastos"],
  status: ["Disponibilidade"],
  available: ["Disponível", "Quantidade disponível", "Disponíveis"],
  purchase: ["Preço de compra", "Custo de aquisição", "Valor de aquisição", "Valor de compra"],
};
