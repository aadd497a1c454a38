/* Data source: SURS (Statistical Office of the Republic of Slovenia) */
/* License: Attribution Required - Source: SURS */
/* URL: https://www.stat.si/imenarojstva/en */
const slovenianNames = {
    0: [
        'Franc', 'Janez', 'Marko', 'Andrej', 'Ivan', 'Luka', 'Anton', 'Jože', 'Matej', 'Peter',
        'Jožef', 'Tomaž', 'Marjan', 'Milan', 'Aleš', 'Rok', 'Bojan', 'Robert', 'Boštjan', 'Branko',
        'Miha', 'Matjaž', 'Gregor', 'David', 'Jan', 'Dejan', 'Martin', 'Igor', 'Nejc', 'Žiga',
        'Boris', 'Žan', 'Jure', 'Dušan', 'Stanislav', 'Uroš', 'Blaž', 'Matic', 'Mitja', 'Simon',
        'Jakob', 'Nik', 'Jaka', 'Klemen', 'Darko', 'Anže', 'Alojz', 'Primož', 'Gašper', 'Jernej',
        'Aljaž', 'Filip', 'Aleksander', 'Denis', 'Tadej', 'Drago', 'Miran', 'Roman', 'Mark', 'Matija',
        'Tim', 'Damjan', 'Tilen', 'Vid', 'Zoran', 'Borut', 'Alen', 'Štefan', 'Vladimir', 'Domen',
        'Srečko', 'Goran', 'Slavko', 'Janko', 'Leon', 'Danijel', 'Mirko', 'Miroslav', 'Matevž', 'Lovro',
        'Urban', 'Maks', 'Andraž', 'Gal', 'Stanko', 'Jurij', 'Sašo', 'Mihael', 'Dragan', 'Iztok',
        'Benjamin', 'Erik', 'Maj', 'Lan', 'Samo', 'Viktor', 'Patrik', 'Anej', 'Vinko', 'Marijan'
    ],
    1: [
        'Marija', 'Ana', 'Maja', 'Irena', 'Mojca', 'Nina', 'Mateja', 'Nataša', 'Eva', 'Andreja',
        'Sara', 'Barbara', 'Petra', 'Anja', 'Jožica', 'Katja', 'Nika', 'Tina', 'Tanja', 'Tatjana',
        'Vesna', 'Katarina', 'Sonja', 'Alenka', 'Milena', 'Urška', 'Martina', 'Majda', 'Špela', 'Tjaša',
        'Ema', 'Lara', 'Darja', 'Jožefa', 'Anica', 'Helena', 'Dragica', 'Neža', 'Simona', 'Ivana',
        'Zala', 'Nada', 'Kristina', 'Suzana', 'Maša', 'Zdenka', 'Lidija', 'Danica', 'Marjeta', 'Sabina',
        'Olga', 'Janja', 'Lana', 'Frančiška', 'Marta', 'Terezija', 'Karmen', 'Klara', 'Kaja', 'Vida',
        'Hana', 'Aleksandra', 'Julija', 'Ivanka', 'Silva', 'Darinka', 'Anita', 'Veronika', 'Lucija', 'Jana',
        'Lea', 'Brigita', 'Metka', 'Antonija', 'Monika', 'Ajda', 'Natalija', 'Angela', 'Jasmina', 'Tamara',
        'Cvetka', 'Manca', 'Nevenka', 'Mia', 'Renata', 'Branka', 'Marjana', 'Saša', 'Slavica', 'Ljudmila',
        'Stanislava', 'Zoja', 'Klavdija', 'Laura', 'Bojana', 'Teja', 'Ela', 'Alojzija', 'Elizabeta', 'Valentina'
    ]
}

export default slovenianNames;
