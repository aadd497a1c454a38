/* Data source: Registro Nacional de las Personas (RENAPER), 1922-2015 */
/* License: Creative Commons Attribution 4.0 International (CC BY 4.0) */
/* URL: https://www.datos.gob.ar/dataset/otros-nombres-personas-fisicas */
const argentineNames = {
    0: [
        'Benjamin', 'Bautista', 'Felipe', 'Valentino', 'Benicio', 'Joaquín', 'Lorenzo', 'Mateo', 'Juan Ignacio', 'Santino',
        'Tomás', 'Francisco', 'Santiago', 'Simon', 'Ignacio', 'Thiago Benjamín', 'Pedro', 'Ciro', 'Juan Cruz', 'Thiago',
        'Lautaro', 'Bruno', 'Dante', 'Valentin', 'Nicolas', 'Maximo', 'Tiziano', 'León', 'Milo', 'Facundo',
        'Mateo Benjamin', 'Ramiro', 'Manuel', 'Juan Martin', 'Julián', 'Bastian', 'Tiziano Benjamin', 'Juan Pablo', 'Franco', 'Matias',
        'Ciro Benjamin', 'Santino Benjamin', 'Genaro', 'Lucas', 'Augusto', 'Fausto', 'Camilo', 'Lucio', 'Lautaro Benjamin', 'Martin',
        'Alejo', 'Juan Manuel', 'Ian', 'Benjamín Ezequiel', 'Gael', 'Federico', 'Lisandro', 'Francesco', 'Bautista Benjamin', 'Sebastián',
        'Octavio', 'Thiago Nicolas', 'Juan Francisco', 'Santino Nicolas', 'Ian Benjamin', 'Thiago Valentin', 'Geronimo', 'Mateo Nicolás', 'Teo', 'Tobias',
        'Gino', 'Thiago Ezequiel', 'Gonzalo', 'Constantino', 'Juan', 'Antonio', 'Rafael', 'Bautista Nicolas', 'Enzo', 'Thiago Agustin',
        'Dylan', 'Mateo Ezequiel', 'Benjamin Nicolas', 'Alvaro', 'Miguel Angel', 'Faustino', 'Santino Ezequiel', 'Tiziano Valentin', 'Mateo Agustín', 'Noah Benjamin',
        'Samuel', 'Ezequiel', 'Vito', 'Tomas Agustin', 'Renzo', 'Mateo Valentin', 'Lautaro Ezequiel', 'Amadeo', 'Emiliano', 'Jeremías'
    ],
    1: [
        'Isabella', 'Martina', 'Catalina', 'Sofia', 'Olivia', 'Emma', 'Delfina', 'Francesca', 'Valentina', 'Emilia',
        'Juana', 'Josefina', 'Guillermina', 'Victoria', 'Guadalupe', 'Julieta', 'Renata', 'Alma', 'Jazmin', 'Lola',
        'Pilar', 'Lucia', 'Malena', 'Julia', 'Mia', 'Camila', 'Clara', 'Helena', 'Zoe', 'Maria Emilia',
        'Nina', 'María Paz', 'Paulina', 'Mora', 'Morena', 'Mia Jazmin', 'Vera', 'Elena', 'Antonella', 'Antonia',
        'Agostina', 'Ana Paula', 'Matilda', 'Constanza', 'Paloma', 'Lara', 'Pía', 'Sara', 'Alfonsina', 'Candelaria',
        'Alma Jazmin', 'Zoe Jazmín', 'Abril', 'Franchesca', 'Luana', 'Justina', 'Milena', 'Maria Pia', 'Alma Mia', 'Francisca',
        'Maite', 'Joaquina', 'Micaela', 'Sofia Belen', 'Ana', 'Margarita', 'Ema', 'Ludmila', 'Maia', 'Amanda',
        'Mia Isabella', 'Sofia Jazmin', 'Paula', 'Uma', 'Luna', 'Carmela', 'Mia Francesca', 'Brunella', 'Kiara Jazmin', 'Maitena',
        'Luisana', 'Mia Guadalupe', 'Nahiara', 'Candela', 'Zoe Abigail', 'Kiara', 'Luz Maria', 'María Luz', 'Luisina', 'Sofia Victoria',
        'Fiorella', 'Priscila', 'Emma Sofía', 'Angelina', 'Eva', 'Sofía Isabella', 'Faustina', 'Amelia', 'Alma Isabella', 'Milagros'
    ]
}

export default argentineNames;
