/* Data source: SSB (Statistics Norway) - Surname Statistics 2015 */
/* License: Norwegian Licence for Open Government Data (NLOD) 2.0 */
/* URL: https://www.ssb.no/statbank/table/12891/ */
const norwegianSurnames = [
    'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
    'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
    'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Svendsen',
    'Strand', 'Solberg', 'Martinsen', 'Knutsen', 'Paulsen', 'Eide', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie',
    'Amundsen', 'Rasmussen', 'Lunde', 'Kristensen', 'Bakke', 'Moe', 'Berge', 'Nygård', 'Solheim', 'Fredriksen',
    'Nguyen', 'Holm', 'Lien', 'Andresen', 'Hauge', 'Christensen', 'Knudsen', 'Nielsen', 'Evensen', 'Ali',
    'Sæther', 'Aas', 'Hanssen', 'Myhre', 'Haugland', 'Thomassen', 'Sivertsen', 'Simonsen', 'Berntsen', 'Danielsen',
    'Rønning', 'Arnesen', 'Sandvik', 'Næss', 'Antonsen', 'Haug', 'Ahmed', 'Vik', 'Ellingsen', 'Edvardsen',
    'Thorsen', 'Gulbrandsen', 'Birkeland', 'Isaksen', 'Ruud', 'Strøm', 'Aasen', 'Ødegård', 'Tangen', 'Myklebust',
    'Jenssen', 'Eliassen', 'Mikkelsen', 'Bøe', 'Aune', 'Helland', 'Tveit', 'Brekke', 'Abrahamsen', 'Engen'
];

export default norwegianSurnames;
