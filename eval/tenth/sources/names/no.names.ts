/* Data source: SSB (Statistics Norway) - Name Statistics 2024 */
/* License: Norwegian Licence for Open Government Data (NLOD) 2.0 */
/* URL: https://www.ssb.no/befolkning/navn/statistikk/navn */
const norwegianNames = {
    0: [
        'Lucas', 'Noah', 'Oliver', 'Emil', 'Jakob', 'William', 'Theodor', 'Ludvig', 'Liam', 'Johannes',
        'Elias', 'Isak', 'Filip', 'Oskar', 'Olav', 'Henrik', 'Aksel', 'Theo', 'Kasper', 'Tobias',
        'Magnus', 'Ulrik', 'Adam', 'Matheo', 'Gustav', 'Mohammad', 'Alfred', 'Herman', 'Håkon', 'Mathias',
        'Sander', 'Sverre', 'Even', 'Mikkel', 'Victor', 'Leo', 'Felix', 'Vetle', 'Birk', 'Leon',
        'Iver', 'Edvin', 'Odin', 'Johan', 'Luka', 'Benjamin', 'Jens', 'Jonas', 'Alexander', 'Markus'
    ],
    1: [
        'Nora', 'Emma', 'Olivia', 'Sofie', 'Ella', 'Maja', 'Sofia', 'Leah', 'Selma', 'Ellinor',
        'Hedda', 'Alma', 'Frida', 'Iben', 'Ingrid', 'Astrid', 'Emilie', 'Sara', 'Mia', 'Ada',
        'Lilly', 'Tiril', 'Amalie', 'Aurora', 'Hedvig', 'Jenny', 'Josefine', 'Ellie', 'Eva', 'Hennie',
        'Hanna', 'Vilde', 'Mathilde', 'Anna', 'Live', 'Saga', 'Tuva', 'Solveig', 'Linnea', 'Ida',
        'Sigrid', 'Amelia', 'Thea', 'Marie', 'Mille', 'Eline', 'Eira', 'Signe', 'Mie', 'Hermine'
    ]
};

export default norwegianNames;
