/* Original data source: Office of Citizenship and Migration Affairs of Latvia (PMLP) - Surnames Statistics 2014-2024 */
/* License: Open Government Data - Free to use for non-commercial and commercial purposes with attribution - Official Statistics Portal */
/* URL: https://stat.gov.lv/en/statistics-themes/population/names-surnames/other/23658-surnames-usual-residents-latvia?themeCode=IJ */
const latvianSurnames = {
    0: [
        'Ivanovs', 'Bērziņš', 'Kalniņš', 'Ozoliņš', 'Jansons', 'Ozols', 'Vasiļjevs', 'Liepiņš', 'Krūmiņš', 'Petrovs',
        'Smirnovs', 'Balodis', 'Bogdanovs', 'Zariņš', 'Mihailovs', 'Eglītis', 'Pētersons', 'Kārkliņš', 'Kļaviņš', 'Vanags',
        'Fjodorovs', 'Vītols', 'Grigorjevs', 'Siliņš', 'Freimanis', 'Kuzņecovs', 'Semjonovs', 'Andersons', 'Lācis', 'Stepanovs',
        'Pavlovs', 'Briedis', 'Andrejevs', 'Cīrulis', 'Krastiņš', 'Āboliņš', 'Jakovļevs', 'Grīnbergs', 'Gulbis', 'Rudzītis',
        'Kozlovskis', 'Sokolovs', 'Jēkabsons', 'Aleksejevs', 'Lapiņš', 'Sproģis', 'Miķelsons', 'Ločmelis', 'Volkovs', 'Šmits',
        'Kuzmins', 'Strazdiņš', 'Orlovs', 'Jegorovs', 'Dzenis', 'Kozlovs', 'Solovjovs', 'Strods', 'Nikolajevs', 'Cvetkovs',
        'Riekstiņš', 'Auziņš', 'Morozovs', 'Romanovs', 'Ņikitins', 'Logins', 'Novikovs', 'Mednis', 'Lazdiņš', 'Baumanis',
        'Liepa', 'Putniņš', 'Timofejevs', 'Puriņš', 'Sergejevs', 'Mūrnieks', 'Upenieks', 'Priede', 'Ļebedevs', 'Kokins',
        'Popovs', 'Lūsis', 'Savickis', 'Gailis', 'Dreimanis', 'Antonovs', 'Dmitrijevs', 'Millers', 'Gūtmanis', 'Matvejevs',
        'Jefimovs', 'Graudiņš', 'Rozentāls', 'Romanovskis', 'Freibergs', 'Ziemelis', 'Zālītis', 'Feldmanis', 'Šteinbergs', 'Šulcs'
    ],
    1: [
        'Ivanova', 'Bērziņa', 'Kalniņa', 'Ozoliņa', 'Jansone', 'Ozola', 'Liepiņa', 'Vasiļjeva', 'Krūmiņa', 'Smirnova',
        'Petrova', 'Balode', 'Eglīte', 'Bogdanova', 'Zariņa', 'Pētersone', 'Fjodorova', 'Vītola', 'Mihailova', 'Kārkliņa',
        'Kļaviņa', 'Vanaga', 'Siliņa', 'Freimane', 'Grigorjeva', 'Kuzņecova', 'Andersone', 'Semjonova', 'Stepanova', 'Andrejeva',
        'Pavlova', 'Lāce', 'Krastiņa', 'Briede', 'Cīrule', 'Jakovļeva', 'Grīnberga', 'Rudzīte', 'Āboliņa', 'Gulbe',
        'Sokolova', 'Lapiņa', 'Volkova', 'Aleksejeva', 'Jēkabsone', 'Kuzmina', 'Miķelsone', 'Orlova', 'Sproģe', 'Kozlovska',
        'Ločmele', 'Šmite', 'Dzene', 'Strazdiņa', 'Jegorova', 'Romanova', 'Nikolajeva', 'Kozlova', 'Novikova', 'Morozova',
        'Ņikitina', 'Auziņa', 'Solovjova', 'Cvetkova', 'Baumane', 'Logina', 'Riekstiņa', 'Strode', 'Medne', 'Liepa',
        'Lazdiņa', 'Puriņa', 'Priede', 'Putniņa', 'Dreimane', 'Timofejeva', 'Ļebedeva', 'Savicka', 'Lūse', 'Popova',
        'Zālīte', 'Sergejeva', 'Gaile', 'Upeniece', 'Mūrniece', 'Dmitrijeva', 'Millere', 'Antonova', 'Kokina', 'Gūtmane',
        'Jefimova', 'Ziemele', 'Matvejeva', 'Feldmane', 'Romanovska', 'Saulīte', 'Maksimova', 'Rozentāle', 'Rozenberga', 'Šteinberga'
    ]
};

export default latvianSurnames;
