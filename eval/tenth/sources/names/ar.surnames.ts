/* Data source: RENAPER - Registro Nacional de las Personas (Argentina), 2022 */
/* License: Open Data - Creative Commons Attribution 4.0 International (CC BY 4.0) */
/* URL: https://datos.gob.ar/dataset/renaper-distribucion-apellidos-argentina */
const argentineSurnames = [
    'González', 'Rodríguez', 'Gómez', 'Díaz', 'López', 'Fernández', 'Martínez', 'Romero', 'Pérez', 'Sosa',
    'García', 'Sánchez', 'Flores', 'Benítez', 'Muñoz', 'Carrizo', 'Torres', 'Castro', 'Ruiz', 'Ramírez',
    'Lucero', 'Mamani', 'Gutiérrez', 'Álvarez', 'Herrera', 'Cruz', 'Quiroga', 'Acosta', 'Medina', 'Juárez',
    'Rojas', 'Suárez', 'Páez', 'Morales', 'Giménez', 'Vargas', 'Molina', 'Ojeda', 'Aguirre', 'Moreno',
    'Soto', 'Vega', 'Hernández', 'Luna', 'Villalba', 'Cardozo', 'Paz', 'Jara', 'Sepúlveda', 'Soria',
    'Godoy', 'Jiménez', 'Nieva', 'Mansilla', 'Ayala', 'Miranda', 'Barrios', 'Coronel', 'Nuñez', 'Barrionuevo',
    'Mercado', 'Quispe', 'Ortiz', 'Ledesma', 'Escudero', 'Nieto', 'Ramos', 'Córdoba', 'Santillán', 'Tolaba',
    'Cortez', 'Duarte', 'Bazán', 'Ávila', 'Maidana', 'Pereyra', 'Vallejos', 'Romano', 'Castillo', 'Brizuela',
    'Alegre', 'Peralta', 'Álvez', 'Fuentes', 'Villegas', 'Farfán', 'Gerez', 'Condori', 'Vera', 'Barroso',
    'Olivera', 'Tejada', 'Ferreyra', 'Silva', 'Vázquez', 'Sandoval', 'Lazarte', 'Baez', 'Cárdenas', 'Arias'
];

export default argentineSurnames;
