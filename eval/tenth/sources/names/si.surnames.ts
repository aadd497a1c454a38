/* Data source: SURS (Statistical Office of the Republic of Slovenia) */
/* License: Attribution Required - Source: SURS */
/* URL: https://www.stat.si/imenarojstva/en */
const slovenianSurnames = [
    'Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Kovač', 'Potočnik', 'Mlakar', 'Vidmar', 'Kos',
    'Golob', 'Kralj', 'Turk', 'Božič', 'Korošec', 'Bizjak', 'Zupan', 'Kotnik', 'Hribar', 'Kavčič',
    'Rozman', 'Kastelic', 'Oblak', 'Hočevar', 'Kolar', 'Petek', 'Žagar', 'Košir', 'Koren', 'Klemenčič',
    'Zajc', 'Knez', 'Medved', 'Kovačević', 'Zupanc', 'Krasniqi', 'Petrič', 'Pirc', 'Hrovat', 'Lah',
    'Kuhar', 'Pavlič', 'Petrović', 'Erjavec', 'Uršič', 'Zorko', 'Gashi', 'Hodžić', 'Tomažič', 'Babič',
    'Rupnik', 'Jereb', 'Sever', 'Jerman', 'Kranjc', 'Pušnik', 'Dolenc', 'Breznik', 'Majcen', 'Perko',
    'Močnik', 'Lesjak', 'Furlan', 'Jovanović', 'Vidic', 'Pavlin', 'Pečnik', 'Logar', 'Jenko', 'Ribič',
    'Marolt', 'Žnidaršič', 'Jelen', 'Janežič', 'Pintar', 'Marković', 'Tomšič', 'Blatnik', 'Dolinar', 'Cerar',
    'Černe', 'Hren', 'Mihelič', 'Maček', 'Fras', 'Kokalj', 'Gregorič', 'Ilić', 'Leban', 'Zadravec',
    'Nikolić', 'Lešnik', 'Bezjak', 'Rus', 'Popović', 'Čeh', 'Vidovič', 'Bogataj', 'Kobal', 'Jug'
];

export default slovenianSurnames;
