/* Original data source: Office of Citizenship and Migration Affairs of Latvia (PMLP) - Name Statistics 2012-2023 */
/* License: Open Government Data - Free to use for non-commercial and commercial purposes with attribution - Official Statistics Portal */
/* URL: https://stat.gov.lv/en/statistics-themes/population/names-surnames/other/21453-names-usual-residents-latvia?themeCode=IJ */
const latvianNames = {
    0: [
        'Jānis', 'Aleksandrs', 'Sergejs', 'Andris', 'Andrejs', 'Vladimirs', 'Juris', 'Edgars', 'Viktors', 'Igors',
        'Māris', 'Mārtiņš', 'Artūrs', 'Aivars', 'Jurijs', 'Dmitrijs', 'Aleksejs', 'Nikolajs', 'Roberts', 'Pēteris',
        'Oļegs', 'Kaspars', 'Ivars', 'Kristaps', 'Kārlis', 'Mihails', 'Anatolijs', 'Aigars', 'Vitālijs', 'Uldis',
        'Maksims', 'Valdis', 'Vladislavs', 'Ivans', 'Raimonds', 'Eduards', 'Oskars', 'Ēriks', 'Guntis', 'Dainis',
        'Normunds', 'Valērijs', 'Vadims', 'Pāvels', 'Gunārs', 'Toms', 'Rihards', 'Artjoms', 'Armands', 'Imants',
        'Gatis', 'Deniss', 'Emīls', 'Aldis', 'Arnis', 'Daniels', 'Agris', 'Artis', 'Vjačeslavs', 'Rolands',
        'Ralfs', 'Markuss', 'Valerijs', 'Andis', 'Guntars', 'Ainārs', 'Reinis', 'Antons', 'Arturs', 'Vilnis',
        'Dzintars', 'Raivis', 'Ņikita', 'Dāvis', 'Mareks', 'Lauris', 'Ričards', 'Ģirts', 'Vasilijs', 'Gints',
        'Matīss', 'Staņislavs', 'Ilmārs', 'Leonīds', 'Kristers', 'Iļja', 'Renārs', 'Gustavs', 'Sandis', 'Jevgeņijs',
        'Ruslans', 'Jevgenijs', 'Raitis', 'Marks', 'Romāns', 'Jevgēnijs', 'Boriss', 'Ernests', 'Viesturs', 'Rūdolfs'
    ],
    1: [
        'Anna', 'Tatjana', 'Jeļena', 'Svetlana', 'Olga', 'Valentīna', 'Marija', 'Irina', 'Ludmila', 'Kristīne',
        'Inese', 'Ilze', 'Inga', 'Viktorija', 'Gaļina', 'Nataļja', 'Līga', 'Dace', 'Anita', 'Anastasija',
        'Ieva', 'Laura', 'Iveta', 'Ņina', 'Nadežda', 'Diāna', 'Marina', 'Sandra', 'Natālija', 'Elīna',
        'Jūlija', 'Aija', 'Linda', 'Ināra', 'Larisa', 'Lidija', 'Rita', 'Irēna', 'Jekaterina', 'Ilona',
        'Vera', 'Maija', 'Inta', 'Baiba', 'Vija', 'Aleksandra', 'Tamāra', 'Gunta', 'Marta', 'Agnese',
        'Dzintra', 'Aina', 'Santa', 'Alise', 'Zane', 'Liene', 'Ļubova', 'Veronika', 'Alla', 'Madara',
        'Antoņina', 'Sarmīte', 'Daina', 'Sanita', 'Velta', 'Sofija', 'Biruta', 'Māra', 'Oksana', 'Mārīte',
        'Regīna', 'Ilga', 'Katrīna', 'Skaidrīte', 'Emīlija', 'Silvija', 'Sintija', 'Ruta', 'Ausma', 'Daiga',
        'Lilija', 'Raisa', 'Jana', 'Vita', 'Zinaida', 'Karīna', 'Janīna', 'Žanna', 'Elizabete', 'Evita',
        'Dzidra', 'Paula', 'Margarita', 'Evija', 'Ligita', 'Ingrīda', 'Evelīna', 'Valentina', 'Inna', 'Jolanta'
    ]
};

export default latvianNames;
