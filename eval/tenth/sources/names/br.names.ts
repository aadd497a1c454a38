/* Data source: Instituto Brasileiro de Geografia e Estatística (IBGE), Censo Demográfico 2022 */
/* License: Official government data - Attribution required to IBGE */
/* URL: https://censo2022.ibge.gov.br/nomes/rankings */
const brazilianNames = {
    0: [
        'José', 'João', 'Antônio', 'Francisco', 'Pedro', 'Carlos', 'Lucas', 'Luiz', 'Paulo', 'Gabriel',
        'Marcos', 'Davi', 'Rafael', 'Luis', 'Daniel', 'Miguel', 'Gustavo', 'Felipe', 'Guilherme', 'Eduardo',
        'Matheus', 'Bruno', 'Marcelo', 'Arthur', 'Leonardo', 'Rodrigo', 'André', 'Samuel', 'Fernando', 'Fábio',
        'Raimundo', 'Vitor', 'Manoel', 'Mateus', 'Leandro', 'Thiago', 'Anderson', 'Márcio', 'Ricardo', 'Alexandre',
        'Jorge', 'Diego', 'Enzo', 'Edson', 'Vinícius', 'Roberto', 'Victor', 'Tiago', 'Sérgio', 'Sebastião',
        'Júlio', 'Cláudio', 'Nicolas', 'Luciano', 'Adriano', 'Henrique', 'Heitor', 'Alex', 'Renato', 'Caio',
        'Igor', 'Geraldo', 'Rogério', 'Douglas', 'Flávio', 'Luan', 'Ronaldo', 'Joaquim', 'Danilo', 'David',
        'Bernardo', 'Mário', 'Robson', 'Jeferson', 'Cícero', 'Maurício', 'Wesley', 'Alan', 'Reginaldo', 'Murilo',
        'Artur', 'Marco', 'Renan', 'Elias', 'Gilberto', 'Cristiano', 'Emerson', 'Manuel', 'Jean', 'Fabrício',
        'Diogo', 'Wilson', 'Nelson', 'Willian', 'Jonas', 'Ruan', 'Kauan', 'Valdir', 'Benedito', 'Pablo'
    ],
    1: [
        'Maria', 'Ana', 'Francisca', 'Júlia', 'Antônia', 'Juliana', 'Adriana', 'Fernanda', 'Márcia', 'Patrícia',
        'Amanda', 'Alice', 'Letícia', 'Aline', 'Laura', 'Bruna', 'Mariana', 'Jéssica', 'Sandra', 'Beatriz',
        'Vitória', 'Camila', 'Larissa', 'Gabriela', 'Luciana', 'Vanessa', 'Helena', 'Luana', 'Isabela', 'Vera',
        'Cláudia', 'Renata', 'Sônia', 'Simone', 'Eliane', 'Débora', 'Rafaela', 'Rita', 'Cristiane', 'Sara',
        'Carla', 'Rosângela', 'Natália', 'Luíza', 'Jaqueline', 'Sofia', 'Daniela', 'Raquel', 'Andréia', 'Lara',
        'Bianca', 'Fabiana', 'Josefa', 'Lívia', 'Ângela', 'Marlene', 'Lorena', 'Rosa', 'Lúcia', 'Aparecida',
        'Elaine', 'Raimunda', 'Joana', 'Alessandra', 'Terezinha', 'Yasmin', 'Flávia', 'Daniele', 'Thaís', 'Priscila',
        'Marina', 'Regina', 'Viviane', 'Lúzia', 'Isabel', 'Paula', 'Silvana', 'Sophia', 'Isadora', 'Sueli',
        'Daiane', 'Érica', 'Milena', 'Caroline', 'Tatiane', 'Janaína', 'Andressa', 'Valentina', 'Mônica', 'Marta',
        'Michele', 'Sabrina', 'Solange', 'Geovana', 'Edna', 'Marli', 'Bárbara', 'Eduarda', 'Sílvia', 'Manuela'
    ]
};

export default brazilianNames;
