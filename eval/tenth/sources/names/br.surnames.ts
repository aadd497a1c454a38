/* Data source: Instituto Brasileiro de Geografia e Estatística (IBGE), Censo Demográfico 2022 */
/* License: Official government data - Attribution required to IBGE */
/* URL: https://censo2022.ibge.gov.br/nomes/rankings */
const brazilianSurnames = [
    'da Silva', 'dos Santos', 'de Oliveira', 'de Souza', 'Pereira', 'Ferreira', 'de Lima', 'Alves', 'Rodrigues', 'da Costa',
    'de Sousa', 'Gomes', 'do Nascimento', 'de Araújo', 'Ribeiro', 'de Almeida', 'de Jesus', 'Barbosa', 'Soares', 'de Carvalho',
    'Martins', 'Lopes', 'Vieira', 'da Rocha', 'Dias', 'Gonçalves', 'Fernandes', 'Santana', 'de Andrade', 'Batista',
    'Nunes', 'de Freitas', 'da Conceição', 'de Melo', 'Moreira', 'Cardoso', 'dos Reis', 'da Cruz', 'Ramos', 'Mendes',
    'Marques', 'Machado', 'da Rosa', 'de Brito', 'de Moraes', 'Júnior', 'de Moura', 'Teixeira', 'de Barros', 'de Castro',
    'Borges', 'Filho', 'Maria', 'Aparecida', 'Campos', 'Miranda', 'Bezerra', 'Monteiro', 'Pinheiro', 'de Paula',
    'da Cunha', 'Pinto', 'Leite', 'Neto', 'de Matos', 'Farias', 'das Neves', 'Correia', 'Duarte', 'Viana',
    'Silveira', 'Nogueira', 'Morais', 'Medeiros', 'Tavares', 'Coelho', 'de Azevedo', 'da Fonseca', 'José', 'Garcia',
    'Guimarães', 'Pires', 'Corrêa', 'Macedo', 'França', 'Amaral', 'Xavier', 'de Assis', 'Mota', 'Henrique',
    'do Carmo', 'Siqueira', 'Menezes', 'Queiroz', 'Aguiar', 'Sales', 'Braga', 'Amorim', 'Cavalcante', 'Cordeiro'
];

export default brazilianSurnames;
